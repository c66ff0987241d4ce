package org.cohortplanner.benchmarks.summary;

/**
 * One line of the summary table: one instance planned by one configuration, or by the greedy baseline.
 *
 * @param firstFeasibleSeconds from the start of the run (warm start included) to the first plan breaking no
 *        hard rule; null when none was found
 * @param softPenalty the soft score as a positive number: money plus weighted preferences
 * @param totalCost the money of the plan ({@code Kpis.totalCost})
 * @param scoreCalculationSpeed score calculations per second; null for the baseline, which has none
 * @param peakHeapBytes see {@code MemoryWatch}
 * @param lowerBound the lower bound on the soft penalty of any feasible plan placing every teacher
 */
public record SummaryRow(String instance, int teachers, String configuration, Double firstFeasibleSeconds,
        String score, int teachersPlaced, long totalCost, long softPenalty, Long scoreCalculationSpeed,
        long peakHeapBytes, long lowerBound, boolean feasible) {

    /**
     * The gap of the soft penalty to the lower bound, relative to the bound; null when the plan is infeasible
     * or leaves teachers out, because the bound speaks only of feasible plans that place everyone.
     */
    public Double gap() {
        if (!feasible || teachersPlaced < teachers || lowerBound <= 0) {
            return null;
        }
        return (double) (softPenalty - lowerBound) / lowerBound;
    }
}

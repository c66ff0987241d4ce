package org.cohortplanner.benchmarks.summary;

/**
 * One line of the summary table: one instance planned by one configuration, or by the greedy baseline.
 *
 * @param teachers all teachers of the instance
 * @param placeableTeachers teachers with at least one cohort slot in reach ({@code CostBound.placeableTeachers}):
 *        no plan places the others
 * @param firstFeasibleSeconds from the start of the run (warm start included) to the first plan breaking no hard
 *        rule that places every placeable teacher; null when none was found
 * @param firstHardZeroSeconds the same for the first plan breaking no hard rule, whoever it leaves out
 * @param softPenalty the soft score as a positive number: money plus weighted preferences
 * @param totalCost the money of the plan ({@code Kpis.totalCost})
 * @param scoreCalculationSpeed score calculations per second; null for the baseline, which has none
 * @param peakHeapBytes see {@code MemoryWatch}
 * @param lowerBound the lower bound on the soft penalty of any feasible plan placing every placeable teacher
 */
public record SummaryRow(String instance, int teachers, int placeableTeachers, String configuration,
        Double firstFeasibleSeconds, Double firstHardZeroSeconds, String score, int teachersPlaced, long totalCost,
        long softPenalty, Long scoreCalculationSpeed, long peakHeapBytes, long lowerBound, boolean feasible) {

    /** What the bound check says of a plan. */
    public enum BoundCheck {
        /** The plan is one the bound speaks of, and its soft penalty is not below the bound. */
        HOLDS("yes"),
        /** The plan is one the bound speaks of, and its soft penalty is below the bound: the bound is wrong. */
        VIOLATED("VIOLATED"),
        /** The plan breaks a hard rule or leaves a placeable teacher out: the bound says nothing of it. */
        NOT_APPLICABLE("n/a");

        private final String text;

        BoundCheck(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Whether the plan breaks no hard rule and places every teacher that any plan could place. */
    public boolean placesEveryone() {
        return feasible && teachersPlaced >= placeableTeachers;
    }

    /**
     * The gap of the soft penalty to the lower bound, relative to the bound; null when the plan is infeasible
     * or leaves teachers out, because the bound speaks only of feasible plans that place everyone.
     */
    public Double gap() {
        if (!placesEveryone() || lowerBound <= 0) {
            return null;
        }
        return (double) (softPenalty - lowerBound) / lowerBound;
    }

    /** Whether the instance's lower bound lies at or below this plan's soft penalty, as it must. */
    public BoundCheck boundCheck() {
        if (!placesEveryone()) {
            return BoundCheck.NOT_APPLICABLE;
        }
        return softPenalty >= lowerBound ? BoundCheck.HOLDS : BoundCheck.VIOLATED;
    }
}

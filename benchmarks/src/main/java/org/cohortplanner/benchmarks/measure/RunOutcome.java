package org.cohortplanner.benchmarks.measure;

/**
 * What one benchmark run produced, written next to its plan as {@code NAME.outcome.json}.
 *
 * @param formationMillis time of the warm start ({@code CohortFormation}) before the solver started
 * @param softPenalty the soft score as a positive number
 * @param peakHeapBytes see {@link MemoryWatch}
 */
public record RunOutcome(String score, boolean feasible, int teachersPlaced, int teachersUnplaced, long totalCost,
        long softPenalty, long formationMillis, long peakHeapBytes) {
}

package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * Key figures of a plan.
 *
 * @param costByComponent money per cost rule, in the programme currency
 * @param trainerUtilisation teaching days over the trainers' maximum teaching days, 0..1
 */
public record Kpis(int teachersPlaced, int teachersUnplaced, int cohortsUsed, long totalCost,
        Map<String, Long> costByComponent, LocalDate completionDate, double trainerUtilisation,
        int trainersUsed, double meanTravelMinutes, int maxTravelMinutes) {
}

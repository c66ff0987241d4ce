package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * Key figures of a plan.
 *
 * @param costByComponent money per cost rule, in the programme currency
 * @param trainerUtilisation teaching days over the trainers' maximum teaching days, 0..1
 * @param truckingKm km driven by all trucks, depot back to depot
 * @param trips truck trips
 * @param kitsPrintedByLanguage printed kits per language
 */
public record Kpis(int teachersPlaced, int teachersUnplaced, int cohortsUsed, long totalCost,
        Map<String, Long> costByComponent, LocalDate completionDate, double trainerUtilisation,
        int trainersUsed, double meanTravelMinutes, int maxTravelMinutes, double truckingKm, int trips,
        Map<String, Integer> kitsPrintedByLanguage) {

    public Kpis {
        costByComponent = costByComponent == null ? Map.of() : costByComponent;
        kitsPrintedByLanguage = kitsPrintedByLanguage == null ? Map.of() : kitsPrintedByLanguage;
    }
}

package org.cohortplanner.report;

import java.util.List;

/** A solved plan as it leaves the solver: the document written as the plan JSON. */
public record PlanReport(int formatVersion, String programmeId, String score, boolean feasible, Kpis kpis,
        List<CohortView> cohorts, List<UnplacedTeacher> unplaced, List<Violation> violations,
        List<DeliveryView> deliveries, List<PrintBatchView> printBatches) {

    public static final int FORMAT_VERSION = 1;

    public PlanReport {
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        printBatches = printBatches == null ? List.of() : List.copyOf(printBatches);
    }
}

package org.cohortplanner.replan;

/** The kinds of disruption, as written in the {@code type} field; each names the record that carries it. */
public enum DisruptionType {
    TRAINER_UNAVAILABLE(Disruption.TrainerUnavailable.class),
    VENUE_CLOSED(Disruption.VenueClosed.class),
    DISTRICT_CLOSED(Disruption.DistrictClosed.class),
    DELIVERY_DELAYED(Disruption.DeliveryDelayed.class),
    PRINT_BATCH_DELAYED(Disruption.PrintBatchDelayed.class),
    TEACHERS_WITHDRAWN(Disruption.TeachersWithdrawn.class),
    TEACHERS_ADDED(Disruption.TeachersAdded.class),
    COHORT_CANCELLED(Disruption.CohortCancelled.class);

    private final Class<? extends Disruption> recordType;

    DisruptionType(Class<? extends Disruption> recordType) {
        this.recordType = recordType;
    }

    public Class<? extends Disruption> recordType() {
        return recordType;
    }
}

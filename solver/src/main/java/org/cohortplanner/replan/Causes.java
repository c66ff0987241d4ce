package org.cohortplanner.replan;

import java.util.stream.Collectors;

/** Disruptions in plain words, as conflicts and the page name them. */
public final class Causes {

    private Causes() {
    }

    /** {@code the disruption "trainer TR-59 unavailable 2023-08-21..2023-10-02"} and the like. */
    public static String describe(Disruption disruption) {
        String words;
        if (disruption instanceof Disruption.TrainerUnavailable t) {
            words = "trainer " + t.trainerId() + " unavailable " + t.from() + ".." + t.to();
        } else if (disruption instanceof Disruption.VenueClosed v) {
            words = "venue " + v.venueId() + " closed " + v.from() + ".." + v.to();
        } else if (disruption instanceof Disruption.DistrictClosed d) {
            words = "district " + d.districtId() + " closed " + d.from() + ".." + d.to();
        } else if (disruption instanceof Disruption.DeliveryDelayed d) {
            words = "delivery " + d.deliveryId() + " " + d.days() + " days late";
        } else if (disruption instanceof Disruption.PrintBatchDelayed b) {
            words = "print batch " + b.batchId() + " " + b.days() + " days late";
        } else if (disruption instanceof Disruption.TeachersWithdrawn w) {
            words = w.teacherIds().size() + " teachers withdrawn (" + String.join(", ", w.teacherIds()) + ")";
        } else if (disruption instanceof Disruption.TeachersAdded a) {
            words = a.teachers().size() + " late registrants ("
                    + a.teachers().stream().map(t -> t.id()).collect(Collectors.joining(", ")) + ")";
        } else if (disruption instanceof Disruption.CohortCancelled c) {
            words = "cohort " + c.cohortId() + " cancelled";
        } else {
            words = disruption.type().toString();
        }
        return "the disruption \"" + words + "\"";
    }
}

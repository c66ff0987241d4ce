package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One cohort of a plan as planners read it.
 *
 * @param kitsArrive the day its kits reach its hub; null when the plan has no deliveries
 * @param deliveryId the delivery (truck trip) that brings its kits; null when the plan has no deliveries
 * @param blocks its blocks with their trainer and venue when these differ between blocks (then {@code trainerId}
 *         and {@code venueId} are those of its last block); empty when one trainer and venue teach every day
 */
public record CohortView(String id, String track, String language, String districtId, String trainerId,
        String venueId, List<LocalDate> days, List<String> teacherIds, LocalDate kitsArrive, String deliveryId,
        List<BlockView> blocks) {

    public CohortView {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** A cohort with one trainer and venue throughout. */
    public CohortView(String id, String track, String language, String districtId, String trainerId, String venueId,
            List<LocalDate> days, List<String> teacherIds, LocalDate kitsArrive, String deliveryId) {
        this(id, track, language, districtId, trainerId, venueId, days, teacherIds, kitsArrive, deliveryId, List.of());
    }

    /** The trainer on a day of the cohort. */
    public String trainerOn(LocalDate day) {
        return blocks.stream().filter(b -> b.days().contains(day)).map(BlockView::trainerId).findFirst()
                .orElse(trainerId);
    }

    /** The venue on a day of the cohort. */
    public String venueOn(LocalDate day) {
        return blocks.stream().filter(b -> b.days().contains(day)).map(BlockView::venueId).findFirst()
                .orElse(venueId);
    }

    /** The same cohort with another roster (re-planning: withdrawals, a late registrant joining). */
    public CohortView withTeacherIds(List<String> newTeacherIds) {
        return new CohortView(id, track, language, districtId, trainerId, venueId, days, newTeacherIds, kitsArrive,
                deliveryId, blocks);
    }
}

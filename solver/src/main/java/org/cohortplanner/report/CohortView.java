package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One cohort of a plan as planners read it.
 *
 * @param kitsArrive the day its kits reach its hub; null when the plan has no deliveries
 * @param deliveryId the delivery (truck trip) that brings its kits; null when the plan has no deliveries
 */
public record CohortView(String id, String track, String language, String districtId, String trainerId,
        String venueId, List<LocalDate> days, List<String> teacherIds, LocalDate kitsArrive, String deliveryId) {
}

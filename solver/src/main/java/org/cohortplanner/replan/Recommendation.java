package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.List;

/**
 * One cohort a late registrant (with the teachers of the same school, track and language registering with them)
 * could join, and what joining costs.
 *
 * @param teacherIds the registrants placed together
 * @param scoreDiff the change of the plan's score, such as {@code 0hard/0medium/-31200soft}
 * @param scoreAfter the plan's score after joining
 * @param feasible whether the plan breaks no hard rule after joining
 */
public record Recommendation(List<String> teacherIds, String cohortId, String trainerId, String venueId,
        String districtId, LocalDate firstDay, String scoreDiff, String scoreAfter, boolean feasible) {

    public Recommendation {
        teacherIds = List.copyOf(teacherIds);
    }
}

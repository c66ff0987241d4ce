package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Days of a cohort with their trainer and venue, listed only when a cohort's blocks differ in them (a substitute
 * for the remaining blocks after a re-plan).
 */
public record BlockView(List<LocalDate> days, String trainerId, String venueId) {

    public BlockView {
        days = List.copyOf(days);
    }
}

package org.cohortplanner.booking;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/** The dates, trainer and venue of one running cohort. */
public record Booking(Schedule schedule, Trainer trainer, Venue venue) {
}

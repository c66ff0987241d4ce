package org.cohortplanner.problem;

public enum CalendarKind {
    /** No training anywhere. */
    PUBLIC_HOLIDAY,
    /** Schools are closed: teachers train without needing a substitute. */
    SCHOOL_HOLIDAY,
    /** One district cannot host training (a pass closed in winter, a local emergency). */
    DISTRICT_CLOSURE
}

package org.cohortplanner.problem;

/**
 * One dated fact of the programme calendar.
 *
 * @param districtId the closed district, only for {@link CalendarKind#DISTRICT_CLOSURE}
 */
public record CalendarEntry(CalendarKind kind, DateRange dates, String districtId, String name) {
}

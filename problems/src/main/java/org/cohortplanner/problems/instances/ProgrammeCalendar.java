package org.cohortplanner.problems.instances;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Programme;

/**
 * Working days of a programme as the solver counts them: Monday to Friday inside the horizon, no public
 * holiday; a district closure takes further days away from that district's venues.
 */
public final class ProgrammeCalendar {

    private final LocalDate horizonStart;
    private final LocalDate horizonEnd;
    private final Set<LocalDate> publicHolidays;
    private final Map<String, List<DateRange>> closuresByDistrict;

    private ProgrammeCalendar(LocalDate horizonStart, LocalDate horizonEnd, Set<LocalDate> publicHolidays,
            Map<String, List<DateRange>> closuresByDistrict) {
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
        this.publicHolidays = publicHolidays;
        this.closuresByDistrict = closuresByDistrict;
    }

    public static ProgrammeCalendar of(Programme programme, List<CalendarEntry> entries) {
        Set<LocalDate> publicHolidays = new HashSet<>();
        Map<String, List<DateRange>> closures = new HashMap<>();
        for (CalendarEntry entry : entries) {
            if (entry.kind() == CalendarKind.PUBLIC_HOLIDAY) {
                for (LocalDate day = entry.dates().from(); !day.isAfter(entry.dates().to()); day = day.plusDays(1)) {
                    publicHolidays.add(day);
                }
            } else if (entry.kind() == CalendarKind.DISTRICT_CLOSURE) {
                closures.computeIfAbsent(entry.districtId(), id -> new ArrayList<>()).add(entry.dates());
            }
        }
        return new ProgrammeCalendar(programme.horizonStart(), programme.horizonEnd(), publicHolidays, closures);
    }

    public LocalDate horizonStart() {
        return horizonStart;
    }

    public LocalDate horizonEnd() {
        return horizonEnd;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !day.isBefore(horizonStart) && !day.isAfter(horizonEnd)
                && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !publicHolidays.contains(day);
    }

    public boolean isClosed(String districtId, LocalDate day) {
        for (DateRange closure : closuresByDistrict.getOrDefault(districtId, List.of())) {
            if (closure.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** Working days from {@code from} to {@code to}, both included, clipped to the horizon. */
    public int workingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = later(from, horizonStart); !day.isAfter(to) && !day.isAfter(horizonEnd);
                day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Working days of the horizon on which the district is open for training. */
    public int openWorkingDays(String districtId) {
        int count = 0;
        for (LocalDate day = horizonStart; !day.isAfter(horizonEnd); day = day.plusDays(1)) {
            if (isWorkingDay(day) && !isClosed(districtId, day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

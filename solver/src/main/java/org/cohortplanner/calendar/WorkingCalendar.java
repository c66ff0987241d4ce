package org.cohortplanner.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Programme;

/**
 * The programme's days, indexed from the horizon start: which are working days (Monday to Friday and no
 * public holiday), which fall in school holidays, and which days each district is closed.
 */
public final class WorkingCalendar {

    private final LocalDate horizonStart;
    private final int dayCount;
    private final boolean[] publicHoliday;
    private final boolean[] schoolHoliday;
    private final Map<String, DaySet> closedDaysByDistrict;

    private WorkingCalendar(LocalDate horizonStart, int dayCount, boolean[] publicHoliday, boolean[] schoolHoliday,
            Map<String, DaySet> closedDaysByDistrict) {
        this.horizonStart = horizonStart;
        this.dayCount = dayCount;
        this.publicHoliday = publicHoliday;
        this.schoolHoliday = schoolHoliday;
        this.closedDaysByDistrict = closedDaysByDistrict;
    }

    public static WorkingCalendar of(Programme programme, List<CalendarEntry> entries) {
        LocalDate start = programme.horizonStart();
        int dayCount = (int) ChronoUnit.DAYS.between(start, programme.horizonEnd()) + 1;
        boolean[] publicHoliday = new boolean[dayCount];
        boolean[] schoolHoliday = new boolean[dayCount];
        Map<String, List<Integer>> closures = new HashMap<>();
        for (CalendarEntry entry : entries) {
            for (int day : indexesWithin(start, dayCount, entry.dates())) {
                switch (entry.kind()) {
                    case PUBLIC_HOLIDAY -> publicHoliday[day] = true;
                    case SCHOOL_HOLIDAY -> schoolHoliday[day] = true;
                    case DISTRICT_CLOSURE -> closures.computeIfAbsent(entry.districtId(), id -> new ArrayList<>()).add(day);
                }
            }
        }
        Map<String, DaySet> closedDays = new HashMap<>();
        closures.forEach((district, days) -> closedDays.put(district,
                DaySet.of(days.stream().mapToInt(Integer::intValue).toArray())));
        return new WorkingCalendar(start, dayCount, publicHoliday, schoolHoliday, closedDays);
    }

    private static List<Integer> indexesWithin(LocalDate start, int dayCount, DateRange range) {
        List<Integer> days = new ArrayList<>();
        int from = (int) Math.max(0, ChronoUnit.DAYS.between(start, range.from()));
        int to = (int) Math.min(dayCount - 1, ChronoUnit.DAYS.between(start, range.to()));
        for (int day = from; day <= to; day++) {
            days.add(day);
        }
        return days;
    }

    public int dayCount() {
        return dayCount;
    }

    public LocalDate date(int dayIndex) {
        return horizonStart.plusDays(dayIndex);
    }

    public int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(horizonStart, date);
    }

    public boolean isWorkingDay(int dayIndex) {
        DayOfWeek weekday = date(dayIndex).getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !publicHoliday[dayIndex];
    }

    public boolean isSchoolHoliday(int dayIndex) {
        return schoolHoliday[dayIndex];
    }

    public DaySet closedDays(String districtId) {
        return closedDaysByDistrict.getOrDefault(districtId, DaySet.EMPTY);
    }
}

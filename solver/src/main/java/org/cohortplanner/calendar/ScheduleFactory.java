package org.cohortplanner.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cohortplanner.problem.Course;

/**
 * Lays out a course's blocks on the calendar. A cohort starts on the first working day of a week; each
 * block takes consecutive working days; the next block starts in the first week that begins at least
 * the course's minimum gap after the previous block, and no later than its maximum gap.
 */
public final class ScheduleFactory {

    private final WorkingCalendar calendar;
    private final List<Integer> weekStarts;

    public ScheduleFactory(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.weekStarts = firstWorkingDayOfEachWeek(calendar);
    }

    private static List<Integer> firstWorkingDayOfEachWeek(WorkingCalendar calendar) {
        List<Integer> starts = new ArrayList<>();
        int previousWeek = Integer.MIN_VALUE;
        for (int day = 0; day < calendar.dayCount(); day++) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            int week = Math.floorDiv(day + calendar.date(0).getDayOfWeek().getValue() - 1, 7);
            if (week != previousWeek) {
                starts.add(day);
                previousWeek = week;
            }
        }
        return starts;
    }

    public List<Schedule> schedulesFor(Course course) {
        List<Schedule> schedules = new ArrayList<>();
        for (int start : weekStarts) {
            Schedule schedule = layOut(course, start);
            if (schedule != null) {
                schedules.add(schedule);
            }
        }
        return schedules;
    }

    private Schedule layOut(Course course, int start) {
        List<Integer> days = new ArrayList<>();
        int blockStart = start;
        for (int block = 0; block < course.blockDays().size(); block++) {
            if (block > 0) {
                int previousEnd = days.get(days.size() - 1);
                blockStart = nextWeekStartFrom(previousEnd + course.minGapDays());
                if (blockStart < 0 || blockStart - previousEnd > course.maxGapDays()) {
                    return null;
                }
            }
            int day = blockStart;
            for (int taken = 0; taken < course.blockDays().get(block); day++) {
                if (day >= calendar.dayCount()) {
                    return null;
                }
                if (calendar.isWorkingDay(day)) {
                    days.add(day);
                    taken++;
                }
            }
        }
        return schedule(course.track() + "@" + calendar.date(start), course, days);
    }

    /**
     * A schedule on given dates, for plans made elsewhere or by hand; its id names the first date and, when the
     * days are not the standard layout from that date, that they are custom.
     *
     * @throws IllegalArgumentException if a date lies outside the planning horizon
     */
    public Schedule scheduleOn(Course course, List<LocalDate> dates) {
        List<Integer> days = new ArrayList<>();
        for (LocalDate date : dates.stream().sorted().distinct().toList()) {
            int day = calendar.dayIndex(date);
            if (day < 0 || day >= calendar.dayCount()) {
                throw new IllegalArgumentException(date + " is outside the planning horizon");
            }
            days.add(day);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no dates");
        }
        Schedule standard = layOut(course, days.get(0));
        if (standard != null && standard.dayIndexes().equals(days)) {
            return standard;
        }
        return schedule(course.track() + "@" + calendar.date(days.get(0)) + "/custom", course, days);
    }

    private Schedule schedule(String id, Course course, List<Integer> days) {
        int termDays = 0;
        for (int day : days) {
            if (!calendar.isSchoolHoliday(day)) {
                termDays++;
            }
        }
        DaySet daySet = DaySet.of(days.stream().mapToInt(Integer::intValue).toArray());
        return new Schedule(id, course.track(),
                days.stream().map(calendar::date).toList(), List.copyOf(days), daySet, daySet.withNeighbours(),
                course.blockDays().size(), termDays, offLayout(course, days));
    }

    /**
     * How far ascending days stray from the course's layout (see {@link Schedule#offLayout()}). A block is a run of
     * days that leaves out no working day, cut once it has the course's length for that block: so blocks of a
     * standard layout stay apart even when only a weekend or holidays lie between them.
     */
    private int offLayout(Course course, List<Integer> days) {
        List<Integer> expected = course.blockDays();
        int off = Math.abs(days.size() - course.inPersonDays());
        List<Integer> lengths = new ArrayList<>();
        int previous = -1;
        for (int day : days) {
            if (!calendar.isWorkingDay(day)) {
                off++;
            }
            int block = lengths.size() - 1;
            if (block >= 0 && !anyWorkingDayBetween(previous, day)
                    && (block >= expected.size() || lengths.get(block) < expected.get(block))) {
                lengths.set(block, lengths.get(block) + 1);
            } else {
                if (block >= 0 && (day - previous < course.minGapDays() || day - previous > course.maxGapDays())) {
                    off++;
                }
                lengths.add(1);
            }
            previous = day;
        }
        for (int block = 0; block < Math.max(lengths.size(), expected.size()); block++) {
            if (block >= lengths.size() || block >= expected.size()
                    || !lengths.get(block).equals(expected.get(block))) {
                off++;
            }
        }
        return off;
    }

    private boolean anyWorkingDayBetween(int from, int to) {
        for (int day = from + 1; day < to; day++) {
            if (calendar.isWorkingDay(day)) {
                return true;
            }
        }
        return false;
    }

    private int nextWeekStartFrom(int day) {
        for (int start : weekStarts) {
            if (start >= day) {
                return start;
            }
        }
        return -1;
    }
}

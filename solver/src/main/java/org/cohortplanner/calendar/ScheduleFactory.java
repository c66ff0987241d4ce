package org.cohortplanner.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cohortplanner.problem.Course;

/**
 * Lays out a course's blocks on the calendar. A cohort starts on the first working day of a week; each
 * block takes consecutive working days; each next block starts on the first working day of a week that begins
 * at least the course's minimum gap after the previous block, and no later than its maximum gap.
 */
public final class ScheduleFactory {

    /** Enough for every gap of a two-block course; longer courses keep their shortest-gap layouts first. */
    private static final int MAX_LAYOUTS_PER_START = 8;

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

    /**
     * Every layout of the course: for each start week, each later block may start in any week whose gap to the
     * block before lies within the course's limits, so trainers and venues can pair a block in the holidays with
     * one in term time, or fit around their leave.
     */
    public List<Schedule> schedulesFor(Course course) {
        List<Schedule> schedules = new ArrayList<>();
        for (int start : weekStarts) {
            schedules.addAll(layOuts(course, start));
        }
        return schedules;
    }

    private List<Schedule> layOuts(Course course, int start) {
        List<List<Integer>> layouts = new ArrayList<>();
        extend(course, new ArrayList<>(), new ArrayList<>(), start, layouts);
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            schedules.add(schedule(id(course, layouts.get(i), i == 0), course, layouts.get(i)));
        }
        return schedules;
    }

    /** Lays out the next block from {@code blockStart}, then each week its successor may start in. */
    private void extend(Course course, List<Integer> days, List<Integer> blockStarts, int blockStart,
            List<List<Integer>> layouts) {
        if (layouts.size() >= MAX_LAYOUTS_PER_START) {
            return;
        }
        List<Integer> withBlock = new ArrayList<>(days);
        int day = blockStart;
        for (int taken = 0; taken < course.blockDays().get(blockStarts.size()); day++) {
            if (day >= calendar.dayCount()) {
                return;
            }
            if (calendar.isWorkingDay(day)) {
                withBlock.add(day);
                taken++;
            }
        }
        List<Integer> starts = new ArrayList<>(blockStarts);
        starts.add(blockStart);
        if (starts.size() == course.blockDays().size()) {
            layouts.add(withBlock);
            return;
        }
        int previousEnd = withBlock.get(withBlock.size() - 1);
        for (int next : weekStarts) {
            if (next < previousEnd + course.minGapDays()) {
                continue;
            }
            if (next - previousEnd > course.maxGapDays()) {
                break;
            }
            extend(course, withBlock, starts, next, layouts);
        }
    }

    /** The layout with the shortest gaps is named by its first date alone; the others name each block's start. */
    private String id(Course course, List<Integer> days, boolean shortestGaps) {
        StringBuilder id = new StringBuilder(course.track()).append('@').append(calendar.date(days.get(0)));
        if (!shortestGaps) {
            int dayIndex = course.blockDays().get(0);
            for (int block = 1; block < course.blockDays().size(); block++) {
                id.append('+').append(calendar.date(days.get(dayIndex)));
                dayIndex += course.blockDays().get(block);
            }
        }
        return id.toString();
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
        for (Schedule standard : layOuts(course, days.get(0))) {
            if (standard.dayIndexes().equals(days)) {
                return standard;
            }
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
}

package org.cohortplanner.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The in-person days of one cohort: its blocks laid out on working days from a start date.
 * Generated once per course and start week; a cohort picks one.
 *
 * @param dayIndexes the days, as indexes from the horizon start, ascending
 * @param days the same days as a set
 * @param daysWithNeighbours the days and the day before and after each, to check travel between venues
 * @param termDays days outside school holidays: each needs a substitute for every teacher in training
 * @param offLayout how far the dates stray from the course's layout, worked out once by {@link ScheduleFactory}:
 *         one for each date that is not a working day, each day too many or too few, each block of another
 *         length than the course's (or beyond its blocks) and each gap between blocks too short or too long;
 *         0 for every standard layout
 */
public record Schedule(String id, String track, List<LocalDate> dates, List<Integer> dayIndexes, DaySet days,
        DaySet daysWithNeighbours, int blocks, int termDays, int offLayout) {

    public LocalDate firstDate() {
        return dates.get(0);
    }

    public LocalDate lastDate() {
        return dates.get(dates.size() - 1);
    }

    public int firstDay() {
        return dayIndexes.get(0);
    }

    public int lastDay() {
        return dayIndexes.get(dayIndexes.size() - 1);
    }

    /** Pairs of a day of this schedule and the day before or after it in the other: no evening free to travel. */
    public int adjacentDayPairs(Schedule other) {
        int pairs = 0;
        for (int day : dayIndexes) {
            if (other.days.contains(day - 1)) {
                pairs++;
            }
            if (other.days.contains(day + 1)) {
                pairs++;
            }
        }
        return pairs;
    }

    public int dayCount() {
        return dayIndexes.size();
    }

    /**
     * Its days from {@code date} on, as a schedule of their own (re-planning: the days a substitute trainer or
     * venue is booked). Only the trainer and venue rules read it: it counts no term days and no layout.
     */
    public Schedule from(LocalDate date) {
        int first = 0;
        while (first < dates.size() && dates.get(first).isBefore(date)) {
            first++;
        }
        if (first == 0) {
            return this;
        }
        if (first == dates.size()) {
            throw new IllegalArgumentException(id + " has no day from " + date);
        }
        List<Integer> later = dayIndexes.subList(first, dayIndexes.size());
        DaySet laterDays = DaySet.of(later.stream().mapToInt(Integer::intValue).toArray());
        return new Schedule(id + "~" + date, track, List.copyOf(dates.subList(first, dates.size())), List.copyOf(later),
                laterDays, laterDays.withNeighbours(), blocks, 0, 0);
    }

    /**
     * Its dates cut into blocks: by the course's block lengths when they add up to its days, else wherever more
     * than a week separates two days.
     */
    public List<List<LocalDate>> blocks(List<Integer> blockDays) {
        List<List<LocalDate>> blocks = new java.util.ArrayList<>();
        if (blockDays.stream().mapToInt(Integer::intValue).sum() == dates.size()) {
            int start = 0;
            for (int length : blockDays) {
                blocks.add(dates.subList(start, start + length));
                start += length;
            }
            return blocks;
        }
        int start = 0;
        for (int i = 1; i <= dates.size(); i++) {
            if (i == dates.size() || dayIndexes.get(i) - dayIndexes.get(i - 1) > 7) {
                blocks.add(dates.subList(start, i));
                start = i;
            }
        }
        return blocks;
    }

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}

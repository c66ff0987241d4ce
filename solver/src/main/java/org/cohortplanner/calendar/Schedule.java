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

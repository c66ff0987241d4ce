package org.cohortplanner.plan;

import java.util.Arrays;

import org.cohortplanner.calendar.DaySet;

/**
 * One school's teachers away in training, day by day, and the teacher-days above its quota, kept up to date as
 * teachers come and go, so that a change costs its own days and not a count over the whole school.
 */
public final class TeachersAway {

    private int[] byDay;
    private int excess;

    public TeachersAway() {
        this(0);
    }

    /** @param dayCount the days of the horizon, if known (the counts grow as needed otherwise) */
    public TeachersAway(int dayCount) {
        this.byDay = new int[dayCount];
    }

    /**
     * Adds ({@code teachers} &gt; 0) or removes (&lt; 0) teachers away on a day.
     *
     * @return the change in teacher-days above {@code maxAway}
     */
    public int change(int day, int teachers, int maxAway) {
        if (day >= byDay.length) {
            byDay = Arrays.copyOf(byDay, Math.max(day + 1, byDay.length * 2));
        }
        int before = byDay[day];
        byDay[day] += teachers;
        int delta = Math.max(0, byDay[day] - maxAway) - Math.max(0, before - maxAway);
        excess += delta;
        return delta;
    }

    /** Adds ({@code teachers} &gt; 0) or removes (&lt; 0) teachers away on each of {@code days}. */
    public void change(DaySet days, int teachers, int maxAway) {
        days.forEach(day -> change(day, teachers, maxAway));
    }

    /** Teacher-days above the quota, over every day. */
    public int excess() {
        return excess;
    }
}

package org.cohortplanner.problems.instances;

import java.util.List;

import org.cohortplanner.problem.Course;

/**
 * The 72-hour blended course of each track: two in-person blocks of four working days (6 hours a day, 48 hours)
 * two to six weeks apart, plus 24 online hours in between. Groups of at least 8 (the smallest remote districts
 * cannot fill more), ideally 25, at most 30; science groups are smaller because lab benches limit them.
 */
public final class Courses {

    public static final int TOTAL_HOURS = 72;
    public static final int HOURS_PER_DAY = 6;
    public static final List<Integer> BLOCK_DAYS = List.of(4, 4);
    public static final int ONLINE_HOURS = 24;
    public static final int MIN_GAP_DAYS = 14;
    public static final int MAX_GAP_DAYS = 42;

    private Courses() {
    }

    public static List<Course> standard() {
        return List.of(
                course(Tracks.PRIMARY, 8, 25, 30),
                course(Tracks.MATH, 8, 25, 30),
                course(Tracks.SCIENCE, 8, 20, 25));
    }

    private static Course course(String track, int minSize, int idealSize, int maxSize) {
        return new Course(track, TOTAL_HOURS, HOURS_PER_DAY, BLOCK_DAYS, MIN_GAP_DAYS, MAX_GAP_DAYS, ONLINE_HOURS,
                minSize, idealSize, maxSize);
    }
}

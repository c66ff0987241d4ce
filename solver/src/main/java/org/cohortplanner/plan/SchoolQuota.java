package org.cohortplanner.plan;

/**
 * How many of a school's teachers may be in training on the same day ({@link TeachersAway} counts the days above
 * it).
 */
public record SchoolQuota(String schoolId, int maxAway) {
}

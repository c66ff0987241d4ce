package org.cohortplanner.plan;

/** The teachers of one school who take the same course in the same language. */
public record SchoolTeam(String schoolId, String track, String language) {
}

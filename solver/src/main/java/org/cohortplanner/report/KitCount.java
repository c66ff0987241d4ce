package org.cohortplanner.report;

/** Kits of one track and language. */
public record KitCount(String track, String language, int count) {
}

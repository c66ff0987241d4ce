package org.cohortplanner.report;

import java.util.List;

/** A rule that the plan breaks, with its total penalty and what breaks it, in words. */
public record Violation(String constraint, String level, String score, int matchCount, List<String> matches) {
}

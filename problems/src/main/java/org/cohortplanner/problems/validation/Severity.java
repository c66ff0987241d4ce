package org.cohortplanner.problems.validation;

public enum Severity {
    /** The problem cannot be planned as it stands. */
    ERROR,
    /** Probably a mistake, but the problem can be planned. */
    WARNING
}

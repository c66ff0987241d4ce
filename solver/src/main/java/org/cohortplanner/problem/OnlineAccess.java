package org.cohortplanner.problem;

public enum OnlineAccess {
    GOOD,
    POOR
}

package org.cohortplanner.replan;

/** A frozen cohort that a disruption breaks: the re-plan may not move it, so a person must decide. */
public record Conflict(String cohortId, String reason) {

    @Override
    public String toString() {
        return "cohort " + cohortId + ": " + reason;
    }
}

package org.cohortplanner.replan;

/**
 * A frozen cohort that something breaks and no repair within the rules fixes: a person must decide.
 *
 * @param reason what breaks and why nothing fits, in plain words
 * @param cause the disruption that caused it, in words; null when the published plan was already so (then it is
 *        listed under "already broken before this re-plan", not as a conflict)
 */
public record Conflict(String cohortId, String reason, String cause) {

    public boolean causedByADisruption() {
        return cause != null;
    }

    @Override
    public String toString() {
        return "cohort " + cohortId + ": " + reason + (cause == null ? " (already so in the published plan)"
                : " (caused by " + cause + ")");
    }
}

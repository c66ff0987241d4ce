package org.cohortplanner.solving;

import java.util.List;
import java.util.stream.Collectors;

/** A plan file that cannot be laid over its problem: every mismatch found, not only the first. */
public class PlanMismatchException extends IllegalArgumentException {

    /** One part of the plan that does not fit: the cohort, the field and why. */
    public record Mismatch(String cohortId, String field, String reason) {

        @Override
        public String toString() {
            return "cohort " + cohortId + ": " + field + ": " + reason;
        }
    }

    private final List<Mismatch> mismatches;

    public PlanMismatchException(List<Mismatch> mismatches) {
        super(mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("\n")));
        this.mismatches = List.copyOf(mismatches);
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }
}

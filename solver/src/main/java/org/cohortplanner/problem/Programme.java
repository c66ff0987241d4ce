package org.cohortplanner.problem;

import java.time.LocalDate;

/**
 * The training programme: its horizon, currency and, for re-planning, the "now" date and the frozen days.
 *
 * @param targetEnd the date by which training should be complete; cohorts ending later pay the
 *        "Late completion" cost. Null means the horizon end.
 * @param now the date of re-planning; null for a fresh plan
 * @param frozenDays cohorts starting before {@code now + frozenDays} are pinned when re-planning
 */
public record Programme(String id, String name, LocalDate horizonStart, LocalDate horizonEnd, String currency,
        LocalDate targetEnd, LocalDate now, int frozenDays) {

    public LocalDate effectiveTargetEnd() {
        return targetEnd == null ? horizonEnd : targetEnd;
    }
}

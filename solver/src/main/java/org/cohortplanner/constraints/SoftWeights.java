package org.cohortplanner.constraints;

import static org.cohortplanner.constraints.ConstraintNames.*;

import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The soft penalty of one unit of each soft rule, as {@link CohortPlannerConstraints} applies it: 1 for money,
 * more for the preferences that count teachers, seats or days. Construction, bounds and constraints read them
 * here, so a policy's overrides act on all of them alike.
 */
public final class SoftWeights {

    public static final Map<String, Long> DEFAULTS = Map.ofEntries(
            Map.entry(TRAINER_FEES, 1L),
            Map.entry(TRAINER_TRAVEL, 1L),
            Map.entry(VENUE_RENT, 1L),
            Map.entry(TEACHER_TRAVEL, 1L),
            Map.entry(SUBSTITUTE_DAYS, 1L),
            Map.entry(SCHOOL_SHARE_AWAY, 1000L),
            Map.entry(SCHOOL_TEAM_SPLIT, 3000L),
            Map.entry(COHORT_BELOW_IDEAL, 2000L),
            Map.entry(LATE_COMPLETION, 100L),
            Map.entry(UNEVEN_WORKLOAD, 10L),
            Map.entry(TRUCKING, 1L),
            Map.entry(TRUCK_TRIPS, 1L));

    private SoftWeights() {
    }

    static HardMediumSoftLongScore soft(String constraint) {
        return HardMediumSoftLongScore.ofSoft(DEFAULTS.get(constraint));
    }

    /** The soft weight in force for one unit of a soft rule: the override when there is one, never below 0. */
    public static long of(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides, String constraint) {
        HardMediumSoftLongScore override = overrides == null ? null : overrides.getConstraintWeight(constraint);
        return Math.max(0L, override == null ? DEFAULTS.get(constraint) : override.softScore());
    }
}

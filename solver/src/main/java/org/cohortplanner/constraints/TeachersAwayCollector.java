package org.cohortplanner.constraints;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TeachersAway;

/**
 * Collects a school's scheduled delegations into its teachers away per day (the days of each one's cohort, as the
 * delegation was told of them) and yields the teacher-days above the school's quota. Incremental: a delegation that
 * joins or leaves touches only its cohort's days.
 */
final class TeachersAwayCollector implements UniConstraintCollector<Delegation, TeachersAway, Integer> {

    @Override
    public Supplier<TeachersAway> supplier() {
        return TeachersAway::new;
    }

    @Override
    public BiFunction<TeachersAway, Delegation, Runnable> accumulator() {
        return (away, delegation) -> {
            // Captured now: the undo must take away exactly what was added, whatever has changed since.
            DaySet days = delegation.getCohortSchedule().days();
            int teachers = delegation.getSize();
            int maxAway = delegation.getQuota().maxAway();
            away.change(days, teachers, maxAway);
            return () -> away.change(days, -teachers, maxAway);
        };
    }

    @Override
    public Function<TeachersAway, Integer> finisher() {
        return TeachersAway::excess;
    }
}

package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * Freezes what has started or starts within the programme's frozen days: such a cohort keeps its trainer, venue,
 * dates and roster, and nobody else joins it.
 */
public final class Pinning {

    private Pinning() {
    }

    /** The first day that may still change: {@code now + frozenDays}. */
    public static LocalDate frozenUntil(TrainingPlan plan) {
        var programme = plan.getProblem().programme();
        return programme.now().plusDays(programme.frozenDays());
    }

    /**
     * Pins every running cohort starting before {@link #frozenUntil} and its delegations, and lets every other
     * cohort start only from then on; returns the pinned cohorts.
     */
    public static List<Cohort> pin(TrainingPlan plan) {
        LocalDate frozenUntil = frozenUntil(plan);
        List<Cohort> pinned = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isUsed() && cohort.getSchedule() != null && cohort.getSchedule().firstDate().isBefore(frozenUntil)) {
                cohort.setPinned(true);
                cohort.getDelegations().forEach(d -> d.setPinned(true));
                pinned.add(cohort);
            } else if (!cohort.isPinned()) {
                cohort.limitSchedulesFrom(frozenUntil);
            }
        }
        closeToNewcomers(plan);
        return pinned;
    }

    /** Takes pinned cohorts out of the reach of every delegation that is free to move. */
    static void closeToNewcomers(TrainingPlan plan) {
        for (Delegation delegation : plan.getDelegations()) {
            if (!delegation.isPinned()) {
                delegation.getReachableCohorts().removeIf(Cohort::isPinned);
            }
        }
    }
}

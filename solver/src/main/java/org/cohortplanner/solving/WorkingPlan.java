package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.cohortplanner.booking.Booking;
import org.cohortplanner.booking.DeliveryBooking;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/** Changes a solver's working plan from a custom phase, telling the score director each change. */
final class WorkingPlan {

    private final ScoreDirector<TrainingPlan> scoreDirector;

    WorkingPlan(ScoreDirector<TrainingPlan> scoreDirector) {
        this.scoreDirector = scoreDirector;
    }

    TrainingPlan plan() {
        return scoreDirector.getWorkingSolution();
    }

    /** Sets a cohort's dates, trainer and venue; true when any of them changed. */
    boolean book(Cohort cohort, Booking booking) {
        boolean changed = false;
        if (cohort.getSchedule() != booking.schedule()) {
            change(cohort, "schedule", () -> cohort.setSchedule(booking.schedule()));
            changed = true;
        }
        if (cohort.getTrainer() != booking.trainer()) {
            change(cohort, "trainer", () -> cohort.setTrainer(booking.trainer()));
            changed = true;
        }
        if (cohort.getVenue() != booking.venue()) {
            change(cohort, "venue", () -> cohort.setVenue(booking.venue()));
            changed = true;
        }
        return changed;
    }

    void place(Delegation delegation, Cohort cohort) {
        change(delegation, "cohort", () -> delegation.setCohort(cohort));
    }

    /** Moves delegations to other cohorts, then brings every cohort's list of delegations up to date. */
    void regroup(Map<Delegation, Cohort> moves) {
        moves.forEach(this::place);
        scoreDirector.triggerVariableListeners();
    }

    /**
     * Chooses the delivery of the given running cohorts ({@link DeliveryBooking}) around the trips of every other
     * running cohort.
     *
     * @return how many cohorts got a delivery
     */
    int deliver(List<Cohort> cohorts) {
        scoreDirector.triggerVariableListeners();
        Set<Cohort> toDeliver = Collections.newSetFromMap(new IdentityHashMap<>());
        toDeliver.addAll(cohorts);
        List<Cohort> fixed = new ArrayList<>();
        for (Cohort cohort : plan().getCohorts()) {
            if (cohort.isUsed() && !toDeliver.contains(cohort)) {
                fixed.add(cohort);
            }
        }
        Map<Cohort, DeliveryOption> deliveries = DeliveryBooking.book(fixed, cohorts);
        deliveries.forEach((cohort, option) -> change(cohort, "delivery", () -> cohort.setDelivery(option)));
        scoreDirector.triggerVariableListeners();
        return deliveries.size();
    }

    private void change(Object entity, String variable, Runnable change) {
        scoreDirector.beforeVariableChanged(entity, variable);
        change.run();
        scoreDirector.afterVariableChanged(entity, variable);
    }
}

package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cohortplanner.booking.Booking;
import org.cohortplanner.booking.CohortBooking;
import org.cohortplanner.booking.DeliveryBooking;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * The construction: books dates, trainer and venue for every running cohort that lacks them ({@link CohortBooking}),
 * sends the teachers of a cohort that cannot be booked to other booked cohorts with room, or leaves them unplaced,
 * and then chooses each dated cohort's delivery ({@link DeliveryBooking}). Pinned cohorts and cohorts that are
 * already complete keep their values.
 */
public class BookingPhase implements PhaseCommand<TrainingPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(BookingPhase.class);
    /** Rounds of the booking's neighbourhood search: a few seconds on the reference on one core. */
    static final int ITERATIONS = Integer.getInteger("cohortplanner.booking.iterations", 30_000);
    private static final long SEED = 42L;

    @Override
    public void changeWorkingSolution(ScoreDirector<TrainingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        TrainingPlan plan = scoreDirector.getWorkingSolution();
        long start = System.nanoTime();
        Map<Cohort, Booking> bookings = CohortBooking.book(plan, SEED, ITERATIONS, isPhaseTerminated);
        List<Cohort> unbooked = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isUsed() || cohort.isPinned()) {
                continue;
            }
            Booking booking = bookings.get(cohort);
            if (booking != null) {
                set(scoreDirector, cohort, "schedule", booking.schedule());
                set(scoreDirector, cohort, "trainer", booking.trainer());
                set(scoreDirector, cohort, "venue", booking.venue());
            } else if (cohort.getTrainer() == null || cohort.getVenue() == null || cohort.getSchedule() == null) {
                unbooked.add(cohort);
            }
        }
        int unplaced = rehome(scoreDirector, unbooked);
        scoreDirector.triggerVariableListeners();
        List<Cohort> fixed = new ArrayList<>();
        List<Cohort> toDeliver = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isUsed()) {
                (cohort.getDelivery() == null && !cohort.isPinned() ? toDeliver : fixed).add(cohort);
            }
        }
        Map<Cohort, DeliveryOption> deliveries = DeliveryBooking.book(fixed, toDeliver);
        deliveries.forEach((cohort, option) -> set(scoreDirector, cohort, "delivery", option));
        scoreDirector.triggerVariableListeners();
        LOGGER.info("Booking phase: {} cohorts booked, {} could not be ({} teachers left unplaced), {} deliveries,"
                + " in {} ms", bookings.size(), unbooked.size(), unplaced, deliveries.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void set(ScoreDirector<TrainingPlan> scoreDirector, Cohort cohort, String variable, Object value) {
        scoreDirector.beforeVariableChanged(cohort, variable);
        switch (variable) {
            case "schedule" -> cohort.setSchedule((org.cohortplanner.calendar.Schedule) value);
            case "trainer" -> cohort.setTrainer((org.cohortplanner.problem.Trainer) value);
            case "venue" -> cohort.setVenue((org.cohortplanner.problem.Venue) value);
            case "delivery" -> cohort.setDelivery((DeliveryOption) value);
            default -> throw new IllegalArgumentException(variable);
        }
        scoreDirector.afterVariableChanged(cohort, variable);
    }

    /**
     * Moves the teachers of cohorts that could not be booked into booked cohorts they can reach, whose dates
     * they can attend and whose venue and course have room; whoever finds none is left unplaced.
     *
     * @return teachers left unplaced
     */
    private static int rehome(ScoreDirector<TrainingPlan> scoreDirector, List<Cohort> unbooked) {
        Map<Cohort, Integer> sizes = new HashMap<>();
        int unplaced = 0;
        for (Cohort cohort : unbooked) {
            for (Delegation delegation : List.copyOf(cohort.getDelegations())) {
                if (delegation.isPinned()) {
                    continue;
                }
                Cohort target = delegation.getReachableCohorts().stream()
                        .filter(c -> c != cohort && c.isUsed() && !c.isPinned() && c.getSchedule() != null
                                && c.getVenue() != null && c.getTrainer() != null)
                        .filter(c -> !c.getSchedule().days().intersects(delegation.getUnavailableDays()))
                        .filter(c -> sizes.computeIfAbsent(c, Cohort::size) + delegation.getSize()
                                <= Math.min(c.getCourse().maxSize(), c.getVenue().seats()))
                        .min(Comparator.comparingInt((Cohort c) -> delegation.routeTo(c).minutes())
                                .thenComparing(Cohort::getId))
                        .orElse(null);
                if (target == null) {
                    unplaced += delegation.getSize();
                } else {
                    sizes.merge(target, delegation.getSize(), Integer::sum);
                }
                scoreDirector.beforeVariableChanged(delegation, "cohort");
                delegation.setCohort(target);
                scoreDirector.afterVariableChanged(delegation, "cohort");
            }
        }
        return unplaced;
    }
}

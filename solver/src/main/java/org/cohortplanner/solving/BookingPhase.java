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
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * The construction: books dates, trainer and venue for every running cohort that lacks them, largest first, each
 * at its cheapest free booking ({@link CohortBooking#book}); sends the teachers of a cohort that cannot be booked
 * to booked cohorts with room, or leaves them unplaced; then chooses the delivery of every cohort that has none.
 * Pinned cohorts and complete ones keep their values. It takes well under a second on the reference.
 */
public class BookingPhase implements PhaseCommand<TrainingPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(BookingPhase.class);

    @Override
    public void changeWorkingSolution(ScoreDirector<TrainingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        WorkingPlan working = new WorkingPlan(scoreDirector);
        TrainingPlan plan = working.plan();
        long start = System.nanoTime();
        List<Cohort> tooSmall = plan.getCohorts().stream()
                .filter(c -> c.isUsed() && !c.isPinned() && c.size() < c.getCourse().minSize())
                .toList();
        int unplaced = rehome(working, tooSmall);
        Map<Cohort, Booking> bookings = CohortBooking.book(plan);
        List<Cohort> unbooked = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isUsed() || cohort.isPinned()) {
                continue;
            }
            Booking booking = bookings.get(cohort);
            if (booking != null) {
                working.book(cohort, booking);
            } else if (cohort.getTrainer() == null || cohort.getVenue() == null || cohort.getSchedule() == null) {
                unbooked.add(cohort);
            }
        }
        unplaced += rehome(working, unbooked);
        List<Cohort> undelivered = plan.getCohorts().stream()
                .filter(c -> c.isUsed() && !c.isPinned() && c.getDelivery() == null)
                .toList();
        int deliveries = working.deliver(undelivered);
        LOGGER.info("Booking: {} cohorts booked, {} could not be ({} teachers left unplaced), {} deliveries, in {} ms",
                bookings.size(), unbooked.size(), unplaced, deliveries, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Moves the teachers of cohorts that cannot run (below the minimum size, or no free dates, trainer and venue)
     * into running cohorts they can reach, with room in the course and the venue, and, once dated, on dates they
     * can attend; whoever finds none is left unplaced.
     *
     * @return teachers left unplaced
     */
    private static int rehome(WorkingPlan working, List<Cohort> cannotRun) {
        Map<Cohort, Integer> sizes = new HashMap<>();
        int unplaced = 0;
        for (Cohort cohort : cannotRun) {
            for (Delegation delegation : List.copyOf(cohort.getDelegations())) {
                if (delegation.isPinned()) {
                    continue;
                }
                Cohort target = delegation.getReachableCohorts().stream()
                        .filter(c -> c != cohort && c.isUsed() && !c.isPinned() && !cannotRun.contains(c)
                                && c.size() >= c.getCourse().minSize())
                        .filter(c -> c.getSchedule() == null
                                || !c.getSchedule().days().intersects(delegation.getUnavailableDays()))
                        .filter(c -> sizes.computeIfAbsent(c, Cohort::size) + delegation.getSize()
                                <= (c.getVenue() != null ? Math.min(c.getCourse().maxSize(), c.getVenue().seats())
                                        : CohortFormation.capacity(c)))
                        .min(Comparator.comparingInt((Cohort c) -> delegation.routeTo(c).minutes())
                                .thenComparing(Cohort::getId))
                        .orElse(null);
                if (target == null) {
                    unplaced += delegation.getSize();
                } else {
                    sizes.merge(target, delegation.getSize(), Integer::sum);
                }
                working.place(delegation, target);
            }
        }
        return unplaced;
    }
}

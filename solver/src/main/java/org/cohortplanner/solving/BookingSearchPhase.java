package org.cohortplanner.solving;

import java.util.ArrayList;
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
import org.cohortplanner.plan.TrainingPlan;

/**
 * Improves the dates, trainers and venues of the unpinned running cohorts with the booking's own neighbourhood
 * search ({@link CohortBooking#improve}), thousands of rebookings a second in plain code, each of which the score
 * director would score as several moves; then chooses the deliveries anew: of every cohort it may move, or, when
 * re-planning, only of those it moved, so that published truck trips stay. It anneals in rounds of {@value #ROUND_ITERATIONS} steps and
 * stops when a round finds nothing better, after a dozen rounds, or when the solver's time is up, keeping the best
 * bookings it found.
 */
public class BookingSearchPhase implements PhaseCommand<TrainingPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(BookingSearchPhase.class);
    static final int ROUND_ITERATIONS = 50_000;
    private static final long SEED = 42L;

    @Override
    public void changeWorkingSolution(ScoreDirector<TrainingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        WorkingPlan working = new WorkingPlan(scoreDirector);
        long start = System.nanoTime();
        Map<Cohort, Booking> bookings = CohortBooking.improve(working.plan(), SEED, ROUND_ITERATIONS,
                isPhaseTerminated);
        List<Cohort> moved = new ArrayList<>();
        bookings.forEach((cohort, booking) -> {
            if (working.book(cohort, booking)) {
                moved.add(cohort);
            }
        });
        boolean replanning = working.plan().getCohorts().stream().anyMatch(Cohort::wasPublished);
        working.deliver(replanning ? moved : List.copyOf(bookings.keySet()));
        LOGGER.info("Booking search: {} of {} cohorts rebooked in {} ms", moved.size(), bookings.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}

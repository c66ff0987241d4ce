package org.cohortplanner.solving;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cohortplanner.booking.Booking;
import org.cohortplanner.booking.CohortBooking;
import org.cohortplanner.booking.Regrouping;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * Improves who trains together and when, in plain code, thousands of changes a second, each of which the score
 * director would score as several moves. It takes turns: {@link Regrouping} moves school teams between the booked
 * cohorts (into the school holidays, nearer home, fuller cohorts, emptying small ones), then the booking's own
 * neighbourhood search ({@link CohortBooking#improve}) books dates, trainers and venues again around the new sizes:
 * the first time hot, later turns cool. The turns stop when a regrouping finds nothing to move, after
 * {@value #MAX_TURNS} turns, or when the solver's time is up. The deliveries are then chosen anew: of every cohort it
 * may move, or, when re-planning, only of those it moved, so that published truck trips stay. A re-plan does not
 * regroup: moving teachers is a change to tell people about, which the re-plan's own search weighs.
 */
public class BookingSearchPhase implements PhaseCommand<TrainingPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(BookingSearchPhase.class);
    static final int ROUND_ITERATIONS = 50_000;
    private static final long SEED = 42L;
    /** Turns of regrouping and booking again after the first; they stop earlier when regrouping finds nothing. */
    private static final int MAX_TURNS = 10;
    /** The annealing round a booking search after a regrouping starts from: cool, as the bookings are good already. */
    private static final int ADJUSTING_ROUND = 5;

    @Override
    public void changeWorkingSolution(ScoreDirector<TrainingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        WorkingPlan working = new WorkingPlan(scoreDirector);
        long start = System.nanoTime();
        boolean replanning = working.plan().getCohorts().stream().anyMatch(Cohort::wasPublished);
        int regrouped = 0;
        Set<Cohort> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int turn = 0; turn <= MAX_TURNS && !isPhaseTerminated.getAsBoolean(); turn++) {
            if (!replanning) {
                Map<Delegation, Cohort> moves = Regrouping.improve(working.plan(), SEED + turn, isPhaseTerminated);
                if (turn > 0 && moves.isEmpty()) {
                    break;
                }
                regrouped += moves.size();
                working.regroup(moves);
                LOGGER.info("Regrouping: {} teams moved", moves.size());
            }
            Map<Cohort, Booking> bookings = CohortBooking.improve(working.plan(), SEED + turn, ROUND_ITERATIONS,
                    turn == 0 ? 0 : ADJUSTING_ROUND, isPhaseTerminated);
            bookings.forEach((cohort, booking) -> {
                if (working.book(cohort, booking)) {
                    moved.add(cohort);
                }
            });
            LOGGER.info("Booking search turn {}: {} ms", turn, (System.nanoTime() - start) / 1_000_000);
            if (replanning) {
                break;
            }
        }
        working.deliver(replanning ? List.copyOf(moved) : working.plan().getCohorts().stream()
                .filter(c -> c.isUsed() && !c.isPinned()).toList());
        LOGGER.info("Booking search: {} cohorts rebooked, {} teams regrouped, in {} ms", moved.size(), regrouped,
                (System.nanoTime() - start) / 1_000_000);
    }
}

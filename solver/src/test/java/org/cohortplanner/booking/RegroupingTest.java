package org.cohortplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.junit.jupiter.api.Test;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.CohortFormation;
import org.cohortplanner.solving.PlanSolver;
import org.cohortplanner.testdata.HardRuleChecker;
import org.cohortplanner.testdata.TestProblems;

/** Moves teams between booked cohorts in plain code and lets the constraints and the hard-rule checker judge. */
class RegroupingTest {

    private static final SolutionManager<TrainingPlan, HardMediumSoftLongScore> SCORING = SolutionManager.create(
            SolverFactory.create(PlanSolver.config(Duration.ofSeconds(1), null)));

    /** A formed plan, booked greedily: cohorts of even size, some of them in term time. */
    private static TrainingPlan booked(TrainingProblem problem) {
        TrainingPlan plan = PlanFactory.create(problem);
        CohortFormation.formCohorts(plan);
        CohortBooking.book(plan).forEach((cohort, booking) -> {
            cohort.setSchedule(booking.schedule());
            cohort.setTrainer(booking.trainer());
            cohort.setVenue(booking.venue());
        });
        return plan;
    }

    private static void regroup(Map<Delegation, Cohort> moves) {
        moves.forEach((delegation, target) -> {
            delegation.getCohort().getDelegations().remove(delegation);
            target.getDelegations().add(delegation);
            delegation.setCohort(target);
        });
    }

    @Test
    void movesTeamsOnlyWhenThePlanGetsCheaperAndBreaksNoRule() {
        int improved = 0;
        for (long seed = 1; seed <= 4; seed++) {
            TrainingProblem problem = TestProblems.generate(400, 1, seed);
            TrainingPlan plan = booked(problem);
            HardMediumSoftLongScore before = SCORING.update(plan);
            Map<Cohort, Integer> sizesBefore = new HashMap<>();
            plan.getCohorts().forEach(c -> sizesBefore.put(c, c.size()));

            Map<Delegation, Cohort> moves = Regrouping.improve(plan, seed, () -> false);
            moves.forEach((delegation, target) -> {
                assertThat(delegation.getReachableCohorts()).contains(target);
                assertThat(sizesBefore.get(target)).as("moves only into running cohorts").isPositive();
            });
            regroup(moves);
            HardMediumSoftLongScore after = SCORING.update(plan);

            assertThat(after.hardScore()).as("seed %d", seed).isZero();
            assertThat(after.mediumScore()).isEqualTo(before.mediumScore());
            assertThat(new HardRuleChecker(problem).brokenRules(new PlanReporter().report(plan))).isEmpty();
            if (moves.isEmpty()) {
                assertThat(after).isEqualTo(before);
            } else {
                assertThat(after.softScore()).as("seed %d", seed).isGreaterThan(before.softScore());
                improved++;
            }
        }
        assertThat(improved).as("greedy bookings of even cohorts leave teams to move").isPositive();
    }

    @Test
    void aSecondRegroupingFindsNothingMoreToMove() {
        TrainingPlan plan = booked(TestProblems.generate(400, 1, 5));
        regroup(Regrouping.improve(plan, 1L, () -> false));

        assertThat(Regrouping.improve(plan, 2L, () -> false)).isEmpty();
    }

    @Test
    void pinnedTeamsStayWhereTheyAre() {
        TrainingPlan plan = booked(TestProblems.generate(400, 1, 6));
        Map<Delegation, Cohort> pinned = new HashMap<>();
        plan.getDelegations().stream().filter(d -> d.getCohort() != null).forEach(d -> {
            d.setPinned(true);
            pinned.put(d, d.getCohort());
        });

        assertThat(Regrouping.improve(plan, 1L, () -> false)).isEmpty();
        pinned.forEach((delegation, cohort) -> assertThat(delegation.getCohort()).isSameAs(cohort));
    }
}

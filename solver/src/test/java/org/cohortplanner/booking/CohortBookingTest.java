package org.cohortplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.junit.jupiter.api.Test;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.solving.CohortFormation;
import org.cohortplanner.solving.PlanSolver;
import org.cohortplanner.testdata.TestProblems;

/** Books cohorts in plain code and lets the constraints judge the result. */
class CohortBookingTest {

    private static final SolutionManager<TrainingPlan, HardMediumSoftLongScore> SCORING = SolutionManager.create(
            SolverFactory.create(PlanSolver.config(Duration.ofSeconds(1), null)));

    private static TrainingPlan formed(int teachers, int trainersPerTrackAndLanguage, long seed) {
        TrainingPlan plan = PlanFactory.create(TestProblems.generate(teachers, trainersPerTrackAndLanguage, seed));
        CohortFormation.formCohorts(plan);
        return plan;
    }

    private static HardMediumSoftLongScore apply(TrainingPlan plan, Map<Cohort, Booking> bookings) {
        bookings.forEach((cohort, booking) -> {
            cohort.setSchedule(booking.schedule());
            cohort.setTrainer(booking.trainer());
            cohort.setVenue(booking.venue());
        });
        return SCORING.update(plan);
    }

    @Test
    void booksEveryRunningCohortWithoutBreakingAHardRule() {
        TrainingPlan plan = formed(300, 2, 1);
        long running = plan.getCohorts().stream().filter(Cohort::isUsed).count();

        Map<Cohort, Booking> bookings = CohortBooking.book(plan);

        assertThat(bookings).hasSize((int) running);
        HardMediumSoftLongScore score = apply(plan, bookings);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }

    @Test
    void putsCohortsInTheSummerBreakWhileTrainersAndVenuesAreFree() {
        // 60 teachers, 2 trainers per track and language, 8 venues: the summer has room for everybody.
        TrainingPlan plan = formed(60, 2, 2);

        Map<Cohort, Booking> bookings = CohortBooking.book(plan);

        assertThat(bookings.values()).isNotEmpty()
                .allSatisfy(booking -> assertThat(booking.schedule().termDays()).as(booking.toString()).isZero());
    }

    @Test
    void searchNeverEndsWorseThanItsStart() {
        TrainingPlan plan = formed(300, 1, 3);
        HardMediumSoftLongScore greedy = apply(plan, CohortBooking.book(plan));

        HardMediumSoftLongScore searched = apply(plan, CohortBooking.improve(plan, 7L, 2_000, () -> false));

        assertThat(searched.hardScore()).isZero();
        assertThat(searched).isGreaterThanOrEqualTo(greedy);
    }

    @Test
    void pinnedCohortKeepsItsBookingAndOthersWorkAroundIt() {
        TrainingPlan plan = formed(300, 1, 4);
        Map<Cohort, Booking> first = CohortBooking.book(plan);
        apply(plan, first);
        Cohort pinned = first.keySet().iterator().next();
        Booking kept = first.get(pinned);
        pinned.setPinned(true);
        plan.getCohorts().stream().filter(c -> c != pinned).forEach(c -> {
            c.setTrainer(null);
            c.setVenue(null);
            c.setSchedule(null);
        });

        Map<Cohort, Booking> again = CohortBooking.book(plan);

        assertThat(again).doesNotContainKey(pinned);
        assertThat(pinned.getSchedule()).isSameAs(kept.schedule());
        assertThat(apply(plan, again).hardScore()).isZero();
    }
}

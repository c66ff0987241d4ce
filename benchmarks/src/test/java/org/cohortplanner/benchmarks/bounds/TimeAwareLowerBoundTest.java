package org.cohortplanner.benchmarks.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.junit.jupiter.api.Test;

import org.cohortplanner.benchmarks.TinyProblems;
import org.cohortplanner.benchmarks.baseline.GreedyPlanner;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;

/** The LP bound is checked against the true optimum of tiny problems ({@link EnumeratedOptimum}). */
class TimeAwareLowerBoundTest {

    @Test
    void boundIsPositiveAndAtMostTheOptimum() {
        TrainingProblem problem = TinyProblems.tinyProblem(Policy.defaults());
        TimeAwareLowerBound.Outcome outcome = TimeAwareLowerBound.compute(PlanFactory.create(problem));

        assertThat(outcome.bound()).as(outcome.note()).isNotNull();
        assertThat(outcome.bound().total()).isPositive().isLessThanOrEqualTo(EnumeratedOptimum.of(problem));
        assertThat(outcome.bound().placeableTeachers()).isEqualTo(5);
        assertThat(outcome.bound().byConstraint().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(outcome.bound().total());
    }

    @Test
    void boundFollowsWeightOverridesAndStaysBelowTheOptimum() {
        Policy defaults = Policy.defaults();
        Policy policy = new Policy(defaults.maxTravelMinutes(), defaults.maxShareAway(), defaults.maxDelegationSize(),
                defaults.trainerTransferMinutes(), defaults.bufferDays(), defaults.teacherPerDiem(),
                defaults.trainerPerDiem(), defaults.travelCostPerKm(), defaults.substituteDailyCost(), true,
                defaults.roadFactor(), defaults.averageSpeedKmh(),
                Map.of("Venue rent", "7soft", "Trainer fees", "0soft", "Cohort below ideal size", "5000soft",
                        "Late completion", "3000soft", "Uneven trainer workload", "40soft"));
        TrainingProblem problem = TinyProblems.tinyProblem(policy);
        CostBound bound = TimeAwareLowerBound.compute(PlanFactory.create(problem)).bound();

        assertThat(bound.byConstraint().get("Trainer fees")).isZero();
        assertThat(bound.total()).isPositive().isLessThanOrEqualTo(EnumeratedOptimum.of(problem));
    }

    /**
     * With one trainer, the holiday week holds one cohort of at most 4 of the 5 teachers: at least one cohort pays
     * substitutes. The combinatorial bound lets every teacher train in the holiday; the LP does not.
     */
    @Test
    void shortHolidayCapacityRaisesTheBoundAboveTheCombinatorialOne() {
        TrainingProblem tiny = TinyProblems.tinyProblem(Policy.defaults());
        TrainingProblem problem = tiny.withTrainers(List.of(tiny.trainers().get(0)));
        TrainingPlan plan = PlanFactory.create(problem);
        long combinatorial = CostLowerBound.of(plan).total();
        TimeAwareLowerBound.Outcome outcome = TimeAwareLowerBound.compute(plan);
        long optimum = EnumeratedOptimum.of(problem);

        assertThat(outcome.bound().total()).isGreaterThan(combinatorial).isLessThanOrEqualTo(optimum);
        assertThat(outcome.bound().byConstraint().get("Substitute teacher days")).isPositive();
        assertThat(LowerBounds.best(plan).bound()).isEqualTo(outcome.bound());
    }

    /**
     * A course of two blocks whose start weeks have two layouts each: the LP shares a start week's columns between
     * them and stays below the optimum. With one trainer, the two holiday Mondays hold both blocks of one cohort of
     * at most 4 teachers, so the fifth pays substitutes, which the LP sees and the combinatorial bound does not.
     */
    @Test
    void layoutsOfAStartWeekShareColumnsAndTheBoundStaysBelowTheOptimum() {
        for (int trainers = 2; trainers >= 1; trainers--) {
            TrainingProblem problem = TinyProblems.twoBlockProblem(Policy.defaults(), trainers);
            TrainingPlan plan = PlanFactory.create(problem);
            List<org.cohortplanner.calendar.Schedule> schedules = plan.getCohorts().get(0).getSchedules();
            assertThat(schedules.stream().map(s -> s.firstDay()).distinct().count())
                    .as("some start week has two layouts").isLessThan(schedules.size());
            TimeAwareLowerBound.Outcome outcome = TimeAwareLowerBound.compute(plan);
            long optimum = EnumeratedOptimum.of(problem);

            assertThat(outcome.bound()).as(outcome.note()).isNotNull();
            assertThat(outcome.bound().total()).as(trainers + " trainers").isPositive()
                    .isLessThanOrEqualTo(optimum);
            if (trainers == 1) {
                assertThat(outcome.bound().total()).isGreaterThan(CostLowerBound.of(plan).total());
                assertThat(outcome.bound().byConstraint().get("Substitute teacher days")).isPositive();
            }
        }
    }

    /** Every feasible plan that places everyone costs at least the bound: here the greedy baseline's plans. */
    @Test
    void greedyPlansThatPlaceEveryoneCostAtLeastTheBound() {
        int checked = 0;
        for (int seed = 1; seed <= 4; seed++) {
            TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(300, seed));
            PlanReport report = new PlanReporter().report(GreedyPlanner.plan(problem));
            if (!report.feasible() || report.kpis().teachersUnplaced() > 0) {
                continue;
            }
            long soft = -HardMediumSoftLongScore.parseScore(report.score()).softScore();
            TimeAwareLowerBound.Outcome outcome = TimeAwareLowerBound.compute(PlanFactory.create(problem));
            assertThat(outcome.bound()).as(outcome.note()).isNotNull();
            assertThat(outcome.bound().total()).as("seed " + seed).isPositive().isLessThanOrEqualTo(soft);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    /**
     * Teachers of A cannot reach B. Without the rows that count a district's teachers by the start of their later
     * blocks, the LP pooled the teachers of a start week over the districts, so A's teachers could take B's free
     * holiday days for their second block; with them the bound rises and stays below the optimum.
     */
    @Test
    void districtBlockTeachersRaiseTheBound() {
        TrainingProblem problem = TinyProblems.twoDistrictsApartProblem(8, 6, 1);
        TrainingPlan plan = PlanFactory.create(problem);

        long with = TimeAwareLowerBound.compute(plan, Duration.ofSeconds(30), 1_000_000,
                EnumSet.of(TimeAwareLowerBound.Cut.DISTRICT_BLOCK_TEACHERS)).bound().total();
        long without = TimeAwareLowerBound.compute(plan, Duration.ofSeconds(30), 1_000_000,
                EnumSet.noneOf(TimeAwareLowerBound.Cut.class)).bound().total();
        long all = TimeAwareLowerBound.compute(plan).bound().total();

        assertThat(with).isGreaterThan(without);
        assertThat(all).isGreaterThanOrEqualTo(with).isLessThanOrEqualTo(EnumeratedOptimum.of(problem));
    }

    /**
     * Only one of A's two rooms hosts science, so the holidays hold one science cohort in A; the district's rows
     * alone allow two a day. The per-track rows raise the bound, which stays below the optimum.
     */
    @Test
    void trackRoomsRaiseTheBound() {
        TrainingProblem problem = TinyProblems.twoTracksProblem();
        TrainingPlan plan = PlanFactory.create(problem);

        long with = TimeAwareLowerBound.compute(plan, Duration.ofSeconds(30), 1_000_000,
                EnumSet.of(TimeAwareLowerBound.Cut.DISTRICT_TRACK_VENUES)).bound().total();
        long without = TimeAwareLowerBound.compute(plan, Duration.ofSeconds(30), 1_000_000,
                EnumSet.noneOf(TimeAwareLowerBound.Cut.class)).bound().total();
        long all = TimeAwareLowerBound.compute(plan).bound().total();

        assertThat(with).isGreaterThan(without);
        assertThat(all).isGreaterThanOrEqualTo(with).isLessThanOrEqualTo(EnumeratedOptimum.of(problem));
    }

    /**
     * Two teachers in A and one in B, 40 minutes apart, rooms for four: one cohort holds them all, but keeping
     * each at home takes a whole cohort in each district (fee, rent, trainer days), where the LP alone ran part of
     * a cohort in each and nobody travelled.
     */
    @Test
    void smallGroupsNeedWholeCohorts() {
        TrainingProblem tiny = TinyProblems.tinyProblem(Policy.defaults());
        TrainingProblem problem = new TrainingProblem(tiny.programme(), tiny.calendar(), tiny.districts(),
                tiny.travel(), tiny.schools(), List.of(tiny.teachers().get(0), tiny.teachers().get(1),
                        tiny.teachers().get(3)), tiny.trainers(), tiny.venues(), tiny.courses(), tiny.policy());
        TrainingPlan plan = PlanFactory.create(problem);

        long with = TimeAwareLowerBound.compute(plan, Duration.ofSeconds(30), 1_000_000,
                EnumSet.of(TimeAwareLowerBound.Cut.SMALL_GROUPS)).bound().total();
        long without = TimeAwareLowerBound.compute(plan, Duration.ofSeconds(30), 1_000_000,
                EnumSet.noneOf(TimeAwareLowerBound.Cut.class)).bound().total();
        long all = TimeAwareLowerBound.compute(plan).bound().total();

        assertThat(with).isGreaterThan(without);
        assertThat(all).isGreaterThanOrEqualTo(with).isLessThanOrEqualTo(EnumeratedOptimum.of(problem));
    }

    @Test
    void anLpAboveTheLimitIsSkippedWithANote() {
        TrainingPlan plan = PlanFactory.create(TinyProblems.tinyProblem(Policy.defaults()));
        LowerBounds.Best best = LowerBounds.best(plan, Duration.ofSeconds(10), 10);

        assertThat(best.timeAware().bound()).isNull();
        assertThat(best.timeAware().note()).startsWith("skipped");
        assertThat(best.bound().total()).isEqualTo(CostLowerBound.of(plan).total());
        assertThat(best.source()).isEqualTo("combinatorial");
    }
}

package org.cohortplanner.benchmarks.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cohortplanner.benchmarks.TinyProblems;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.solving.PlanSolver;

/** The shipped configuration finds the true optimum of problems small enough to enumerate every plan. */
class ShippedSolverOptimumTest {

    static Stream<Arguments> tinyProblems() {
        TrainingProblem tiny = TinyProblems.tinyProblem(Policy.defaults());
        Policy d = Policy.defaults();
        Policy reweighted = new Policy(d.maxTravelMinutes(), d.maxShareAway(), d.maxDelegationSize(),
                d.trainerTransferMinutes(), d.bufferDays(), d.teacherPerDiem(), d.trainerPerDiem(),
                d.travelCostPerKm(), d.substituteDailyCost(), d.keepSchoolTeams(), d.roadFactor(),
                d.averageSpeedKmh(), Map.of("Teacher travel and per diem", "5soft", "Venue rent", "0soft"));
        return Stream.of(
                Arguments.of("two trainers, a holiday week", tiny),
                Arguments.of("one trainer: the holiday week holds one cohort",
                        tiny.withTrainers(List.of(tiny.trainers().get(0)))),
                Arguments.of("travel weighed 5 times, rent free", TinyProblems.tinyProblem(reweighted)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tinyProblems")
    void reachesTheEnumeratedOptimum(String name, TrainingProblem problem) {
        long optimum = EnumeratedOptimum.of(problem);

        TrainingPlan solved = PlanSolver.solve(PlanFactory.create(problem),
                PlanSolver.config(Duration.ofSeconds(10), Duration.ofSeconds(3)), null);

        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, -optimum));
    }
}

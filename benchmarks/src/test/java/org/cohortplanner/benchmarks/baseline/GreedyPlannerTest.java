package org.cohortplanner.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.junit.jupiter.api.Test;

import org.cohortplanner.benchmarks.bounds.CostLowerBound;
import org.cohortplanner.benchmarks.TinyProblems;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;

class GreedyPlannerTest {

    @Test
    void fillsTheNearestVenueAndTakesTheEarliestDatesEveryoneCanAttend() {
        TrainingPlan plan = GreedyPlanner.plan(TinyProblems.tinyProblem(Policy.defaults()));
        PlanReport report = new PlanReporter().report(plan);

        assertThat(report.feasible()).as(report.score()).isTrue();
        assertThat(report.kpis().teachersPlaced()).isEqualTo(5);
        Map<String, Cohort> byDistrict = plan.getCohorts().stream().filter(Cohort::isUsed)
                .collect(Collectors.toMap(Cohort::getDistrictId, c -> c));
        assertThat(byDistrict).containsOnlyKeys("A", "B");
        // T3 cannot come on the first day, so district A starts in the second week; B starts at once.
        assertThat(byDistrict.get("A").getSchedule().firstDate()).isEqualTo(LocalDate.of(2025, 9, 8));
        assertThat(byDistrict.get("A").size()).isEqualTo(3);
        assertThat(byDistrict.get("B").getSchedule().firstDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(byDistrict.get("B").getTrainer().id()).isEqualTo("TR1");
    }

    @Test
    void breaksNoHardRuleOnAGeneratedProblemAndCostsAtLeastTheLowerBound() {
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(300, 7));
        TrainingPlan plan = GreedyPlanner.plan(problem);
        PlanReport report = new PlanReporter().report(plan);

        assertThat(report.feasible()).as(report.score() + " " + report.violations()).isTrue();
        assertThat(report.kpis().teachersPlaced()).isGreaterThan(200);
        assertThat(report.kpis().teachersPlaced() + report.kpis().teachersUnplaced()).isEqualTo(300);
        if (report.kpis().teachersUnplaced() == 0) {
            long soft = -HardMediumSoftLongScore.parseScore(report.score()).softScore();
            assertThat(soft).isGreaterThanOrEqualTo(CostLowerBound.of(PlanFactory.create(problem)).total());
        }
    }

    @Test
    void planIsTheSameEveryTime() {
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(300, 7));

        PlanReport first = new PlanReporter().report(GreedyPlanner.plan(problem));
        PlanReport second = new PlanReporter().report(GreedyPlanner.plan(problem));

        assertThat(second.cohorts()).isEqualTo(first.cohorts());
    }
}

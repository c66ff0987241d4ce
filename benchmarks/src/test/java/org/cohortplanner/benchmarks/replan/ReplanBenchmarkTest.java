package org.cohortplanner.benchmarks.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.PlanSolver;
import org.junit.jupiter.api.Test;

/** The replan set's scenarios, chosen from a published plan. */
class ReplanBenchmarkTest {

    @Test
    void sixScenariosAsOfAWeekBeforeTheSecondBlockOfAStartedCohort() {
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(1500, 1));
        PlanReport published = new PlanReporter().report(PlanSolver.solve(PlanFactory.create(problem),
                PlanSolver.config(Duration.ofSeconds(10), null), null));

        ReplanBenchmark.Situation situation = ReplanBenchmark.Situation.of(problem, published);
        List<ReplanBenchmark.Scenario> scenarios = situation.scenarios();

        CohortView started = situation.started();
        assertThat(started.days().get(0)).isBefore(situation.now());
        assertThat(started.days().get(4)).isEqualTo(situation.now().plusDays(7)); // its second block: next week
        assertThat(scenarios).extracting(ReplanBenchmark.Scenario::name).containsExactly("trainer-out",
                "venue-closed-month", "district-closed-winter", "20-withdrawn", "30-late", "print-2-weeks-late");
        assertThat(scenarios.get(0).disruption()).isEqualTo(new Disruption.TrainerUnavailable(started.trainerId(),
                situation.now().plusDays(7), situation.now().plusDays(48)));
        assertThat(scenarios.get(0).hitCohortIds()).contains(started.id());
        assertThat(scenarios.get(1).hitCohortIds()).isNotEmpty();
        assertThat(((Disruption.TeachersWithdrawn) scenarios.get(3).disruption()).teacherIds()).hasSize(20)
                .doesNotHaveDuplicates();
        assertThat(((Disruption.TeachersAdded) scenarios.get(4).disruption()).teachers()).hasSize(30);
    }
}

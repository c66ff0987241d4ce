package org.cohortplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanRestorerTest {

    private static final PlanReporter REPORTER = new PlanReporter();
    private static TrainingProblem problem;
    private static PlanReport solved;

    @BeforeAll
    static void solveOnce() {
        problem = TestProblems.withLogistics(TestProblems.generate(150, 2, 7));
        TrainingPlan plan = PlanSolver.solve(PlanFactory.create(problem),
                PlanSolver.config(Duration.ofSeconds(5), Duration.ofSeconds(2)), null);
        solved = REPORTER.report(plan);
    }

    @Test
    void restoredPlanHasTheSameCohortsAndScore() {
        PlanReport restored = REPORTER.report(PlanRestorer.restore(problem, solved));

        assertThat(restored.cohorts()).isEqualTo(solved.cohorts());
        assertThat(restored.deliveries()).isNotEmpty().isEqualTo(solved.deliveries());
        assertThat(restored.printBatches()).isEqualTo(solved.printBatches());
        assertThat(restored.unplaced()).isEqualTo(solved.unplaced());
        assertThat(restored.score()).isEqualTo(solved.score());
    }

    @Test
    void cohortsUnknownToTheModelAndOffLayoutDatesAreKept() {
        CohortView first = solved.cohorts().get(0);
        var days = new ArrayList<>(first.days());
        days.set(days.size() - 1, days.get(days.size() - 1).plusDays(7)); // last day a week later: not a layout
        CohortView renamed = new CohortView("IMPORTED-1", first.track(), first.language(), null, first.trainerId(),
                first.venueId(), days, first.teacherIds(), first.kitsArrive(), first.deliveryId());
        List<CohortView> cohorts = new ArrayList<>(solved.cohorts());
        cohorts.set(0, renamed);

        TrainingPlan plan = PlanRestorer.restore(problem, withCohorts(cohorts));

        Cohort imported = plan.getCohorts().stream().filter(c -> c.getId().equals("IMPORTED-1")).findFirst()
                .orElseThrow();
        assertThat(imported.getDistrictId()).isEqualTo(first.districtId());
        assertThat(imported.getSchedule().dates()).isEqualTo(days);
        assertThat(imported.getSchedule().id()).endsWith("/custom");
        assertThat(imported.size()).isEqualTo(first.teacherIds().size());
        assertThat(REPORTER.report(plan).kpis().teachersPlaced()).isEqualTo(solved.kpis().teachersPlaced());
    }

    @Test
    void planWithADayRemovedBreaksTheLayoutAndSolvesOnWithoutScoreCorruption() {
        CohortView first = solved.cohorts().get(0);
        var days = new ArrayList<>(first.days());
        days.remove(days.size() - 1);
        List<CohortView> cohorts = new ArrayList<>(solved.cohorts());
        cohorts.set(0, new CohortView(first.id(), first.track(), first.language(), first.districtId(),
                first.trainerId(), first.venueId(), days, first.teacherIds(), first.kitsArrive(), first.deliveryId()));

        TrainingPlan plan = PlanRestorer.restore(problem, withCohorts(cohorts));

        assertThat(REPORTER.report(plan).violations())
                .anyMatch(v -> v.constraint().equals(ConstraintNames.DATES_OFF_LAYOUT));
        // the 7-day dates stay in the cohort's value range: moving off them changes the days every cost counts
        TrainingPlan resumed = PlanSolver.solve(plan, PlanSolver.config(Duration.ofSeconds(4), null)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT), null);
        assertThat(REPORTER.report(resumed).violations())
                .noneMatch(v -> v.constraint().equals(ConstraintNames.DATES_OFF_LAYOUT));
    }

    @Test
    void everyMismatchIsReported() {
        CohortView first = solved.cohorts().get(0);
        CohortView second = solved.cohorts().get(1);
        List<String> teachers = new ArrayList<>(second.teacherIds());
        teachers.add(first.teacherIds().get(0));
        teachers.add("NO-SUCH-TEACHER");
        List<CohortView> cohorts = List.of(first,
                new CohortView(second.id(), second.track(), second.language(), second.districtId(), "NO-SUCH-TRAINER",
                        second.venueId(), second.days(), teachers, null, null));

        assertThatThrownBy(() -> PlanRestorer.restore(problem, withCohorts(cohorts)))
                .isInstanceOfSatisfying(PlanMismatchException.class, e -> assertThat(e.mismatches())
                        .extracting(PlanMismatchException.Mismatch::toString)
                        .containsExactlyInAnyOrder(
                                "cohort " + second.id() + ": trainerId: unknown trainer (NO-SUCH-TRAINER)",
                                "cohort " + second.id() + ": teacherIds: teacher " + first.teacherIds().get(0)
                                        + " is also in cohort " + first.id(),
                                "cohort " + second.id() + ": teacherIds: unknown teacher (NO-SUCH-TEACHER)"));
    }

    private static PlanReport withCohorts(List<CohortView> cohorts) {
        return new PlanReport(solved.formatVersion(), solved.programmeId(), solved.score(), solved.feasible(),
                solved.kpis(), cohorts, solved.unplaced(), solved.violations(), solved.deliveries(),
                solved.printBatches());
    }
}

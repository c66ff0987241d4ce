package org.cohortplanner.problems.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.instances.Shape;
import org.cohortplanner.replan.Conflict;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.replan.ReplanResult;
import org.cohortplanner.replan.Replanner;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.PlanSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-plans on a generated problem of another shape than the reference (2,400 teachers in two regions side by side,
 * a tenth of the trainers on a long leave, kits printed in each region): a trainer falls out for the remaining
 * block of a started cohort and the next six weeks. Checked by walking both plans: feasible, the past unchanged, only
 * the hit cohorts' remaining blocks changed among the frozen ones, at most 1 % of the others moved.
 */
class GeneratedReplanTest {

    private static final SolverConfig REPLAN = PlanSolver.config(Duration.ofSeconds(30), Duration.ofSeconds(8));

    private static TrainingProblem problem;
    private static PlanReport published;

    @BeforeAll
    static void publishAFeasiblePlan() {
        problem = ProblemGenerator.generate(new GeneratorOptions(2400, 11, 2, null, null, 1.0, false, true,
                Shape.STANDARD.withLayout(Shape.Layout.LINE).withLongLeaveShare(0.1)
                        .withPrintHouses(Shape.PrintHouses.PER_REGION)));
        SolverConfig config = PlanSolver.config(Duration.ofSeconds(120), null);
        config.getTerminationConfig().setBestScoreFeasible(true);
        published = new PlanReporter().report(PlanSolver.solve(PlanFactory.create(problem), config, null));
        assertThat(published.feasible()).as(published.score()).isTrue();
    }

    @Test
    void trainerOutForTheRemainingBlockOfAStartedCohort() {
        Course course = problem.courses().get(0);
        int firstBlock = course.blockDays().get(0);
        LocalDate middle = problem.programme().horizonStart().plusWeeks(16);
        CohortView started = published.cohorts().stream()
                .filter(c -> problem.courses().stream().anyMatch(k -> k.track().equals(c.track())
                        && k.blockDays().size() > 1 && k.blockDays().get(0) == firstBlock))
                .min(Comparator.comparingLong((CohortView c) -> Math.abs(c.days().get(0).toEpochDay()
                        - middle.toEpochDay())).thenComparing(CohortView::id))
                .orElseThrow();
        LocalDate now = started.days().get(firstBlock - 1).plusDays(1);
        LocalDate secondBlock = started.days().get(firstBlock);
        LocalDate frozenUntil = now.plusDays(problem.programme().frozenDays());
        Disruptions disruptions = new Disruptions(now, List.of(new Disruption.TrainerUnavailable(started.trainerId(),
                secondBlock, secondBlock.plusDays(41))));
        Set<String> hit = published.cohorts().stream().filter(c -> c.trainerId().equals(started.trainerId())
                && c.days().stream().anyMatch(d -> !d.isBefore(secondBlock) && !d.isAfter(secondBlock.plusDays(41))))
                .map(CohortView::id).collect(Collectors.toSet());

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        PlanReport plan = result.plan();
        assertThat(plan.feasible()).as(plan.score() + " " + plan.violations() + " " + result.conflicts()).isTrue();
        assertThat(result.conflicts()).extracting(Conflict::cohortId).isEmpty();
        assertThat(ReplanChecks.changedHistory(published, plan, now)).isEmpty();
        assertThat(ReplanChecks.brokenReplanRules(published, plan, result.problem(), frozenUntil))
                .filteredOn(line -> hit.stream().noneMatch(id -> line.equals("frozen cohort " + id + " changed")))
                .isEmpty();
        Map<String, CohortView> after = plan.cohorts().stream()
                .collect(Collectors.toMap(CohortView::id, Function.identity()));
        CohortView repaired = after.get(started.id());
        assertThat(repaired.teacherIds()).isEqualTo(started.teacherIds());
        assertThat(repaired.days().stream().filter(d -> !d.isBefore(secondBlock))
                .map(repaired::trainerOn)).doesNotContain(started.trainerId());
        double share = ReplanChecks.shareOfOthersMoved(published, plan, hit, frozenUntil);
        System.out.printf("generated line-shape re-plan as of %s, trainer %s out: %d cohorts hit; %d cohorts changed,"
                + " %d teachers moved (%.2f %% of those outside the hit cohorts who could move), %d teachers, %d"
                + " trainers, %d trucks to notify; score %s (published %s)%n", now, started.trainerId(), hit.size(),
                result.diff().cohorts().size(), result.diff().teachersMoved(), 100 * share,
                result.diff().toNotify().teacherIds().size(), result.diff().toNotify().trainerIds().size(),
                result.diff().toNotify().vehicleIds().size(), plan.score(), published.score());
        assertThat(share).isLessThanOrEqualTo(0.01);
    }
}

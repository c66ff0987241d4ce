package org.cohortplanner.problems.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ReferenceInstance;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.DisruptionEffects;
import org.cohortplanner.replan.PlanDiff;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.replan.Recommendation;
import org.cohortplanner.replan.Recommender;
import org.cohortplanner.replan.ReplanResult;
import org.cohortplanner.replan.Replanner;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.report.PrintBatchView;
import org.cohortplanner.solving.PlanRestorer;
import org.cohortplanner.solving.PlanSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-plans on the reference instance (8,850 teachers): the published plan is the first feasible plan of one solve;
 * each disruption hits a trainer or venue with several cohorts after the frozen days. The new plans are checked
 * by plain code that walks both plans: frozen cohorts unchanged, no other cohort starting in the frozen days, nobody
 * teaching or hosting on a closed day, no double booking, and at most 1 % of the teachers who could move (outside the
 * hit and the frozen cohorts) moved, re-dated or re-housed. Each check is shown to fail on a spoiled plan.
 */
class ReferenceReplanTest {

    private static final LocalDate NOW = LocalDate.of(2023, 10, 2);
    private static final int SIX_WEEKS = 42;
    private static final SolverConfig REPLAN = PlanSolver.config(Duration.ofSeconds(30), Duration.ofSeconds(8));

    private static TrainingProblem problem;
    private static PlanReport published;
    private static LocalDate frozenUntil;

    @BeforeAll
    static void publishAFeasiblePlan() {
        problem = ReferenceInstance.build();
        SolverConfig config = PlanSolver.config(Duration.ofSeconds(120), null);
        config.getTerminationConfig().setBestScoreFeasible(true);
        published = new PlanReporter().report(PlanSolver.solve(PlanFactory.create(problem), config, null));
        assertThat(published.feasible()).as(published.score()).isTrue();
        frozenUntil = NOW.plusDays(problem.programme().frozenDays());
    }

    private static LocalDate first(CohortView cohort) {
        return cohort.days().get(0);
    }

    private static boolean frozen(CohortView cohort) {
        return first(cohort).isBefore(frozenUntil);
    }

    private static boolean meets(CohortView cohort, DateRange period) {
        return cohort.days().stream().anyMatch(period::contains);
    }

    /** The resource (trainer or venue) and six-week period after the frozen days that hit most of its cohorts. */
    private record Hit(String id, DateRange period, List<CohortView> cohorts) {
    }

    private static Hit busiest(Function<CohortView, String> resource, int minimumUpcoming) {
        Hit best = null;
        Map<String, List<CohortView>> byResource = published.cohorts().stream()
                .collect(Collectors.groupingBy(resource));
        for (var entry : new TreeMap<>(byResource).entrySet()) {
            List<CohortView> upcoming = entry.getValue().stream().filter(c -> !frozen(c)).toList();
            if (upcoming.size() < minimumUpcoming) {
                continue;
            }
            for (CohortView start : upcoming) {
                DateRange period = new DateRange(first(start), first(start).plusDays(SIX_WEEKS - 1));
                if (entry.getValue().stream().anyMatch(c -> frozen(c) && meets(c, period))) {
                    continue; // a frozen cohort in the period would be a conflict, tested elsewhere
                }
                List<CohortView> hit = upcoming.stream().filter(c -> meets(c, period)).toList();
                if (best == null || hit.size() > best.cohorts().size()) {
                    best = new Hit(entry.getKey(), period, hit);
                }
            }
        }
        assertThat(best).as("a resource with %d upcoming cohorts", minimumUpcoming).isNotNull();
        return best;
    }

    private static void assertKeepsEveryRule(ReplanResult result) {
        PlanReport plan = result.plan();
        assertThat(plan.feasible()).as(plan.score() + " " + plan.violations()).isTrue();
        assertThat(result.conflicts()).isEmpty();
        assertThat(brokenReplanRules(result.problem(), plan)).isEmpty();
    }

    static List<String> brokenReplanRules(TrainingProblem changed, PlanReport plan) {
        return ReplanChecks.brokenReplanRules(published, plan, changed, frozenUntil);
    }

    static double shareOfOthersMoved(PlanReport plan, Set<String> hitCohortIds) {
        return ReplanChecks.shareOfOthersMoved(published, plan, hitCohortIds, frozenUntil);
    }

    private static double reportShareOfOthersMoved(ReplanResult result, Hit hit) {
        Set<String> hitIds = hit.cohorts().stream().map(CohortView::id).collect(Collectors.toSet());
        double share = shareOfOthersMoved(result.plan(), hitIds);
        System.out.printf("re-plan for %s %s: %d cohorts hit; %d cohorts changed, %d teachers moved (%.2f %% of those"
                + " outside the hit cohorts who could move), %d teachers, %d trainers, %d trucks to notify; score %s"
                + " (published %s)%n", hit.id(), hit.period(), hit.cohorts().size(), result.diff().cohorts().size(),
                result.diff().teachersMoved(), 100 * share, result.diff().toNotify().teacherIds().size(),
                result.diff().toNotify().trainerIds().size(), result.diff().toNotify().vehicleIds().size(),
                result.plan().score(), published.score());
        return share;
    }

    /** A cohort that is not frozen, moved into the frozen days: the frozen-window rule must say so. */
    @Test
    void theChecksCatchASpoiledPlan_cohortMovedIntoTheFrozenDays() {
        CohortView upcoming = published.cohorts().stream().filter(c -> !frozen(c))
                .min(Comparator.comparing(ReferenceReplanTest::first)).orElseThrow();
        long shift = first(upcoming).toEpochDay() - frozenUntil.minusDays(7).toEpochDay();
        shift -= shift % 7; // whole weeks keep the weekdays
        long weeks = shift;
        CohortView early = new CohortView(upcoming.id(), upcoming.track(), upcoming.language(), upcoming.districtId(),
                upcoming.trainerId(), upcoming.venueId(), upcoming.days().stream().map(d -> d.minusDays(weeks)).toList(),
                upcoming.teacherIds(), upcoming.kitsArrive(), upcoming.deliveryId());

        assertThat(brokenReplanRules(problem, spoiled(early)))
                .anyMatch(line -> line.startsWith(upcoming.id() + " starts " + first(early)));
    }

    @Test
    void theChecksCatchASpoiledPlan_trainerTwiceOnADay() {
        CohortView one = published.cohorts().stream().filter(c -> !frozen(c)).findFirst().orElseThrow();
        CohortView other = published.cohorts().stream()
                .filter(c -> !c.trainerId().equals(one.trainerId()) && c.days().contains(one.days().get(0)))
                .findFirst().orElseThrow();
        CohortView doubleBooked = new CohortView(other.id(), other.track(), other.language(), other.districtId(),
                one.trainerId(), other.venueId(), other.days(), other.teacherIds(), other.kitsArrive(),
                other.deliveryId());

        assertThat(brokenReplanRules(problem, spoiled(doubleBooked)))
                .contains("trainer " + one.trainerId() + " twice on " + one.days().get(0));
    }

    @Test
    void theChecksCatchASpoiledPlan_reDatedTeachersCountAsMoved() {
        CohortView upcoming = published.cohorts().stream().filter(c -> !frozen(c))
                .max(Comparator.comparing(ReferenceReplanTest::first)).orElseThrow();
        CohortView later = new CohortView(upcoming.id(), upcoming.track(), upcoming.language(), upcoming.districtId(),
                upcoming.trainerId(), upcoming.venueId(), upcoming.days().stream().map(d -> d.plusWeeks(1)).toList(),
                upcoming.teacherIds(), upcoming.kitsArrive(), upcoming.deliveryId());
        long couldMove = published.cohorts().stream().filter(c -> !frozen(c)).mapToLong(c -> c.teacherIds().size())
                .sum();

        assertThat(shareOfOthersMoved(spoiled(later), Set.of()))
                .isEqualTo((double) upcoming.teacherIds().size() / couldMove);
        assertThat(shareOfOthersMoved(published, Set.of())).isZero();
    }

    /** The published plan with one cohort replaced. */
    private static PlanReport spoiled(CohortView replacement) {
        return published.withCohorts(published.cohorts().stream()
                .map(c -> c.id().equals(replacement.id()) ? replacement : c).toList(), published.unplaced());
    }

    @Test
    void trainerOnLeaveForSixWeeks() {
        Hit hit = busiest(CohortView::trainerId, 4);
        Disruptions disruptions = new Disruptions(NOW, List.of(
                new Disruption.TrainerUnavailable(hit.id(), hit.period().from(), hit.period().to())));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertKeepsEveryRule(result);
        Map<String, CohortView> after = result.plan().cohorts().stream()
                .collect(Collectors.toMap(CohortView::id, Function.identity()));
        for (CohortView cohort : hit.cohorts()) {
            CohortView now = after.get(cohort.id());
            assertThat(now == null || !now.trainerId().equals(hit.id()) || !meets(now, hit.period()))
                    .as("%s re-staffed or moved out of the leave", cohort.id()).isTrue();
        }
        assertThat(result.diff().toNotify().trainerIds()).contains(hit.id());
        assertThat(reportShareOfOthersMoved(result, hit)).isLessThanOrEqualTo(0.01);
    }

    @Test
    void venueClosedForSixWeeksAndPrintTwoWeeksLate() {
        Hit hit = busiest(CohortView::venueId, 3);
        PrintBatchView batch = published.printBatches().stream()
                .filter(b -> !b.week().isBefore(frozenUntil))
                .min(Comparator.comparing(PrintBatchView::week).thenComparing(PrintBatchView::printHouseId))
                .orElseThrow();
        DateRange printDelay = new DateRange(batch.week(), batch.week().plusDays(13));
        Disruptions disruptions = new Disruptions(NOW, List.of(
                new Disruption.VenueClosed(hit.id(), hit.period().from(), hit.period().to()),
                new Disruption.PrintBatchDelayed(DisruptionEffects.printBatchId(batch), 14)));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertKeepsEveryRule(result);
        assertThat(result.plan().cohorts()).noneMatch(c -> c.venueId().equals(hit.id()) && meets(c, hit.period()));
        assertThat(result.diff().toNotify().venueIds()).contains(hit.id());
        assertThat(result.notApplied()).isEmpty();
        assertThat(result.plan().printBatches()).noneMatch(b -> b.printHouseId().equals(batch.printHouseId())
                && printDelay.contains(b.week()));
        assertThat(reportShareOfOthersMoved(result, hit)).isLessThanOrEqualTo(0.01);
    }

    @Test
    void lateRegistrantJoinsTheBestRecommendedCohort() {
        Teacher template = problem.teachers().stream()
                .filter(t -> published.cohorts().stream().anyMatch(c -> !frozen(c) && c.teacherIds().contains(t.id())))
                .findFirst().orElseThrow();
        Teacher late = new Teacher("T-LATE-1", template.schoolId(), template.track(), template.language(), null, null,
                List.of());
        Programme p = problem.programme();
        TrainingProblem now = problem.withProgramme(new Programme(p.id(), p.name(), p.horizonStart(), p.horizonEnd(),
                p.currency(), p.targetEnd(), NOW, p.frozenDays()));
        Recommender recommender = new Recommender();

        long start = System.nanoTime();
        TrainingPlan model = Recommender.withRegistrants(now, published, List.of(late));
        long modelled = System.nanoTime();
        List<Recommendation> recommendations = recommender.recommend(model, List.of(late.id()), 3);
        long done = System.nanoTime();
        recommender.recommend(model, List.of(late.id()), 3);
        System.out.printf("late registrant on the reference instance: model %d ms, recommendations %d ms (again: %d ms)%n",
                (modelled - start) / 1_000_000, (done - modelled) / 1_000_000, (System.nanoTime() - done) / 1_000_000);

        assertThat(recommendations).hasSize(3);
        Recommendation best = recommendations.get(0);
        assertThat(best.feasible()).isTrue();
        List<CohortView> joined = published.cohorts().stream().map(c -> !c.id().equals(best.cohortId()) ? c
                : c.withTeacherIds(Stream.concat(c.teacherIds().stream(), Stream.of(late.id())).sorted().toList()))
                .toList();
        List<Teacher> teachers = new ArrayList<>(problem.teachers());
        teachers.add(late);
        TrainingProblem withLate = problem.withTeachers(teachers);
        PlanReport rescored = new PlanReporter().report(PlanRestorer.restore(withLate,
                published.withCohorts(joined, published.unplaced())));
        assertThat(rescored.feasible()).as(rescored.score()).isTrue();
        Map<String, Integer> sizes = new HashMap<>();
        rescored.cohorts().forEach(c -> sizes.put(c.id(), c.teacherIds().size()));
        assertThat(sizes.get(best.cohortId())).isLessThanOrEqualTo(
                problem.courses().stream().filter(c -> c.track().equals(late.track())).findFirst().orElseThrow()
                        .maxSize());
        assertThat(recommendations.stream().map(Recommendation::cohortId)).doesNotHaveDuplicates();
        assertThat(recommendations).isSortedAccordingTo(Comparator.comparing(
                r -> HardMediumSoftLongScore.parseScore(
                        r.scoreDiff()), Comparator.reverseOrder()));
    }
}

package org.cohortplanner.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.constraints.CohortPlannerConstraints;
import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.PlanRestorer;
import org.cohortplanner.solving.PlanSolver;
import org.cohortplanner.testdata.HardRuleChecker;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Re-plans a small solved problem after disruptions and checks the new plan with plain code. */
class ReplannerTest {

    private static final LocalDate NOW = LocalDate.of(2023, 5, 22);
    private static final SolverConfig REPLAN = PlanSolver.config(Duration.ofSeconds(8), Duration.ofSeconds(3));

    private static TrainingProblem problem;
    private static PlanReport published;

    @BeforeAll
    static void solveOnce() {
        problem = TestProblems.generate(300, 2, 1);
        TrainingPlan solved = PlanSolver.solve(PlanFactory.create(problem),
                PlanSolver.config(Duration.ofSeconds(15), Duration.ofSeconds(5)), null);
        published = new PlanReporter().report(solved);
        assertThat(published.feasible()).as(published.score()).isTrue();
    }

    private static LocalDate frozenUntil() {
        return NOW.plusDays(problem.programme().frozenDays());
    }

    private static boolean frozen(CohortView cohort) {
        return cohort.days().get(0).isBefore(frozenUntil());
    }

    private static Map<String, CohortView> byId(PlanReport plan) {
        return plan.cohorts().stream().collect(Collectors.toMap(CohortView::id, Function.identity()));
    }

    private static void assertFeasibleAndFrozenKept(ReplanResult result) {
        assertThat(result.plan().feasible()).as(result.plan().score() + " " + result.plan().violations()).isTrue();
        assertThat(new HardRuleChecker(result.problem()).brokenRules(result.plan())).isEmpty();
        Map<String, CohortView> after = byId(result.plan());
        Set<String> frozenIds = new HashSet<>();
        for (CohortView cohort : published.cohorts()) {
            if (frozen(cohort)) {
                frozenIds.add(cohort.id());
                assertThat(after.get(cohort.id())).as("frozen cohort %s", cohort.id()).isEqualTo(cohort);
            }
        }
        for (CohortView cohort : result.plan().cohorts()) {
            if (!frozenIds.contains(cohort.id())) {
                assertThat(cohort.days().get(0)).as("start of %s", cohort.id()).isAfterOrEqualTo(frozenUntil());
            }
        }
    }

    @Test
    void trainerOnLeave_restaffsOrMovesTheirLaterCohortsAndMovesFewOthers() {
        // the trainer with the most cohorts after the frozen days, on leave for all of them (and none frozen)
        Map<String, List<CohortView>> upcoming = published.cohorts().stream().filter(c -> !frozen(c))
                .collect(Collectors.groupingBy(CohortView::trainerId));
        String trainerId = null;
        DateRange leave = null;
        for (var entry : upcoming.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<CohortView>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .toList()) {
            LocalDate to = entry.getValue().stream().map(c -> c.days().get(c.days().size() - 1))
                    .max(Comparator.naturalOrder()).orElseThrow();
            var period = new DateRange(frozenUntil(), to);
            if (published.cohorts().stream().noneMatch(c -> frozen(c) && c.trainerId().equals(entry.getKey())
                    && c.days().stream().anyMatch(period::contains))) {
                trainerId = entry.getKey();
                leave = period;
                break;
            }
        }
        assertThat(trainerId).isNotNull();
        List<CohortView> affected = upcoming.get(trainerId);
        Disruptions disruptions = new Disruptions(NOW,
                List.of(new Disruption.TrainerUnavailable(trainerId, leave.from(), leave.to())));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertFeasibleAndFrozenKept(result);
        assertThat(result.conflicts()).isEmpty();
        Map<String, CohortView> after = byId(result.plan());
        Set<String> affectedTeachers = new HashSet<>();
        for (CohortView cohort : affected) {
            affectedTeachers.addAll(cohort.teacherIds());
            CohortView now = after.get(cohort.id());
            var period = leave;
            assertThat(now == null || !now.trainerId().equals(cohort.trainerId())
                    || now.days().stream().noneMatch(period::contains))
                    .as("%s re-staffed or moved out of the leave", cohort.id()).isTrue();
        }
        long othersMoved = result.diff().teachers().stream()
                .filter(t -> t.moved() && !affectedTeachers.contains(t.teacherId())).count();
        int others = problem.teachers().size() - affectedTeachers.size();
        assertThat(othersMoved).as("teachers outside the affected cohorts who moved").isLessThan(others / 20);
        String onLeave = trainerId;
        // Another trainer takes the cohorts, or, where none is free on their dates, they move after the leave.
        assertThat(result.diff().trainers()).anySatisfy(t -> {
            assertThat(t.trainerId()).isEqualTo(onLeave);
            assertThat(t.lost().size() + t.changed().size()).isPositive();
        });
        assertThat(result.diff().toNotify().trainerIds()).contains(onLeave);
    }

    /** A started cohort of the published plan: its first block taught, its second one still to come. */
    private record Started(CohortView cohort, LocalDate now, List<LocalDate> firstBlock, List<LocalDate> secondBlock) {
    }

    /**
     * The earliest cohort whose second block another qualified trainer could teach in the published plan (free,
     * available, not teaching the day before or after), with "now" the day after its first block.
     */
    private static Started startedCohortWithAFreeSubstitute() {
        for (CohortView cohort : published.cohorts().stream()
                .sorted(Comparator.comparing((CohortView c) -> c.days().get(0)).thenComparing(CohortView::id)).toList()) {
            List<LocalDate> second = cohort.days().subList(4, 8);
            boolean substitute = problem.trainers().stream()
                    .filter(t -> !t.id().equals(cohort.trainerId()) && t.tracks().contains(cohort.track())
                            && t.languages().contains(cohort.language()))
                    .anyMatch(t -> second.stream().allMatch(t::isAvailableOn) && published.cohorts().stream()
                            .noneMatch(o -> o.trainerId().equals(t.id()) && o.days().stream().anyMatch(
                                    d -> second.contains(d) || second.contains(d.plusDays(1))
                                            || second.contains(d.minusDays(1)))));
            if (substitute && cohort.days().get(0).isAfter(problem.programme().horizonStart().plusDays(30))) {
                return new Started(cohort, cohort.days().get(3).plusDays(1), cohort.days().subList(0, 4), second);
            }
        }
        throw new AssertionError("no started cohort with a free substitute");
    }

    /** Every day before "now" has the same cohort, trainer and venue in both plans: history does not change. */
    private static void assertHistoryKept(ReplanResult result, LocalDate now) {
        Map<String, CohortView> after = byId(result.plan());
        for (CohortView before : published.cohorts()) {
            for (LocalDate day : before.days()) {
                if (day.isBefore(now)) {
                    CohortView then = after.get(before.id());
                    assertThat(then).as("cohort %s, taught on %s", before.id(), day).isNotNull();
                    assertThat(then.days()).as("%s keeps %s", before.id(), day).contains(day);
                    assertThat(then.trainerOn(day)).as("trainer of %s on %s", before.id(), day)
                            .isEqualTo(before.trainerOn(day));
                    assertThat(then.venueOn(day)).as("venue of %s on %s", before.id(), day)
                            .isEqualTo(before.venueOn(day));
                    assertThat(then.teacherIds()).as("teachers of %s", before.id()).isEqualTo(before.teacherIds());
                }
            }
        }
    }

    @Test
    void trainerOutForTheRemainingBlockOfAStartedCohort_aSubstituteTeachesIt() {
        Started started = startedCohortWithAFreeSubstitute();
        CohortView cohort = started.cohort();
        Disruptions disruptions = new Disruptions(started.now(), List.of(new Disruption.TrainerUnavailable(
                cohort.trainerId(), started.secondBlock().get(0), started.secondBlock().get(3))));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.plan().feasible()).as(result.plan().score() + " " + result.plan().violations()).isTrue();
        assertThat(new HardRuleChecker(result.problem()).brokenRules(result.plan())).isEmpty();
        assertHistoryKept(result, started.now());
        CohortView after = byId(result.plan()).get(cohort.id());
        assertThat(after.days()).isEqualTo(cohort.days());
        assertThat(after.teacherIds()).isEqualTo(cohort.teacherIds());
        started.firstBlock().forEach(d -> assertThat(after.trainerOn(d)).isEqualTo(cohort.trainerId()));
        String substitute = after.trainerOn(started.secondBlock().get(0));
        assertThat(substitute).isNotEqualTo(cohort.trainerId());
        started.secondBlock().forEach(d -> {
            assertThat(after.trainerOn(d)).isEqualTo(substitute);
            assertThat(after.venueOn(d)).isEqualTo(cohort.venueId());
        });
        assertThat(after.trainerId()).isEqualTo(substitute);
        assertThat(after.blocks()).hasSize(2);
        assertThat(result.diff().toNotify().trainerIds()).contains(cohort.trainerId(), substitute);
        PlanReport reread = new PlanReporter().report(PlanRestorer.restore(result.problem(), result.plan()));
        assertThat(reread.feasible()).as(reread.score()).isTrue(); // the re-plan's score adds its change penalties
        assertThat(byId(reread).get(cohort.id())).isEqualTo(after);
    }

    @Test
    void noTrainerFreeForTheRemainingBlock_itMovesWithinTheCourseGapsAndTheFirstBlockStays() {
        Started started = startedCohortWithAFreeSubstitute();
        CohortView cohort = started.cohort();
        List<Disruption> leave = problem.trainers().stream()
                .filter(t -> t.tracks().contains(cohort.track()) && t.languages().contains(cohort.language()))
                .map(t -> (Disruption) new Disruption.TrainerUnavailable(t.id(), started.secondBlock().get(0),
                        started.secondBlock().get(3)))
                .toList();

        ReplanResult result = Replanner.replan(problem, published, new Disruptions(started.now(), leave), REPLAN);

        assertThat(result.conflicts()).extracting(Conflict::cohortId).doesNotContain(cohort.id());
        assertHistoryKept(result, started.now());
        CohortView after = byId(result.plan()).get(cohort.id());
        assertThat(after.days().subList(0, 4)).isEqualTo(started.firstBlock());
        assertThat(after.days().subList(4, 8)).doesNotContainAnyElementsOf(started.secondBlock());
        assertThat(after.teacherIds()).isEqualTo(cohort.teacherIds());
        assertThat(new HardRuleChecker(result.problem()).brokenRules(result.plan()))
                .noneMatch(line -> line.startsWith(cohort.id()));
    }

    @Test
    void districtClosedForTheRestOfTheProgramme_aStartedCohortThereIsAConflictNamingTheClosure() {
        Started started = startedCohortWithAFreeSubstitute();
        CohortView cohort = started.cohort();
        Disruptions disruptions = new Disruptions(started.now(), List.of(new Disruption.DistrictClosed(
                cohort.districtId(), started.secondBlock().get(0), problem.programme().horizonEnd())));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertThat(result.conflicts()).anySatisfy(c -> {
            assertThat(c.cohortId()).isEqualTo(cohort.id());
            assertThat(c.reason()).contains("district " + cohort.districtId() + " is closed on "
                    + started.secondBlock().get(0));
            assertThat(c.cause()).isEqualTo("the disruption \"district " + cohort.districtId() + " closed "
                    + started.secondBlock().get(0) + ".." + problem.programme().horizonEnd() + "\"");
        });
        assertThat(byId(result.plan()).get(cohort.id())).isEqualTo(cohort);
        assertHistoryKept(result, started.now());
    }

    @Test
    void aBreakThePublishedPlanAlreadyHad_isListedApartAndRepaired() {
        Started started = startedCohortWithAFreeSubstitute();
        CohortView cohort = started.cohort();
        // the published plan was made when the trainer's leave was not known: the problem itself has it now
        TrainingProblem known = problem.withTrainers(problem.trainers().stream().map(t -> !t.id().equals(cohort.trainerId())
                ? t : new Trainer(t.id(), t.name(), t.homeDistrictId(), t.languages(), t.tracks(), t.readyFrom(),
                        Stream.concat(t.unavailable().stream(), Stream.of(new DateRange(started.secondBlock().get(0),
                                started.secondBlock().get(3)))).toList(), t.maxDays(), t.dailyFee()))
                .toList());

        ReplanResult result = Replanner.replan(known, published, new Disruptions(started.now(), List.of()), REPLAN);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.alreadyBroken()).anyMatch(line -> line.contains(cohort.id()));
        assertThat(result.plan().feasible()).as(result.plan().score()).isTrue();
        assertThat(byId(result.plan()).get(cohort.id()).trainerOn(started.secondBlock().get(0)))
                .isNotEqualTo(cohort.trainerId());
    }

    @Test
    void withoutBreaks_nothingIsListedAsAlreadyBroken() {
        ReplanResult result = Replanner.replan(problem, published, new Disruptions(NOW, List.of()), REPLAN);

        assertThat(result.alreadyBroken()).isEmpty();
    }

    @Test
    void cancelledCohortWithdrawnAndAddedTeachers() {
        CohortView cancelled = published.cohorts().stream().filter(c -> !frozen(c))
                .max(Comparator.comparing(c -> c.days().get(0))).orElseThrow();
        CohortView other = published.cohorts().stream().filter(c -> !frozen(c) && !c.id().equals(cancelled.id()))
                .findFirst().orElseThrow();
        String withdrawn = other.teacherIds().get(0);
        Teacher template = problem.teachers().stream().filter(t -> t.id().equals(other.teacherIds().get(1)))
                .findFirst().orElseThrow();
        Teacher late = new Teacher("T-LATE-1", template.schoolId(), template.track(), template.language(), null, null,
                List.of());
        Disruptions disruptions = new Disruptions(NOW, List.of(new Disruption.CohortCancelled(cancelled.id()),
                new Disruption.TeachersWithdrawn(List.of(withdrawn)), new Disruption.TeachersAdded(List.of(late))));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertFeasibleAndFrozenKept(result);
        Map<String, CohortView> after = byId(result.plan());
        assertThat(after).doesNotContainKey(cancelled.id());
        Set<String> placed = new HashSet<>();
        result.plan().cohorts().forEach(c -> placed.addAll(c.teacherIds()));
        assertThat(placed).doesNotContain(withdrawn).contains("T-LATE-1");
        assertThat(result.plan().unplaced()).extracting(u -> u.teacherId()).doesNotContain(withdrawn);
        assertThat(result.diff().cohorts()).anySatisfy(c -> {
            assertThat(c.cohortId()).isEqualTo(cancelled.id());
            assertThat(c.after()).isNull();
        });
        assertThat(result.diff().teachers()).anySatisfy(t -> {
            assertThat(t.teacherId()).isEqualTo(withdrawn);
            assertThat(t.text()).contains("withdrawn");
        });
        assertThat(result.diff().toNotify().teacherIds()).containsAll(cancelled.teacherIds());
    }

    @Test
    void districtClosed_cohortsThereMoveOutOfTheClosure() {
        CohortView hit = published.cohorts().stream().filter(c -> !frozen(c))
                .filter(c -> published.cohorts().stream().noneMatch(f -> frozen(f)
                        && f.districtId().equals(c.districtId())
                        && !f.days().get(f.days().size() - 1).isBefore(c.days().get(0))))
                .min(Comparator.comparing((CohortView c) -> c.days().get(0)).thenComparing(CohortView::id))
                .orElseThrow();
        var closure = new DateRange(hit.days().get(0), hit.days().get(hit.days().size() - 1));
        Disruptions disruptions = new Disruptions(NOW,
                List.of(new Disruption.DistrictClosed(hit.districtId(), closure.from(), closure.to())));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertFeasibleAndFrozenKept(result);
        assertThat(result.plan().cohorts()).noneMatch(c -> !frozen(c) && c.districtId().equals(hit.districtId())
                && c.days().stream().anyMatch(closure::contains));
        assertThat(result.diff().cohorts()).extracting(PlanDiff.CohortChange::cohortId).contains(hit.id());
    }

    @Test
    void withoutDisruptions_nothingMoves() {
        ReplanResult result = Replanner.replan(problem, published, new Disruptions(NOW, List.of()), REPLAN);

        assertFeasibleAndFrozenKept(result);
        assertThat(result.diff().teachersMoved()).isZero();
        assertThat(result.diff().cohorts()).isEmpty();
    }

    @Test
    void deliveryDelaysAreReportedAsNotApplied() {
        ReplanResult result = Replanner.replan(problem, published,
                new Disruptions(NOW, List.of(new Disruption.PrintBatchDelayed("PB-1", 14))), REPLAN);

        assertThat(result.notApplied()).hasSize(1).allMatch(s -> s.startsWith("PRINT_BATCH_DELAYED"));
        assertThat(new ArrayList<>(result.diff().lines())).isEmpty();
    }

    @Test
    void lateRegistrant_getsRankedCohorts_andJoiningTheBestKeepsThePlanFeasible() {
        Teacher template = problem.teachers().get(0);
        Teacher late = new Teacher("T-LATE-9", template.schoolId(), template.track(), template.language(), null, null,
                List.of());
        TrainingProblem withNow = problem.withProgramme(new Programme(
                problem.programme().id(), problem.programme().name(), problem.programme().horizonStart(),
                problem.programme().horizonEnd(), problem.programme().currency(), null, NOW,
                problem.programme().frozenDays()));
        TrainingPlan model = Recommender.withRegistrants(withNow, published, List.of(late));

        List<Recommendation> recommendations = new Recommender().recommend(model, List.of("T-LATE-9"), 3);

        assertThat(recommendations).hasSize(3);
        assertThat(recommendations).allSatisfy(r -> assertThat(r.teacherIds()).containsExactly("T-LATE-9"));
        var scores = recommendations.stream()
                .map(r -> ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore
                        .parseScore(r.scoreDiff()))
                .toList();
        assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
        Recommendation best = recommendations.get(0);
        assertThat(best.feasible()).isTrue();
        assertThat(best.firstDay()).isAfterOrEqualTo(frozenUntil());

        List<CohortView> joined = published.cohorts().stream().map(c -> !c.id().equals(best.cohortId()) ? c
                : c.withTeacherIds(Stream.concat(c.teacherIds().stream(),
                        Stream.of("T-LATE-9")).sorted().toList())).toList();
        List<Teacher> teachers = new ArrayList<>(problem.teachers());
        teachers.add(late);
        PlanReport after = published.withCohorts(joined, published.unplaced());
        assertThat(new HardRuleChecker(problem.withTeachers(teachers)).brokenRules(after)).isEmpty();
    }

    @Test
    void minimalChangeRules_matchNothingInAFreshPlan_andThePolicyCanReweighThem() {
        assertThat(published.violations()).extracting(v -> v.constraint())
                .doesNotContainAnyElementsOf(CohortPlannerConstraints.MINIMAL_CHANGE_WEIGHTS
                        .keySet());

        TrainingProblem cheapMoves = problem.withPolicy(TestProblems.policyWithWeights(
                Map.of(ConstraintNames.TEACHER_MOVED, "7soft")));
        var overridden = Replanner.prepare(cheapMoves, published, new Disruptions(NOW, List.of()))
                .getConstraintWeightOverrides();
        assertThat(overridden.getConstraintWeight(ConstraintNames.TEACHER_MOVED))
                .hasToString("0hard/0medium/7soft");
    }
}

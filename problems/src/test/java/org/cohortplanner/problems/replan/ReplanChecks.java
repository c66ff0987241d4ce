package org.cohortplanner.problems.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.replan.PlanDiff;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;

/** Checks of a re-plan in plain code that walks the published and the new plan, shared by the re-plan tests. */
final class ReplanChecks {

    private ReplanChecks() {
    }

    static boolean frozen(CohortView cohort, LocalDate frozenUntil) {
        return cohort.days().get(0).isBefore(frozenUntil);
    }

    /**
     * The rules of a re-plan that moves nothing frozen, checked by walking the published and the new plan with plain
     * code: frozen cohorts unchanged; every cohort that was not frozen before the re-plan (or is new) starts after
     * the frozen days; on each day, each trainer and venue (of that day's block) in one cohort at most and
     * available; each teacher in one cohort at most. One line per broken rule.
     */
    static List<String> brokenReplanRules(PlanReport published, PlanReport plan, TrainingProblem changed,
            LocalDate frozenUntil) {
        List<String> broken = new ArrayList<>();
        Map<String, CohortView> before = published.cohorts().stream()
                .collect(Collectors.toMap(CohortView::id, Function.identity()));
        Map<String, CohortView> after = plan.cohorts().stream()
                .collect(Collectors.toMap(CohortView::id, Function.identity()));
        for (CohortView cohort : published.cohorts()) {
            if (frozen(cohort, frozenUntil) && !cohort.equals(after.get(cohort.id()))) {
                broken.add("frozen cohort " + cohort.id() + " changed");
            }
        }
        Set<String> trainerDays = new HashSet<>();
        Set<String> venueDays = new HashSet<>();
        Set<String> placed = new HashSet<>();
        var trainers = changed.trainers().stream().collect(Collectors.toMap(t -> t.id(), t -> t));
        var venues = changed.venues().stream().collect(Collectors.toMap(v -> v.id(), v -> v));
        for (CohortView cohort : plan.cohorts()) {
            CohortView then = before.get(cohort.id());
            if ((then == null || !frozen(then, frozenUntil)) && cohort.days().get(0).isBefore(frozenUntil)) {
                broken.add(cohort.id() + " starts " + cohort.days().get(0) + ", in the frozen days before " + frozenUntil);
            }
            for (LocalDate day : cohort.days()) {
                String trainer = cohort.trainerOn(day);
                String venue = cohort.venueOn(day);
                if (!trainerDays.add(trainer + day)) {
                    broken.add("trainer " + trainer + " twice on " + day);
                }
                if (!venueDays.add(venue + day)) {
                    broken.add("venue " + venue + " twice on " + day);
                }
                if (!trainers.get(trainer).isAvailableOn(day)) {
                    broken.add(cohort.id() + ": trainer " + trainer + " unavailable on " + day);
                }
                if (!venues.get(venue).isAvailableOn(day)) {
                    broken.add(cohort.id() + ": venue " + venue + " closed on " + day);
                }
            }
            cohort.teacherIds().stream().filter(t -> !placed.add(t)).forEach(t -> broken.add("teacher " + t + " twice"));
        }
        return broken;
    }

    /**
     * Teachers outside the hit cohorts whose cohort, dates or venue changed, as a share of those who could move
     * (placed in the published plan in a cohort that was not frozen, outside the hit cohorts); printed for the README.
     */
    static double shareOfOthersMoved(PlanReport published, PlanReport plan, Set<String> hitCohortIds,
            LocalDate frozenUntil) {
        PlanDiff diff = PlanDiff.between(published, plan);
        Set<String> couldMove = published.cohorts().stream()
                .filter(c -> !frozen(c, frozenUntil) && !hitCohortIds.contains(c.id()))
                .flatMap(c -> c.teacherIds().stream()).collect(Collectors.toSet());
        long moved = diff.teachers().stream()
                .filter(t -> t.moved() && couldMove.contains(t.teacherId())).count();
        return couldMove.isEmpty() ? 0 : (double) moved / couldMove.size();
    }


    /**
     * Every day before {@code now} keeps its cohort, trainer, venue and teachers: history does not change. One line
     * per day that changed.
     */
    static List<String> changedHistory(PlanReport published, PlanReport plan, LocalDate now) {
        Map<String, CohortView> after = plan.cohorts().stream()
                .collect(Collectors.toMap(CohortView::id, Function.identity()));
        List<String> changed = new ArrayList<>();
        for (CohortView before : published.cohorts()) {
            for (LocalDate day : before.days()) {
                if (!day.isBefore(now)) {
                    continue;
                }
                CohortView then = after.get(before.id());
                if (then == null || !then.days().contains(day) || !then.trainerOn(day).equals(before.trainerOn(day))
                        || !then.venueOn(day).equals(before.venueOn(day))
                        || !then.teacherIds().equals(before.teacherIds())) {
                    changed.add(before.id() + " on " + day);
                }
            }
        }
        return changed;
    }
}

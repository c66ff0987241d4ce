package org.cohortplanner.benchmarks.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.solving.PlanSolver;

/**
 * The true optimum of a tiny problem, found by scoring every plan: every assignment of delegations to cohort slots
 * with sizes in range, and every trainer, venue and dates of each cohort that runs. The lower-bound tests check
 * their bounds against it.
 */
final class EnumeratedOptimum {

    private static final SolutionManager<TrainingPlan, HardMediumSoftLongScore> SCORING = SolutionManager.create(
            SolverFactory.create(PlanSolver.config(java.time.Duration.ofSeconds(1), null)));

    private EnumeratedOptimum() {
    }

    /** The least soft penalty of a plan that breaks no hard rule and places every teacher. */
    static long of(TrainingProblem problem) {
        TrainingPlan plan = PlanFactory.create(problem);
        long[] best = {Long.MAX_VALUE};
        assignDelegations(plan, 0, best);
        assertThat(best[0]).as("some plan is feasible and places everyone").isLessThan(Long.MAX_VALUE);
        return best[0];
    }

    private static void assignDelegations(TrainingPlan plan, int index, long[] best) {
        if (index == plan.getDelegations().size()) {
            List<Cohort> used = plan.getCohorts().stream().filter(Cohort::isUsed).toList();
            boolean sizesInRange = used.stream().allMatch(
                    c -> c.size() >= c.getCourse().minSize() && c.size() <= c.getCourse().maxSize());
            if (sizesInRange) {
                assignCohorts(plan, used, 0, best);
            }
            return;
        }
        Delegation delegation = plan.getDelegations().get(index);
        for (Cohort cohort : delegation.getReachableCohorts()) {
            delegation.setCohort(cohort);
            cohort.getDelegations().add(delegation);
            assignDelegations(plan, index + 1, best);
            cohort.getDelegations().remove(delegation);
            delegation.setCohort(null);
        }
    }

    private static void assignCohorts(TrainingPlan plan, List<Cohort> used, int index, long[] best) {
        if (index == used.size()) {
            HardMediumSoftLongScore score = SCORING.update(plan);
            if (score.hardScore() == 0 && score.mediumScore() == 0) {
                best[0] = Math.min(best[0], -score.softScore());
            }
            return;
        }
        Cohort cohort = used.get(index);
        for (Trainer trainer : cohort.getQualifiedTrainers()) {
            for (Venue venue : cohort.getDistrictVenues()) {
                for (Schedule schedule : cohort.getSchedules()) {
                    if (clashes(used, index, trainer, venue, schedule)) {
                        continue; // a trainer or venue on two cohorts a day breaks a hard rule: no candidate
                    }
                    cohort.setTrainer(trainer);
                    cohort.setVenue(venue);
                    cohort.setSchedule(schedule);
                    assignCohorts(plan, used, index + 1, best);
                }
            }
        }
        cohort.setTrainer(null);
        cohort.setVenue(null);
        cohort.setSchedule(null);
    }

    private static boolean clashes(List<Cohort> used, int index, Trainer trainer, Venue venue, Schedule schedule) {
        for (int i = 0; i < index; i++) {
            Cohort other = used.get(i);
            if ((other.getTrainer() == trainer || other.getVenue() == venue)
                    && other.getSchedule().days().intersects(schedule.days())) {
                return true;
            }
        }
        return false;
    }
}

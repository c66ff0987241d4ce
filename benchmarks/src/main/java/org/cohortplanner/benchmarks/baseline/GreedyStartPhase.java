package org.cohortplanner.benchmarks.baseline;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * A custom phase that replaces the working plan's assignments by the {@link GreedyPlanner}'s plan, so that
 * local search starts from a feasible plan. Cohorts the greedy plan leaves empty keep their values: they
 * cost nothing and let one move open them. The greedy plan is made on a model of its own and copied over by
 * ids, which {@code PlanFactory} makes the same for the same problem.
 */
public class GreedyStartPhase implements PhaseCommand<TrainingPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<TrainingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        TrainingPlan working = scoreDirector.getWorkingSolution();
        TrainingPlan greedy = GreedyPlanner.plan(working.getProblem());
        Map<String, Cohort> cohorts = working.getCohorts().stream()
                .collect(Collectors.toMap(Cohort::getId, Function.identity()));
        Map<String, Delegation> delegations = working.getDelegations().stream()
                .collect(Collectors.toMap(Delegation::getId, Function.identity()));
        for (Delegation planned : greedy.getDelegations()) {
            Delegation delegation = delegations.get(planned.getId());
            if (delegation.isPinned()) {
                continue;
            }
            Cohort target = planned.getCohort() == null ? null : cohorts.get(planned.getCohort().getId());
            if (delegation.getCohort() != target) {
                scoreDirector.beforeVariableChanged(delegation, "cohort");
                delegation.setCohort(target);
                scoreDirector.afterVariableChanged(delegation, "cohort");
            }
        }
        for (Cohort planned : greedy.getCohorts()) {
            Cohort cohort = cohorts.get(planned.getId());
            if (!planned.isUsed() || cohort.isPinned()) {
                continue;
            }
            scoreDirector.beforeVariableChanged(cohort, "trainer");
            cohort.setTrainer(cohort.getQualifiedTrainers().stream()
                    .filter(t -> t.id().equals(planned.getTrainer().id())).findFirst().orElseThrow());
            scoreDirector.afterVariableChanged(cohort, "trainer");
            scoreDirector.beforeVariableChanged(cohort, "venue");
            cohort.setVenue(cohort.getDistrictVenues().stream()
                    .filter(v -> v.id().equals(planned.getVenue().id())).findFirst().orElseThrow());
            scoreDirector.afterVariableChanged(cohort, "venue");
            scoreDirector.beforeVariableChanged(cohort, "schedule");
            cohort.setSchedule(cohort.getSchedules().stream()
                    .filter(s -> s.id().equals(planned.getSchedule().id())).findFirst().orElseThrow());
            scoreDirector.afterVariableChanged(cohort, "schedule");
            if (planned.getDelivery() != null) {
                scoreDirector.beforeVariableChanged(cohort, "delivery");
                cohort.setDelivery(cohort.getDeliveryOptions().stream()
                        .filter(d -> d.id().equals(planned.getDelivery().id())).findFirst().orElseThrow());
                scoreDirector.afterVariableChanged(cohort, "delivery");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}

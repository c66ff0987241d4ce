package org.cohortplanner.plan;

import ai.timefold.solver.core.api.domain.variable.VariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

/**
 * Keeps each delegation's copy of its cohort's schedule: when the delegation changes cohort, and when its
 * cohort's dates change. A change of trainer or venue then leaves the delegations alone.
 */
public class CohortScheduleListener implements VariableListener<TrainingPlan, Object> {

    @Override
    public void beforeEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
        update(scoreDirector, entity);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }

    @Override
    public void afterVariableChanged(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
        update(scoreDirector, entity);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
    }

    private static void update(ScoreDirector<TrainingPlan> scoreDirector, Object entity) {
        if (entity instanceof Delegation delegation) {
            refresh(scoreDirector, delegation);
        } else if (entity instanceof Cohort cohort) {
            for (Delegation delegation : cohort.getDelegations()) {
                // The member list may not be up to date yet within a move: a delegation that left is refreshed
                // by its own event, one that joined by its own.
                if (delegation.getCohort() == cohort) {
                    refresh(scoreDirector, delegation);
                }
            }
        }
    }

    private static void refresh(ScoreDirector<TrainingPlan> scoreDirector, Delegation delegation) {
        var schedule = delegation.getCohort() == null ? null : delegation.getCohort().getSchedule();
        if (delegation.getCohortSchedule() != schedule) {
            scoreDirector.beforeVariableChanged(delegation, "cohortSchedule");
            delegation.setCohortSchedule(schedule);
            scoreDirector.afterVariableChanged(delegation, "cohortSchedule");
        }
    }
}

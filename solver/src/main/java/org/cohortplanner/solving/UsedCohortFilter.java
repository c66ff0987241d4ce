package org.cohortplanner.solving;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.TrainingPlan;

/** Changing an empty cohort's trainer, venue or dates changes nothing: local search skips those moves. */
public class UsedCohortFilter implements SelectionFilter<TrainingPlan, Cohort> {

    @Override
    public boolean accept(ScoreDirector<TrainingPlan> scoreDirector, Cohort cohort) {
        return cohort.isUsed();
    }
}

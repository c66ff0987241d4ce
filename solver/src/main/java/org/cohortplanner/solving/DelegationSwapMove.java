package org.cohortplanner.solving;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/** Two delegations trade cohorts; {@link DelegationSwapMoveFactory} only pairs those that reach each other's. */
public final class DelegationSwapMove extends AbstractMove<TrainingPlan> {

    private final Delegation left;
    private final Delegation right;

    public DelegationSwapMove(Delegation left, Delegation right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TrainingPlan> scoreDirector) {
        return left != right && left.getCohort() != right.getCohort();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TrainingPlan> scoreDirector) {
        Cohort leftCohort = left.getCohort();
        Cohort rightCohort = right.getCohort();
        scoreDirector.beforeVariableChanged(left, "cohort");
        left.setCohort(rightCohort);
        scoreDirector.afterVariableChanged(left, "cohort");
        scoreDirector.beforeVariableChanged(right, "cohort");
        right.setCohort(leftCohort);
        scoreDirector.afterVariableChanged(right, "cohort");
    }

    @Override
    public DelegationSwapMove rebase(ScoreDirector<TrainingPlan> destination) {
        return new DelegationSwapMove(destination.lookUpWorkingObject(left), destination.lookUpWorkingObject(right));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Arrays.asList(left.getCohort(), right.getCohort());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "DelegationSwapMove(Delegation.cohort)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DelegationSwapMove other && left == other.left && right == other.right;
    }

    @Override
    public int hashCode() {
        return Objects.hash(left, right);
    }

    @Override
    public String toString() {
        return left + " {" + left.getCohort() + "} <-> " + right + " {" + right.getCohort() + "}";
    }
}

package org.cohortplanner.solving;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;

/** Two running cohorts trade trainers; {@link TrainerSwapMoveFactory} only pairs those each trainer may teach. */
public final class TrainerSwapMove extends AbstractMove<TrainingPlan> {

    private final Cohort left;
    private final Cohort right;

    public TrainerSwapMove(Cohort left, Cohort right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TrainingPlan> scoreDirector) {
        return left != right && left.getTrainer() != right.getTrainer();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TrainingPlan> scoreDirector) {
        Trainer leftTrainer = left.getTrainer();
        Trainer rightTrainer = right.getTrainer();
        scoreDirector.beforeVariableChanged(left, "trainer");
        left.setTrainer(rightTrainer);
        scoreDirector.afterVariableChanged(left, "trainer");
        scoreDirector.beforeVariableChanged(right, "trainer");
        right.setTrainer(leftTrainer);
        scoreDirector.afterVariableChanged(right, "trainer");
    }

    @Override
    public TrainerSwapMove rebase(ScoreDirector<TrainingPlan> destination) {
        return new TrainerSwapMove(destination.lookUpWorkingObject(left), destination.lookUpWorkingObject(right));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Arrays.asList(left.getTrainer(), right.getTrainer());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "TrainerSwapMove(Cohort.trainer)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainerSwapMove other && left == other.left && right == other.right;
    }

    @Override
    public int hashCode() {
        return Objects.hash(left, right);
    }

    @Override
    public String toString() {
        return left + " {" + left.getTrainer() + "} <-> " + right + " {" + right.getTrainer() + "}";
    }
}

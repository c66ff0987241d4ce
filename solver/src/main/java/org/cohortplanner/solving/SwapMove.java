package org.cohortplanner.solving;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;

/** Two entities trade the values of one genuine variable; {@link PairSwapMoveFactory} draws only allowed pairs. */
public final class SwapMove<E, V> extends AbstractMove<TrainingPlan> {

    /** A genuine planning variable that two entities can trade. */
    public record Variable<E, V>(String entity, String name, Function<E, V> getter, BiConsumer<E, V> setter) {
    }

    /** Two delegations trade cohorts. */
    public static final Variable<Delegation, Cohort> DELEGATION_COHORT =
            new Variable<>("Delegation", "cohort", Delegation::getCohort, Delegation::setCohort);
    /** Two cohorts trade trainers. */
    public static final Variable<Cohort, Trainer> COHORT_TRAINER =
            new Variable<>("Cohort", "trainer", Cohort::getTrainer, Cohort::setTrainer);

    private final Variable<E, V> variable;
    private final E left;
    private final E right;

    public SwapMove(Variable<E, V> variable, E left, E right) {
        this.variable = variable;
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TrainingPlan> scoreDirector) {
        return left != right && value(left) != value(right);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TrainingPlan> scoreDirector) {
        V leftValue = value(left);
        V rightValue = value(right);
        set(scoreDirector, left, rightValue);
        set(scoreDirector, right, leftValue);
    }

    private void set(ScoreDirector<TrainingPlan> scoreDirector, E entity, V value) {
        scoreDirector.beforeVariableChanged(entity, variable.name());
        variable.setter().accept(entity, value);
        scoreDirector.afterVariableChanged(entity, variable.name());
    }

    private V value(E entity) {
        return variable.getter().apply(entity);
    }

    @Override
    public SwapMove<E, V> rebase(ScoreDirector<TrainingPlan> destination) {
        return new SwapMove<>(variable, destination.lookUpWorkingObject(left), destination.lookUpWorkingObject(right));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Arrays.asList(value(left), value(right));
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SwapMove(" + variable.entity() + "." + variable.name() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SwapMove<?, ?> other && variable == other.variable && left == other.left
                && right == other.right;
    }

    @Override
    public int hashCode() {
        return Objects.hash(variable.name(), left, right);
    }

    @Override
    public String toString() {
        return left + " {" + value(left) + "} <-> " + right + " {" + value(right) + "}";
    }
}

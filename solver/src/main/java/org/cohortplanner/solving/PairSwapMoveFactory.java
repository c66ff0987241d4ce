package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.cohortplanner.plan.TrainingPlan;

/**
 * Swaps of one variable between two movable entities, the second drawn among the partners the first may trade
 * with, so that no pair has to be drawn and thrown away: Timefold's swap selectors over value ranges that differ
 * per entity spent about a quarter of local search filtering partners.
 */
abstract class PairSwapMoveFactory<E, V> implements MoveIteratorFactory<TrainingPlan, SwapMove<E, V>> {

    private final SwapMove.Variable<E, V> variable;
    /** Draws before giving up on a move; a move that is not doable is then returned, and Timefold skips it. */
    private final int attempts;

    protected List<E> movable = List.of();

    PairSwapMoveFactory(SwapMove.Variable<E, V> variable, int attempts) {
        this.variable = variable;
        this.attempts = attempts;
    }

    /** Whether the two entities may trade values, each value lying in the other's value range. */
    abstract boolean swappable(E entity, E other);

    /** A random candidate to trade with {@code first}, checked with {@link #swappable} after; null when none. */
    abstract E partner(E first, Random random);

    @Override
    public void phaseEnded(ScoreDirector<TrainingPlan> scoreDirector) {
        movable = List.of();
    }

    @Override
    public long getSize(ScoreDirector<TrainingPlan> scoreDirector) {
        return (long) movable.size() * movable.size();
    }

    @Override
    public Iterator<SwapMove<E, V>> createOriginalMoveIterator(ScoreDirector<TrainingPlan> scoreDirector) {
        List<SwapMove<E, V>> moves = new ArrayList<>();
        for (int i = 0; i < movable.size(); i++) {
            for (int j = i + 1; j < movable.size(); j++) {
                if (swappable(movable.get(i), movable.get(j))) {
                    moves.add(new SwapMove<>(variable, movable.get(i), movable.get(j)));
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<SwapMove<E, V>> createRandomMoveIterator(ScoreDirector<TrainingPlan> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public SwapMove<E, V> next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                for (int attempt = 0; attempt < attempts; attempt++) {
                    E first = movable.get(random.nextInt(movable.size()));
                    E second = partner(first, random);
                    if (second != null && swappable(first, second)) {
                        return new SwapMove<>(variable, first, second);
                    }
                }
                // Nothing found: a move of one entity with itself, which Timefold skips as not doable.
                return new SwapMove<>(variable, movable.get(0), movable.get(0));
            }
        };
    }
}

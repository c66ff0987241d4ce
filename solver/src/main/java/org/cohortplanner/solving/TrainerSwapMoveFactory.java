package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;

/**
 * Swaps of the trainers of two running cohorts, each trainer qualified for the other cohort (in its value range).
 * The second cohort is drawn among those whose range holds the first one's trainer, so no pair has to be drawn and
 * thrown away: Timefold's swap selector over value ranges that differ per cohort spent about a quarter of local
 * search filtering partners.
 */
public class TrainerSwapMoveFactory implements MoveIteratorFactory<TrainingPlan, TrainerSwapMove> {

    /** Draws before giving up on a move; a move that is not doable is then returned, and Timefold skips it. */
    private static final int ATTEMPTS = 50;

    private List<Cohort> movable = List.of();
    private Map<Trainer, Integer> trainerIndex = Map.of();
    private Map<Cohort, BitSet> qualified = Map.of();
    private List<List<Cohort>> acceptingByTrainer = List.of();

    @Override
    public void phaseStarted(ScoreDirector<TrainingPlan> scoreDirector) {
        TrainingPlan plan = scoreDirector.getWorkingSolution();
        trainerIndex = new HashMap<>();
        acceptingByTrainer = new ArrayList<>();
        qualified = new IdentityHashMap<>();
        movable = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isPinned() || cohort.getQualifiedTrainers().isEmpty()) {
                continue;
            }
            movable.add(cohort);
            BitSet trainers = new BitSet();
            for (Trainer trainer : cohort.getQualifiedTrainers()) {
                int index = trainerIndex.computeIfAbsent(trainer, t -> {
                    acceptingByTrainer.add(new ArrayList<>());
                    return acceptingByTrainer.size() - 1;
                });
                trainers.set(index);
                acceptingByTrainer.get(index).add(cohort);
            }
            qualified.put(cohort, trainers);
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<TrainingPlan> scoreDirector) {
        movable = List.of();
        trainerIndex = Map.of();
        qualified = Map.of();
        acceptingByTrainer = List.of();
    }

    @Override
    public long getSize(ScoreDirector<TrainingPlan> scoreDirector) {
        return (long) movable.size() * movable.size();
    }

    /** Whether two running cohorts may trade trainers: each trainer lies in the other cohort's value range. */
    boolean swappable(Cohort cohort, Cohort other) {
        return cohort != other && cohort.isUsed() && other.isUsed() && cohort.getTrainer() != other.getTrainer()
                && accepts(cohort, other.getTrainer()) && accepts(other, cohort.getTrainer());
    }

    private boolean accepts(Cohort cohort, Trainer trainer) {
        if (trainer == null) {
            return true;
        }
        Integer index = trainerIndex.get(trainer);
        return index != null && qualified.get(cohort).get(index);
    }

    @Override
    public Iterator<TrainerSwapMove> createOriginalMoveIterator(ScoreDirector<TrainingPlan> scoreDirector) {
        List<TrainerSwapMove> moves = new ArrayList<>();
        for (int i = 0; i < movable.size(); i++) {
            for (int j = i + 1; j < movable.size(); j++) {
                if (swappable(movable.get(i), movable.get(j))) {
                    moves.add(new TrainerSwapMove(movable.get(i), movable.get(j)));
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<TrainerSwapMove> createRandomMoveIterator(ScoreDirector<TrainingPlan> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public TrainerSwapMove next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    Cohort first = movable.get(random.nextInt(movable.size()));
                    if (!first.isUsed()) {
                        continue;
                    }
                    Integer trainer = first.getTrainer() == null ? null : trainerIndex.get(first.getTrainer());
                    List<Cohort> candidates = trainer == null ? movable : acceptingByTrainer.get(trainer);
                    Cohort second = candidates.get(random.nextInt(candidates.size()));
                    if (swappable(first, second)) {
                        return new TrainerSwapMove(first, second);
                    }
                }
                // Nothing found: a move of one entity with itself, which Timefold skips as not doable.
                return new TrainerSwapMove(movable.get(0), movable.get(0));
            }
        };
    }
}

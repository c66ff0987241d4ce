package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;

/**
 * Swaps of the trainers of two running cohorts, each trainer qualified for the other cohort (in its value range).
 * The second cohort is drawn among those whose range holds the first one's trainer.
 */
public class TrainerSwapMoveFactory extends PairSwapMoveFactory<Cohort, Trainer> {

    private Map<Trainer, Integer> trainerIndex = Map.of();
    private Map<Cohort, BitSet> qualified = Map.of();
    private List<List<Cohort>> acceptingByTrainer = List.of();

    public TrainerSwapMoveFactory() {
        super(SwapMove.COHORT_TRAINER, 50);
    }

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
        super.phaseEnded(scoreDirector);
        trainerIndex = Map.of();
        qualified = Map.of();
        acceptingByTrainer = List.of();
    }

    /** Whether two running cohorts may trade trainers: each trainer lies in the other cohort's value range. */
    @Override
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

    /** A random cohort whose value range holds {@code first}'s trainer; null when {@code first} does not run. */
    @Override
    Cohort partner(Cohort first, Random random) {
        if (!first.isUsed()) {
            return null;
        }
        Integer trainer = first.getTrainer() == null ? null : trainerIndex.get(first.getTrainer());
        List<Cohort> candidates = trainer == null ? movable : acceptingByTrainer.get(trainer);
        return candidates.get(random.nextInt(candidates.size()));
    }
}

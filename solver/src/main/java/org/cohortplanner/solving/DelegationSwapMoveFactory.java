package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * Swaps of two placed delegations that each reach the other's cohort. Picks the first delegation at random and
 * the second among the teams in the cohorts the first reaches (read from the cohorts' member lists), so no pair
 * has to be drawn and thrown away: Timefold's swap selector over value ranges that differ per delegation spent
 * a quarter of local search filtering partners. An unplaced delegation is placed by change moves, not swapped.
 */
public class DelegationSwapMoveFactory implements MoveIteratorFactory<TrainingPlan, DelegationSwapMove> {

    /** Draws before giving up on a move; a move that is not doable is then returned, and Timefold skips it. */
    private static final int ATTEMPTS = 20;

    private List<Delegation> movable = List.of();
    private Map<Cohort, Integer> cohortIndex = Map.of();
    private Map<Delegation, BitSet> reachable = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<TrainingPlan> scoreDirector) {
        TrainingPlan plan = scoreDirector.getWorkingSolution();
        cohortIndex = new IdentityHashMap<>();
        for (Cohort cohort : plan.getCohorts()) {
            cohortIndex.put(cohort, cohortIndex.size());
        }
        movable = new ArrayList<>();
        reachable = new IdentityHashMap<>();
        for (Delegation delegation : plan.getDelegations()) {
            BitSet cohorts = new BitSet(cohortIndex.size());
            delegation.getReachableCohorts().forEach(c -> cohorts.set(cohortIndex.get(c)));
            reachable.put(delegation, cohorts);
            if (!delegation.isPinned() && !delegation.getReachableCohorts().isEmpty()) {
                movable.add(delegation);
            }
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<TrainingPlan> scoreDirector) {
        movable = List.of();
        cohortIndex = Map.of();
        reachable = Map.of();
    }

    @Override
    public long getSize(ScoreDirector<TrainingPlan> scoreDirector) {
        return (long) movable.size() * movable.size();
    }

    /** Whether {@code delegation} may take the place of {@code other} and the other way round. */
    boolean swappable(Delegation delegation, Delegation other) {
        if (delegation == other || other.isPinned() || delegation.getCohort() == other.getCohort()) {
            return false;
        }
        return reaches(delegation, other.getCohort()) && reaches(other, delegation.getCohort());
    }

    private boolean reaches(Delegation delegation, Cohort cohort) {
        return cohort == null || reachable.get(delegation).get(cohortIndex.get(cohort));
    }

    @Override
    public Iterator<DelegationSwapMove> createOriginalMoveIterator(ScoreDirector<TrainingPlan> scoreDirector) {
        List<DelegationSwapMove> moves = new ArrayList<>();
        for (int i = 0; i < movable.size(); i++) {
            for (int j = i + 1; j < movable.size(); j++) {
                if (movable.get(i).getCohort() != null && movable.get(j).getCohort() != null
                        && swappable(movable.get(i), movable.get(j))) {
                    moves.add(new DelegationSwapMove(movable.get(i), movable.get(j)));
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<DelegationSwapMove> createRandomMoveIterator(ScoreDirector<TrainingPlan> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public DelegationSwapMove next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    Delegation first = movable.get(random.nextInt(movable.size()));
                    Delegation second = partner(first, random);
                    if (second == null) {
                        continue;
                    }
                    if (swappable(first, second)) {
                        return new DelegationSwapMove(first, second);
                    }
                }
                // Nothing found: a move of one entity with itself, which Timefold skips as not doable.
                return new DelegationSwapMove(movable.get(0), movable.get(0));
            }
        };
    }

    /** A random member of the cohorts {@code delegation} reaches, other than its own; null when there is none. */
    private static Delegation partner(Delegation delegation, Random random) {
        int members = 0;
        for (Cohort cohort : delegation.getReachableCohorts()) {
            if (cohort != delegation.getCohort()) {
                members += cohort.getDelegations().size();
            }
        }
        if (members == 0) {
            return null;
        }
        int pick = random.nextInt(members);
        for (Cohort cohort : delegation.getReachableCohorts()) {
            if (cohort != delegation.getCohort()) {
                List<Delegation> inCohort = cohort.getDelegations();
                if (pick < inCohort.size()) {
                    return inCohort.get(pick);
                }
                pick -= inCohort.size();
            }
        }
        throw new IllegalStateException("members counted " + members + " but not found");
    }
}

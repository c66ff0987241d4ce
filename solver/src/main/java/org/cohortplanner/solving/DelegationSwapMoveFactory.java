package org.cohortplanner.solving;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;

/**
 * Swaps of two placed delegations that each reach the other's cohort. The second delegation is drawn among the teams
 * in the cohorts the first reaches (read from the cohorts' member lists). An unplaced delegation is placed by change
 * moves, not swapped.
 */
public class DelegationSwapMoveFactory extends PairSwapMoveFactory<Delegation, Cohort> {

    private Map<Cohort, Integer> cohortIndex = Map.of();
    private Map<Delegation, BitSet> reachable = Map.of();

    public DelegationSwapMoveFactory() {
        super(SwapMove.DELEGATION_COHORT, 20);
    }

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
        super.phaseEnded(scoreDirector);
        cohortIndex = Map.of();
        reachable = Map.of();
    }

    /** Whether two placed delegations may trade places: each reaches the other's cohort. */
    @Override
    boolean swappable(Delegation delegation, Delegation other) {
        if (delegation == other || other.isPinned() || delegation.getCohort() == null || other.getCohort() == null
                || delegation.getCohort() == other.getCohort()) {
            return false;
        }
        return reaches(delegation, other.getCohort()) && reaches(other, delegation.getCohort());
    }

    private boolean reaches(Delegation delegation, Cohort cohort) {
        return reachable.get(delegation).get(cohortIndex.get(cohort));
    }

    /** A random member of the cohorts {@code delegation} reaches, other than its own; null when there is none. */
    @Override
    Delegation partner(Delegation delegation, Random random) {
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

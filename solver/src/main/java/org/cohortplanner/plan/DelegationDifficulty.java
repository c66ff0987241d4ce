package org.cohortplanner.plan;

import java.util.Comparator;

/** Delegations with fewer reachable cohorts are harder to place; then larger ones. */
public class DelegationDifficulty implements Comparator<Delegation> {

    private static final Comparator<Delegation> COMPARATOR = Comparator
            .comparingInt((Delegation d) -> -d.getReachableCohorts().size())
            .thenComparingInt(Delegation::getSize)
            .thenComparing(Delegation::getId, Comparator.reverseOrder());

    @Override
    public int compare(Delegation a, Delegation b) {
        return COMPARATOR.compare(a, b);
    }
}

package org.cohortplanner.benchmarks.bounds;

import java.util.Map;

/**
 * A lower bound on the soft penalty of every feasible plan that places all teachers.
 *
 * @param total the bound, in soft score units (money where the rule is money)
 * @param byConstraint the bound's share of each soft constraint; the shares add up to {@code total}
 * @param placeableTeachers teachers with at least one cohort slot in reach; when fewer than all, no plan places
 *        everyone and the bound speaks only of the placeable ones
 */
public record CostBound(long total, Map<String, Long> byConstraint, int placeableTeachers) {

    public CostBound {
        byConstraint = Map.copyOf(byConstraint);
    }

    /** How far a soft penalty lies above the bound, as a share of the bound (0.03 is 3 %). */
    public double gap(long softPenalty) {
        return total == 0 ? (softPenalty == 0 ? 0.0 : Double.POSITIVE_INFINITY) : (double) (softPenalty - total) / total;
    }
}

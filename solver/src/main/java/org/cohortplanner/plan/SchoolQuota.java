package org.cohortplanner.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How many of a school's teachers may be in training on the same day. */
public record SchoolQuota(String schoolId, int maxAway) {

    /** Teacher-days above the quota, over the days the school's placed and scheduled delegations train. */
    public int excessTeacherDays(Collection<Delegation> delegations) {
        int total = 0;
        for (Delegation delegation : delegations) {
            total += delegation.getSize();
        }
        if (total <= maxAway) {
            return 0;
        }
        Map<Integer, Integer> awayByDay = new HashMap<>();
        for (Delegation delegation : delegations) {
            for (int day : delegation.getCohort().getSchedule().dayIndexes()) {
                awayByDay.merge(day, delegation.getSize(), Integer::sum);
            }
        }
        int excess = 0;
        for (int away : awayByDay.values()) {
            excess += Math.max(0, away - maxAway);
        }
        return excess;
    }
}

package org.cohortplanner.plan;

import java.util.Arrays;
import java.util.Collection;

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
        // Each (day, teachers) packed into one long, sorted, then summed day by day: no boxing on this hot path.
        int count = 0;
        for (Delegation delegation : delegations) {
            count += delegation.getCohort().getSchedule().dayCount();
        }
        long[] dayAndSize = new long[count];
        int i = 0;
        for (Delegation delegation : delegations) {
            for (int day : delegation.getCohort().getSchedule().dayIndexes()) {
                dayAndSize[i++] = ((long) day << 32) | delegation.getSize();
            }
        }
        Arrays.sort(dayAndSize);
        int excess = 0;
        for (int from = 0; from < count;) {
            long day = dayAndSize[from] >>> 32;
            int away = 0;
            int to = from;
            while (to < count && dayAndSize[to] >>> 32 == day) {
                away += (int) dayAndSize[to++];
            }
            excess += Math.max(0, away - maxAway);
            from = to;
        }
        return excess;
    }
}

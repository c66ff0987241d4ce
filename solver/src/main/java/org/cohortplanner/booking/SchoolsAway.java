package org.cohortplanner.booking;

import java.util.HashMap;
import java.util.Map;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.SchoolQuota;
import org.cohortplanner.plan.TeachersAway;

/** How many teachers of each school are away in training on each day, and the teacher-days beyond the quotas. */
final class SchoolsAway {

    private final int dayCount;
    private final Map<SchoolQuota, TeachersAway> awayBySchool = new HashMap<>();
    private long excess;

    SchoolsAway(int dayCount) {
        this.dayCount = dayCount;
    }

    long excess() {
        return excess;
    }

    void add(Cohort cohort, int[] days) {
        change(cohort, days, 1);
    }

    void remove(Cohort cohort, int[] days) {
        change(cohort, days, -1);
    }

    /** The teacher-days beyond the quotas that the cohort's teachers would add on these days. */
    long addedExcess(Cohort cohort, int[] days) {
        long before = excess;
        change(cohort, days, 1);
        long added = excess - before;
        change(cohort, days, -1);
        return added;
    }

    private void change(Cohort cohort, int[] days, int sign) {
        for (Delegation delegation : cohort.getDelegations()) {
            change(delegation, days, sign);
        }
    }

    /** Adds ({@code sign} 1) or removes (-1) one delegation's teachers on these days. */
    void change(Delegation delegation, int[] days, int sign) {
        SchoolQuota quota = delegation.getQuota();
        TeachersAway away = awayBySchool.computeIfAbsent(quota, q -> new TeachersAway(dayCount));
        for (int day : days) {
            excess += away.change(day, sign * delegation.getSize(), quota.maxAway());
        }
    }
}

package org.cohortplanner.plan;

import java.util.Comparator;

/** Larger cohorts are harder to staff and house; empty ones are placed last. */
public class CohortDifficulty implements Comparator<Cohort> {

    private static final Comparator<Cohort> COMPARATOR = Comparator.comparingInt(Cohort::size)
            .thenComparing(Cohort::getId, Comparator.reverseOrder());

    @Override
    public int compare(Cohort a, Cohort b) {
        return COMPARATOR.compare(a, b);
    }
}

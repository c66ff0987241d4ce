package org.cohortplanner.plan;

import org.cohortplanner.calendar.WorkingCalendar;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.geography.Route;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Programme;

/** The facts every cohort and delegation needs to price itself, shared by all of them. */
public record PlanningContext(Programme programme, Policy policy, Geography geography, WorkingCalendar calendar) {

    /**
     * What one person costs training away from home: a return trip for each block, at the policy's price per
     * km, and the per diem for each in-person day.
     */
    public long awayCost(Route route, int blocks, int days, long perDiem) {
        return Math.round(2 * route.km() * blocks * policy.travelCostPerKm()) + perDiem * days;
    }

    public int targetEndDay() {
        return calendar.dayIndex(programme.effectiveTargetEnd());
    }
}

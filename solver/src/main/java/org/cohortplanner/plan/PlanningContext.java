package org.cohortplanner.plan;

import org.cohortplanner.calendar.WorkingCalendar;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Programme;

/** The facts every cohort and delegation needs to price itself, shared by all of them. */
public record PlanningContext(Programme programme, Policy policy, Geography geography, WorkingCalendar calendar) {

    public int targetEndDay() {
        return calendar.dayIndex(programme.effectiveTargetEnd());
    }
}

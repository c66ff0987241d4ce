package org.cohortplanner.replan;

import java.util.List;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.PlanReport;

/**
 * A re-plan: the problem with the disruptions applied, the new plan, what changed against the published plan,
 * the frozen cohorts a disruption breaks, and the disruptions this model cannot act on yet.
 */
public record ReplanResult(TrainingProblem problem, PlanReport plan, PlanDiff diff, List<Conflict> conflicts,
        List<String> notApplied) {

    public ReplanResult {
        conflicts = List.copyOf(conflicts);
        notApplied = List.copyOf(notApplied);
    }
}

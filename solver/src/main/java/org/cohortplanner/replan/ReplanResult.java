package org.cohortplanner.replan;

import java.util.List;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.PlanReport;

/**
 * A re-plan: the problem with the disruptions applied, the new plan, what changed against the published plan,
 * the frozen cohorts a disruption breaks beyond repair (each naming its disruption), the disruptions this model
 * cannot act on, and what the published plan already broke before the disruptions ("already broken before this
 * re-plan", in plain words).
 */
public record ReplanResult(TrainingProblem problem, PlanReport plan, PlanDiff diff, List<Conflict> conflicts,
        List<String> notApplied, List<String> alreadyBroken) {

    public ReplanResult {
        conflicts = List.copyOf(conflicts);
        notApplied = List.copyOf(notApplied);
        alreadyBroken = List.copyOf(alreadyBroken);
    }
}

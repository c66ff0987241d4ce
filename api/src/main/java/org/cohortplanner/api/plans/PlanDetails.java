package org.cohortplanner.api.plans;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.cohortplanner.report.PlanReport;

/**
 * A plan's state and its best plan so far.
 *
 * @param plan cohorts, unplaced teachers with reasons, KPIs and violations; null before the first best plan is saved
 */
public record PlanDetails(@JsonUnwrapped PlanSummary summary, PlanReport plan) {
}

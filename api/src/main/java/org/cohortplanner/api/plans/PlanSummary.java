package org.cohortplanner.api.plans;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.cohortplanner.report.Kpis;

/**
 * A plan's state without its cohorts.
 *
 * @param parentPlanId the plan this one re-plans, null for a plan solved from scratch
 * @param bestScore the best score saved so far, null before the first one
 * @param savedAt when the best plan so far was last written to the database
 */
public record PlanSummary(String id, String problemId, String parentPlanId, PlanStatus status, Duration timeLimit,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime savedAt,
        String bestScore, Boolean feasible, Kpis kpis, String error) {
}

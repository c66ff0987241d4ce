package org.cohortplanner.api.solving;

import org.cohortplanner.report.Kpis;

/**
 * A new best score, as pushed to event listeners.
 *
 * @param seconds since this solve started
 * @param kpis the key figures of this best plan; null when they were sent less than a second ago
 */
public record BestScore(String planId, String score, boolean feasible, double seconds, Kpis kpis) {
}

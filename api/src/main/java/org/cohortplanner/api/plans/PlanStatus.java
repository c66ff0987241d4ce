package org.cohortplanner.api.plans;

/** Where a plan's solve stands. */
public enum PlanStatus {
    /** Waiting for a free solver. */
    QUEUED,
    SOLVING,
    /** Solved to its time limit. */
    DONE,
    /** Stopped on request; the best plan found so far is kept. */
    STOPPED,
    /** The solve threw; see the error. */
    FAILED,
    /** The service stopped while the plan was queued or solving; its last saved best plan is kept and it can be resumed. */
    INTERRUPTED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}

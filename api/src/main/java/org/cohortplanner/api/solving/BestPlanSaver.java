package org.cohortplanner.api.solving;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cohortplanner.api.plans.PlanStore;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.report.PlanReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a solve's best plan so far to the database, on the saver thread so that the solver does not wait: the
 * first best plan at once, later ones at most once per interval, always the newest. A best plan found just after a
 * save is written when the interval has passed, even if no better one follows, so a killed process loses at most
 * one interval of work. After the final save, nothing older can overwrite it.
 */
final class BestPlanSaver {

    private static final Logger LOG = LoggerFactory.getLogger(BestPlanSaver.class);

    private final String planId;
    private final PlanStore plans;
    private final ScheduledExecutorService saver;
    private final Duration interval;
    private final PlanReporter reporter = new PlanReporter();

    private final Object state = new Object();
    private TrainingPlan unsaved;
    private boolean saveScheduled;
    private long lastSaveNanos;

    /** Held while a plan is reported and written, so that the final save and a late one never interleave. */
    private final Object writing = new Object();
    private boolean closed;

    BestPlanSaver(String planId, PlanStore plans, ScheduledExecutorService saver, Duration interval) {
        this.planId = planId;
        this.plans = plans;
        this.saver = saver;
        this.interval = interval;
    }

    /** Called on the solver thread with a best plan the solver no longer changes. */
    void offer(TrainingPlan best) {
        synchronized (state) {
            unsaved = best;
            if (saveScheduled) {
                return;
            }
            saveScheduled = true;
            long wait = lastSaveNanos == 0 ? 0 : Math.max(0, lastSaveNanos + interval.toNanos() - System.nanoTime());
            try {
                saver.schedule(this::saveUnsaved, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                saveScheduled = false;
            }
        }
    }

    /** Writes the solve's result; later offers and pending saves are dropped. */
    void saveFinal(TrainingPlan best) {
        synchronized (writing) {
            closed = true;
            write(best);
        }
    }

    private void saveUnsaved() {
        TrainingPlan plan;
        synchronized (state) {
            plan = unsaved;
            unsaved = null;
            saveScheduled = false;
            lastSaveNanos = System.nanoTime();
        }
        if (plan == null) {
            return;
        }
        synchronized (writing) {
            if (!closed) {
                try {
                    write(plan);
                } catch (RuntimeException e) {
                    // the next save, or the final one, tries again
                    LOG.warn("Could not save the best plan so far of plan {}", planId, e);
                }
            }
        }
    }

    private void write(TrainingPlan plan) {
        long start = System.nanoTime();
        plans.saveBest(planId, reporter.report(plan));
        LOG.debug("Plan {}: best plan {} saved in {} ms", planId, plan.getScore(),
                (System.nanoTime() - start) / 1_000_000);
    }
}

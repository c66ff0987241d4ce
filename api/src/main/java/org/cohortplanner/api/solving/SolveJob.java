package org.cohortplanner.api.solving;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;

import org.cohortplanner.api.FatalErrors;
import org.cohortplanner.api.plans.PlanStatus;
import org.cohortplanner.api.plans.PlanStore;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.KpiCalculator;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.solving.PlanRestorer;
import org.cohortplanner.solving.PlanSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One solve of one plan, run by {@link SolveJobs}: pushes every new best score to the plan's listeners and hands
 * the best plan to a {@link BestPlanSaver}.
 */
final class SolveJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SolveJob.class);
    private static final long KPI_INTERVAL_NANOS = 1_000_000_000L;

    private final String planId;
    private final String problemId;
    private final Duration timeLimit;
    private final PlanReport resumeFrom;
    private final Duration saveInterval;
    private final SolveContext context;
    private final CountDownLatch ended = new CountDownLatch(1);

    private volatile Solver<TrainingPlan> solver;
    /** Set when asked to end early: STOPPED by a planner, INTERRUPTED by a shutdown. */
    private volatile PlanStatus endedAs;

    private BestPlanSaver saver;
    private long startNanos;
    private long kpisSentNanos;

    /** What a job needs from the service, in one place. */
    record SolveContext(ProblemSource problems, PlanStore plans, PlanEvents events, ScheduledExecutorService saver,
            Consumer<SolveJob> onEnd) {
    }

    interface ProblemSource {
        TrainingProblem problem(String problemId);
    }

    SolveJob(String planId, String problemId, Duration timeLimit, PlanReport resumeFrom, Duration saveInterval,
            SolveContext context) {
        this.planId = planId;
        this.problemId = problemId;
        this.timeLimit = timeLimit;
        this.resumeFrom = resumeFrom;
        this.saveInterval = saveInterval;
        this.context = context;
    }

    String planId() {
        return planId;
    }

    String problemId() {
        return problemId;
    }

    /** Ends the solve early; a queued job ends as soon as it is taken from the queue. */
    void end(PlanStatus as) {
        endedAs = as;
        Solver<TrainingPlan> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        try {
            if (endedAs != null) {
                finish(endedAs, null);
                return;
            }
            context.plans().solving(planId);
            publishStatus();
            TrainingProblem problem = context.problems().problem(problemId);
            TrainingPlan start = resumeFrom == null ? PlanFactory.create(problem)
                    : PlanRestorer.restore(problem, resumeFrom);
            saver = new BestPlanSaver(planId, context.plans(), context.saver(), saveInterval);
            startNanos = System.nanoTime();
            solver = PlanSolver.buildSolver(PlanSolver.config(timeLimit, null), this::onBestSolution);
            TrainingPlan best = PlanSolver.solve(start, solver);
            saver.saveFinal(best);
            finish(endedAs == null ? PlanStatus.DONE : endedAs, null);
        } catch (RuntimeException | Error e) {
            FatalErrors.haltOnOutOfMemory(e);
            LOG.error("Solving plan {} failed", planId, e);
            finish(PlanStatus.FAILED, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            context.onEnd().accept(this);
            context.events().end(planId);
            ended.countDown();
        }
    }

    /** Runs on the solver thread with a plan the solver no longer changes. */
    private void onBestSolution(TrainingPlan best) {
        if (endedAs != null) {
            // the solver may have started after end() was called; terminating before solve() starts has no effect
            solver.terminateEarly();
        }
        long now = System.nanoTime();
        HardMediumSoftLongScore score = best.getScore();
        Kpis kpis = null;
        if (now - kpisSentNanos >= KPI_INTERVAL_NANOS) {
            kpis = KpiCalculator.kpis(best);
            kpisSentNanos = now;
        }
        context.events().best(new BestScore(planId, score.toString(), score.isFeasible(),
                (now - startNanos) / 1e9, kpis));
        saver.offer(best);
    }

    private void finish(PlanStatus status, String error) {
        context.plans().finish(planId, status, error);
        publishStatus();
    }

    private void publishStatus() {
        context.plans().summary(planId).ifPresent(context.events()::status);
    }
}

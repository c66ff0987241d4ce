package org.cohortplanner.api.solving;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.cohortplanner.api.PlannerProperties;
import org.cohortplanner.api.errors.NotFoundException;
import org.cohortplanner.api.errors.RequestException;
import org.cohortplanner.api.plans.PlanStatus;
import org.cohortplanner.api.plans.PlanStore;
import org.cohortplanner.api.plans.PlanSummary;
import org.cohortplanner.api.problems.ProblemStore;
import org.cohortplanner.report.PlanReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs solves on a fixed number of solver threads; further solves wait in the queue (QUEUED). On start, plans
 * that were queued or solving when the service last stopped become INTERRUPTED; on shutdown, running solves end
 * early and save their best plan as INTERRUPTED.
 */
@Service
public class SolveJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SolveJobs.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final PlanStore plans;
    private final PlanEvents events;
    private final PlannerProperties.Solver settings;
    private final SolveJob.ProblemSource problemSource;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "plan-saver"));
    private final Map<String, SolveJob> active = new ConcurrentHashMap<>();

    public SolveJobs(PlanStore plans, ProblemStore problems, PlanEvents events, PlannerProperties properties) {
        this.plans = plans;
        this.events = events;
        this.settings = properties.solver();
        this.problemSource = id -> problems.problem(id).orElseThrow(() -> new NotFoundException("problem", id));
        int threads = Math.max(1, settings.maxConcurrent());
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                solverThreads());
    }

    @PostConstruct
    void interruptUnfinished() {
        int interrupted = plans.interruptUnfinished();
        if (interrupted > 0) {
            LOG.info("{} plans were queued or solving when the service stopped: now INTERRUPTED, resumable",
                    interrupted);
        }
    }

    public PlanSummary start(String problemId, String timeLimit) {
        Duration limit = TimeLimits.parse(timeLimit, settings.defaultTimeLimit(), settings.minTimeLimit(),
                settings.maxTimeLimit());
        checkQueueRoom();
        PlanSummary plan = plans.create(problemId, limit);
        submit(plan.id(), problemId, limit, null);
        return plan;
    }

    /** Solves again from the plan's last saved best plan (or from scratch when none was saved). */
    public PlanSummary resume(String planId, String timeLimit) {
        PlanSummary plan = plans.summary(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (active.containsKey(planId) || plan.status().isActive()) {
            throw RequestException.conflict("Plan " + planId + " is " + plan.status() + "; stop it first");
        }
        Duration limit = TimeLimits.parse(timeLimit, plan.timeLimit(), settings.minTimeLimit(),
                settings.maxTimeLimit());
        checkQueueRoom();
        PlanReport last = plans.report(planId).orElse(null);
        plans.queue(planId, limit);
        submit(planId, plan.problemId(), limit, last);
        return plans.summary(planId).orElseThrow();
    }

    /** Ends a queued or running solve, keeping its best plan; a finished plan is left as it is. */
    public PlanSummary stop(String planId) {
        PlanSummary plan = plans.summary(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        SolveJob job = active.get(planId);
        if (job != null) {
            job.end(PlanStatus.STOPPED);
            if (executor.remove(job)) {
                // never started: it ends now (STOPPED, resumable) instead of when its turn would have come
                job.run();
            }
            return plans.summary(planId).orElse(plan);
        }
        return plan;
    }

    /** Stops every solve of a problem and waits a little for each to end, before the problem is deleted. */
    public void stopAll(String problemId) {
        List<SolveJob> ofProblem = active.values().stream().filter(j -> j.problemId().equals(problemId)).toList();
        ofProblem.forEach(job -> job.end(PlanStatus.STOPPED));
        for (SolveJob job : ofProblem) {
            try {
                job.awaitEnd(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Refuses a solve when {@code max-queued} solves already wait: 503, nothing stored. */
    private void checkQueueRoom() {
        int waiting = executor.getQueue().size();
        if (waiting >= settings.maxQueued()) {
            throw new RequestException(HttpStatus.SERVICE_UNAVAILABLE, "Queue full", waiting
                    + " solves are waiting, the most allowed (cohort-planner.solver.max-queued); try again later");
        }
    }

    public List<PlanSummary> plansOf(String problemId) {
        return plans.ofProblem(problemId);
    }

    private void submit(String planId, String problemId, Duration limit, PlanReport resumeFrom) {
        SolveJob job = new SolveJob(planId, problemId, limit, resumeFrom, settings.saveInterval(),
                new SolveJob.SolveContext(problemSource, plans, events, saver,
                        ended -> active.remove(planId, ended)));
        if (active.putIfAbsent(planId, job) != null) {
            throw RequestException.conflict("Plan " + planId + " is already being solved");
        }
        executor.execute(job);
    }

    @PreDestroy
    void shutdown() {
        active.values().forEach(job -> job.end(PlanStatus.INTERRUPTED));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Solves still running after {}; they stay INTERRUPTED with their last saved plan",
                        SHUTDOWN_WAIT);
                executor.shutdownNow();
            }
            saver.shutdown();
            // saves already scheduled still run: the database closes only after this method returns
            if (!saver.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Plan saves still running after {}", SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Solves stopped and saved; the database closes next");
    }

    private static ThreadFactory solverThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, "solver-" + count.incrementAndGet());
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}

package org.cohortplanner.api.replan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cohortplanner.api.PlannerProperties;
import org.cohortplanner.api.errors.InvalidProblemException;
import org.cohortplanner.api.errors.NotFoundException;
import org.cohortplanner.api.errors.RequestException;
import org.cohortplanner.api.plans.PlanStore;
import org.cohortplanner.api.plans.PlanSummary;
import org.cohortplanner.api.problems.Issue;
import org.cohortplanner.api.problems.ProblemStore;
import org.cohortplanner.api.problems.ProblemSummary;
import org.cohortplanner.api.solving.TimeLimits;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.DisruptionFiles;
import org.cohortplanner.problems.json.DisruptionsJson;
import org.cohortplanner.problems.json.ReplanJson;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.replan.Recommendation;
import org.cohortplanner.replan.Recommender;
import org.cohortplanner.replan.ReplanResult;
import org.cohortplanner.replan.Replanner;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.solving.PlanMismatchException;
import org.cohortplanner.solving.PlanSolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-plans and recommendations, answered within the request. A re-plan is stored as a new plan version of a new
 * problem (the parent's problem with the disruptions applied), so it can be viewed, exported and resumed like any
 * plan; the parent plan and its problem stay as they were.
 */
@Service
public class Replans {

    /** The name the errors in a sent disruptions document carry as their file. */
    public static final String FILE_NAME = "disruptions.json";
    /** A re-plan holds its request open, so it may not run for long. */
    static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(5);
    static final int MAX_RECOMMENDATIONS = 20;

    private final PlanStore plans;
    private final ProblemStore problems;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    /** Re-plans run on the request's thread; at most as many at once as solves. */
    private final Semaphore replanning;
    /** One for every request: its Timefold SolutionManager is stateless and thread-safe. */
    private final Recommender recommender = new Recommender();

    public Replans(PlanStore plans, ProblemStore problems, ObjectMapper json, TransactionTemplate transaction,
            PlannerProperties properties) {
        this.plans = plans;
        this.problems = problems;
        this.json = json;
        this.transaction = transaction;
        this.replanning = new Semaphore(Math.max(1, properties.solver().maxConcurrent()));
    }

    /** The plan to re-plan or recommend from, with its problem. */
    private record Published(PlanSummary summary, ProblemSummary problemSummary, TrainingProblem problem,
            PlanReport report) {
    }

    /**
     * @return the new version's summary under "plan", then the changes as {@link ReplanJson} writes them, and the
     *         warnings about the disruptions
     */
    public ObjectNode replan(String planId, byte[] body, String timeLimit) {
        Duration limit = TimeLimits.parse(timeLimit, Replanner.DEFAULT_TIME_LIMIT, MAX_TIME_LIMIT);
        Published published = published(planId);
        if (published.summary().status().isActive()) {
            throw RequestException.conflict("Plan " + planId + " is " + published.summary().status()
                    + "; stop it or let it finish before re-planning it");
        }
        DisruptionFiles.Result read = read(body, published);
        if (!replanning.tryAcquire()) {
            throw new RequestException(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                    "Other re-plans are running; try again in a minute");
        }
        try {
            OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
            ReplanResult result;
            try {
                result = Replanner.replan(published.problem(), published.report(), read.disruptions(),
                        PlanSolver.config(limit, Replanner.DEFAULT_UNIMPROVED));
            } catch (PlanMismatchException e) {
                throw RequestException.conflict("Plan " + planId + " does not fit its problem: "
                        + mismatches(e));
            }
            String changes = ReplanJson.toJson(result);
            String name = ProblemStore.listingName(published.problemSummary().name(),
                    " (re-planned as of " + read.disruptions().now() + ")");
            PlanSummary version = transaction.execute(status -> {
                ProblemSummary problem = problems.add(result.problem(), name, List.of());
                return plans.addVersion(planId, problem.id(), limit, started, result.plan(),
                        new String(body, StandardCharsets.UTF_8), changes);
            });
            ObjectNode response = json.createObjectNode();
            response.set("plan", json.valueToTree(version));
            response.setAll((ObjectNode) parse(changes));
            response.set("warnings", json.valueToTree(Issue.of(read.report().warnings())));
            return response;
        } finally {
            replanning.release();
        }
    }

    /** What a re-plan changed against its parent, as stored with it. */
    public JsonNode changes(String planId) {
        if (plans.summary(planId).isEmpty()) {
            throw new NotFoundException("plan", planId);
        }
        return parse(plans.changes(planId).orElseThrow(() -> new RequestException(HttpStatus.NOT_FOUND,
                "No diff", "Plan " + planId + " was solved, not re-planned from another plan: it has no diff")));
    }

    public record Recommendations(List<Recommendation> recommendations, double seconds) {
    }

    /** The best cohorts for the late registrants (TEACHERS_ADDED) of a disruptions document. */
    public Recommendations recommend(String planId, byte[] body, int count) {
        if (count < 1 || count > MAX_RECOMMENDATIONS) {
            throw RequestException.badRequest("count must be between 1 and " + MAX_RECOMMENDATIONS + ", not "
                    + count);
        }
        Published published = published(planId);
        Disruptions disruptions = read(body, published).disruptions();
        List<String> others = disruptions.disruptions().stream()
                .filter(d -> !(d instanceof Disruption.TeachersAdded)).map(d -> d.type().name()).distinct().toList();
        if (!others.isEmpty()) {
            throw RequestException.badRequest("Recommendations are for late registrants (TEACHERS_ADDED) only, not "
                    + String.join(", ", others) + "; re-plan for the other disruptions");
        }
        List<Teacher> registrants = Recommender.registrants(disruptions);
        if (registrants.isEmpty()) {
            throw RequestException.badRequest("disruptions: no late registrants; send a TEACHERS_ADDED disruption");
        }
        long start = System.nanoTime();
        try {
            TrainingPlan model = Recommender.withRegistrants(published.problem(), published.report(), disruptions);
            List<Recommendation> recommendations = recommender.recommend(model,
                    registrants.stream().map(Teacher::id).toList(), count);
            return new Recommendations(recommendations, (System.nanoTime() - start) / 1e9);
        } catch (PlanMismatchException e) {
            throw RequestException.conflict("Plan " + planId + " does not fit its problem: "
                    + mismatches(e));
        } catch (IllegalArgumentException e) {
            throw RequestException.badRequest(e.getMessage());
        }
    }

    private static String mismatches(PlanMismatchException e) {
        return String.join("; ", e.mismatches().stream().map(Object::toString).toList());
    }

    private Published published(String planId) {
        PlanSummary summary = plans.summary(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        PlanReport report = plans.report(planId).orElseThrow(() -> RequestException.conflict(
                "Plan " + planId + " has no solution yet (" + summary.status() + "); nothing to re-plan"));
        ProblemSummary problemSummary = problems.summary(summary.problemId()).orElseThrow();
        TrainingProblem problem = problems.problem(summary.problemId()).orElseThrow();
        return new Published(summary, problemSummary, problem, report);
    }

    /** The disruptions, validated against the plan and its problem; 400 with every error otherwise. */
    private static DisruptionFiles.Result read(byte[] body, Published published) {
        DisruptionFiles.Result read = DisruptionFiles.validate(DisruptionsJson.read(body, FILE_NAME),
                published.problem(), published.report());
        if (!read.isValid()) {
            throw new InvalidProblemException("disruptions", read.report());
        }
        return read;
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changes do not read", e);
        }
    }
}

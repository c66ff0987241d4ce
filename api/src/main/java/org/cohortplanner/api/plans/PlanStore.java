package org.cohortplanner.api.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans in the database: job state, and the best plan so far as its plan JSON document. */
@Repository
public class PlanStore {

    private static final String SUMMARY_COLUMNS = "id, problem_id, parent_plan_id, status, time_limit, created_at, started_at, "
            + "finished_at, saved_at, best_score, feasible, kpis, error";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public PlanStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public PlanSummary create(String problemId, Duration timeLimit) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO plan (id, problem_id, status, time_limit, created_at) "
                        + "VALUES (:id, :problemId, :status, :timeLimit, :createdAt)")
                .param("id", id)
                .param("problemId", problemId)
                .param("status", PlanStatus.QUEUED.name())
                .param("timeLimit", timeLimit.toString())
                .param("createdAt", now())
                .update();
        return summary(id).orElseThrow();
    }

    /**
     * Stores a finished re-plan as a new plan version: DONE with its plan, linked to the plan it re-plans.
     *
     * @param disruptions the disruptions document as sent
     * @param changes what changed against the parent, as {@link org.cohortplanner.problems.json.ReplanJson} writes it
     */
    public PlanSummary addVersion(String parentPlanId, String problemId, Duration timeLimit, OffsetDateTime startedAt,
            PlanReport report, String disruptions, String changes) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        jdbc.sql("INSERT INTO plan (id, problem_id, parent_plan_id, status, time_limit, created_at, started_at, "
                        + "finished_at, saved_at, best_score, feasible, kpis, report, disruptions, changes) "
                        + "VALUES (:id, :problemId, :parentPlanId, :status, :timeLimit, :startedAt, :startedAt, "
                        + ":now, :now, :score, :feasible, :kpis, :report, :disruptions, :changes)")
                .param("id", id)
                .param("problemId", problemId)
                .param("parentPlanId", parentPlanId)
                .param("status", PlanStatus.DONE.name())
                .param("timeLimit", timeLimit.toString())
                .param("startedAt", startedAt.truncatedTo(ChronoUnit.MICROS))
                .param("now", now)
                .param("score", report.score())
                .param("feasible", report.feasible())
                .param("kpis", write(report.kpis()))
                .param("report", PlanJson.toJson(report))
                .param("disruptions", disruptions)
                .param("changes", changes)
                .update();
        return summary(id).orElseThrow();
    }

    /** What a re-plan changed against its parent; empty for a plan solved from scratch. */
    public Optional<String> changes(String id) {
        return jdbc.sql("SELECT changes FROM plan WHERE id = :id AND changes IS NOT NULL").param("id", id)
                .query(String.class).optional();
    }

    public Optional<PlanSummary> summary(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE id = :id").param("id", id)
                .query(this::toSummary).optional();
    }

    public Optional<PlanDetails> details(String id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", report FROM plan WHERE id = :id").param("id", id)
                .query((rs, row) -> new PlanDetails(toSummary(rs, row), parseReport(rs.getString("report")))).optional();
    }

    public Optional<PlanReport> report(String id) {
        return jdbc.sql("SELECT report FROM plan WHERE id = :id AND report IS NOT NULL").param("id", id)
                .query((rs, row) -> parseReport(rs.getString("report"))).optional();
    }

    /** Newest first. */
    public List<PlanSummary> ofProblem(String problemId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE problem_id = :problemId "
                        + "ORDER BY created_at DESC, id").param("problemId", problemId)
                .query(this::toSummary).list();
    }

    public void queue(String id, Duration timeLimit) {
        jdbc.sql("UPDATE plan SET status = :status, time_limit = :timeLimit, finished_at = NULL, error = NULL "
                        + "WHERE id = :id")
                .param("status", PlanStatus.QUEUED.name()).param("timeLimit", timeLimit.toString()).param("id", id)
                .update();
    }

    public void solving(String id) {
        jdbc.sql("UPDATE plan SET status = :status, started_at = :now WHERE id = :id")
                .param("status", PlanStatus.SOLVING.name()).param("now", now()).param("id", id).update();
    }

    public void saveBest(String id, PlanReport report) {
        jdbc.sql("UPDATE plan SET best_score = :score, feasible = :feasible, kpis = :kpis, report = :report, "
                        + "saved_at = :now WHERE id = :id")
                .param("score", report.score())
                .param("feasible", report.feasible())
                .param("kpis", write(report.kpis()))
                .param("report", PlanJson.toJson(report))
                .param("now", now())
                .param("id", id)
                .update();
    }

    public void finish(String id, PlanStatus status, String error) {
        jdbc.sql("UPDATE plan SET status = :status, finished_at = :now, error = :error WHERE id = :id")
                .param("status", status.name()).param("now", now()).param("error", error).param("id", id).update();
    }

    /** After a restart: plans that were queued or solving when the service stopped. */
    public int interruptUnfinished() {
        return jdbc.sql("UPDATE plan SET status = :interrupted, finished_at = :now "
                        + "WHERE status IN (:queued, :solving)")
                .param("interrupted", PlanStatus.INTERRUPTED.name())
                .param("now", now())
                .param("queued", PlanStatus.QUEUED.name())
                .param("solving", PlanStatus.SOLVING.name())
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private PlanSummary toSummary(ResultSet rs, int row) throws SQLException {
        String kpis = rs.getString("kpis");
        Object feasible = rs.getObject("feasible");
        return new PlanSummary(rs.getString("id"), rs.getString("problem_id"), rs.getString("parent_plan_id"),
                PlanStatus.valueOf(rs.getString("status")), Duration.parse(rs.getString("time_limit")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getObject("saved_at", OffsetDateTime.class),
                rs.getString("best_score"), feasible == null ? null : (Boolean) feasible,
                kpis == null ? null : read(kpis), rs.getString("error"));
    }

    private static PlanReport parseReport(String document) {
        return document == null ? null : PlanJson.fromJson(document);
    }

    private String write(Kpis kpis) {
        try {
            return json.writeValueAsString(kpis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Kpis read(String kpis) {
        try {
            return json.readValue(kpis, Kpis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored KPIs do not read", e);
        }
    }
}

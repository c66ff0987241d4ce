package org.cohortplanner.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.cohortplanner.api.CohortPlannerApplication;
import org.cohortplanner.api.plans.PlanDetails;
import org.cohortplanner.api.plans.PlanStatus;
import org.cohortplanner.api.plans.PlanStore;
import org.cohortplanner.api.plans.PlanSummary;
import org.cohortplanner.api.problems.Issue;
import org.cohortplanner.api.problems.ProblemStore;
import org.cohortplanner.api.problems.ProblemSummary;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.PlanSolver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code postgres} profile against a local PostgreSQL (127.0.0.1:5432, database {@code test}, user
 * {@code postgres}): the migrations run and problems and plans read back equal. Works in a schema of its own,
 * dropped afterwards; skipped when nothing answers.
 */
class PostgresStoreTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";

    @Test
    void migrationsRunAndProblemsAndPlansReadBackEqual() throws Exception {
        CiRequirements.require(reachable(), "no PostgreSQL at " + URL);
        String schema = "cohort_planner_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CohortPlannerApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                // arguments, because they outrank the profile's own datasource URL
                .run("--spring.datasource.url=" + URL + "?currentSchema=" + schema,
                        "--spring.flyway.schemas=" + schema, "--cohort-planner.demo=false")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success").query(String.class)
                    .list()).containsExactly("1", "2");
            ProblemStore problems = context.getBean(ProblemStore.class);
            PlanStore plans = context.getBean(PlanStore.class);

            TrainingProblem problem = TinyProblems.problem(51);
            List<Issue> warnings = List.of(new Issue("WARNING", "venues.csv", 3, "available_to",
                    "after the horizon (Кыргызча)"));
            ProblemSummary stored = problems.add(problem, warnings);
            assertThat(problems.summary(stored.id())).contains(stored);
            assertThat(problems.problem(stored.id())).contains(problem);

            PlanReport report = new PlanReporter().report(
                    PlanSolver.solve(PlanFactory.create(problem), PlanSolver.config(Duration.ofSeconds(1), null), null));
            PlanSummary plan = plans.create(stored.id(), Duration.ofSeconds(1));
            plans.solving(plan.id());
            plans.saveBest(plan.id(), report);
            assertThat(plans.interruptUnfinished()).isEqualTo(1);

            PlanDetails read = plans.details(plan.id()).orElseThrow();
            assertThat(read.plan()).isEqualTo(report);
            assertThat(read.summary().kpis()).isEqualTo(report.kpis());
            assertThat(read.summary().bestScore()).isEqualTo(report.score());
            assertThat(read.summary().status()).isEqualTo(PlanStatus.INTERRUPTED);
            assertThat(plans.ofProblem(stored.id())).extracting(PlanSummary::id).containsExactly(plan.id());
            assertThat(read.summary().parentPlanId()).isNull();
            assertThat(plans.changes(plan.id())).isEmpty();

            // a re-plan: a version of another problem, linked to its parent, which outlives the parent's deletion
            ProblemSummary changed = problems.add(problem, "re-planned", List.of());
            PlanSummary version = plans.addVersion(plan.id(), changed.id(), Duration.ofSeconds(5),
                    OffsetDateTime.now(ZoneOffset.UTC), report, "{\"now\": \"2026-01-05\", \"disruptions\": []}",
                    "{\"lines\": []}");
            assertThat(version.parentPlanId()).isEqualTo(plan.id());
            assertThat(version.status()).isEqualTo(PlanStatus.DONE);
            assertThat(plans.report(version.id())).contains(report);
            assertThat(plans.changes(version.id())).contains("{\"lines\": []}");

            assertThat(problems.delete(stored.id())).isTrue();
            assertThat(plans.summary(plan.id())).isEmpty();
            assertThat(plans.summary(version.id()).orElseThrow().parentPlanId()).isNull();
        } finally {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean reachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}

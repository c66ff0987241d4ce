package org.cohortplanner.api.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cohortplanner.api.plans.PlanStore;
import org.cohortplanner.api.problems.ProblemStore;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.solving.PlanSolver;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class BestPlanSaverTest {

    private PlanStore plans;
    private String planId;
    private List<TrainingPlan> bests;
    private TrainingPlan result;

    @BeforeEach
    void solveATinyProblem() {
        DataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + getClass().getSimpleName() + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).load().migrate();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        plans = new PlanStore(JdbcClient.create(database), json);
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(150, 61));
        String problemId = new ProblemStore(JdbcClient.create(database), json).add(problem, List.of()).id();
        planId = plans.create(problemId, Duration.ofSeconds(2)).id();
        bests = new ArrayList<>();
        result = PlanSolver.solve(PlanFactory.create(problem), PlanSolver.config(Duration.ofSeconds(2), null),
                bests::add);
        assertThat(bests.get(0).getScore()).isNotEqualTo(result.getScore());
    }

    @Test
    void theFirstBestIsSavedAtOnceAndALaterOneWhenTheIntervalHasPassedEvenIfNothingBetterFollows()
            throws Exception {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
        BestPlanSaver saver = new BestPlanSaver(planId, plans, thread, Duration.ofSeconds(1));

        saver.offer(bests.get(0));
        awaitSavedScore(bests.get(0).getScore().toString());
        saver.offer(bests.get(bests.size() - 1));

        awaitSavedScore(bests.get(bests.size() - 1).getScore().toString());
        assertThat(plans.report(planId).orElseThrow().score()).isEqualTo(bests.get(bests.size() - 1).getScore()
                .toString());
        thread.shutdownNow();
    }

    @Test
    void nothingOfferedAfterTheFinalSaveOverwritesIt() throws Exception {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
        BestPlanSaver saver = new BestPlanSaver(planId, plans, thread, Duration.ofMillis(200));
        saver.offer(bests.get(0));
        awaitSavedScore(bests.get(0).getScore().toString());

        saver.offer(bests.get(0));
        saver.saveFinal(result);
        saver.offer(bests.get(0));
        thread.shutdown(); // runs the pending delayed saves before ending
        assertThat(thread.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(plans.summary(planId).orElseThrow().bestScore()).isEqualTo(result.getScore().toString());
    }

    private void awaitSavedScore(String score) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!score.equals(plans.summary(planId).orElseThrow().bestScore())) {
            assertThat(System.nanoTime()).as("waiting for %s to be saved", score).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

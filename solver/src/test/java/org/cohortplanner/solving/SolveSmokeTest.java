package org.cohortplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.api.Test;

class SolveSmokeTest {

    @Test
    void solvesSmallProblem() {
        TrainingPlan plan = PlanFactory.create(TestProblems.generate(300, 2, 1));
        TrainingPlan solved = PlanSolver.solve(plan, PlanSolver.config(Duration.ofSeconds(10), null), null);
        System.out.println("SCORE " + solved.getScore());
        assertThat(solved.getScore().isFeasible()).isTrue();
    }
}

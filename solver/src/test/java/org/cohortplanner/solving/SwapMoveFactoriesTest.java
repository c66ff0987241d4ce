package org.cohortplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The custom swap factories draw only swaps Timefold's own selectors would allow, and every kind of them. */
class SwapMoveFactoriesTest {

    private TrainingPlan plan;
    private ScoreDirector<TrainingPlan> scoreDirector;

    @BeforeEach
    void setUp() {
        plan = PlanFactory.create(TestProblems.generate(300, 2, 1));
        CohortFormation.formCohorts(plan);
        Random random = new Random(7);
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isUsed()) {
                cohort.setTrainer(cohort.getQualifiedTrainers().get(random.nextInt(cohort.getQualifiedTrainers().size())));
            }
        }
        scoreDirector = workingSolutionOnly(plan);
    }

    @SuppressWarnings("unchecked")
    private static ScoreDirector<TrainingPlan> workingSolutionOnly(TrainingPlan plan) {
        return (ScoreDirector<TrainingPlan>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getWorkingSolution")) {
                        return plan;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void delegationSwapsStayWithinBothDelegationsReach() {
        DelegationSwapMoveFactory factory = new DelegationSwapMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<SwapMove<Delegation, Cohort>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(1));

        int doable = 0;
        for (int i = 0; i < 2_000; i++) {
            SwapMove<Delegation, Cohort> move = moves.next();
            if (!move.isMoveDoable(scoreDirector)) {
                continue;
            }
            doable++;
            var pair = move.getPlanningEntities().stream()
                    .map(org.cohortplanner.plan.Delegation.class::cast).toList();
            assertThat(pair.get(0).getReachableCohorts()).contains(pair.get(1).getCohort());
            assertThat(pair.get(1).getReachableCohorts()).contains(pair.get(0).getCohort());
            assertThat(pair.get(0).getCohort()).isNotSameAs(pair.get(1).getCohort());
        }
        assertThat(doable).isGreaterThan(1_900);
    }

    @Test
    void trainerSwapsPairRunningCohortsEachTrainerMayTeach() {
        TrainerSwapMoveFactory factory = new TrainerSwapMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<SwapMove<Cohort, Trainer>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(1));

        int doable = 0;
        for (int i = 0; i < 2_000; i++) {
            SwapMove<Cohort, Trainer> move = moves.next();
            if (!move.isMoveDoable(scoreDirector)) {
                continue;
            }
            doable++;
            var pair = move.getPlanningEntities().stream().map(Cohort.class::cast).toList();
            assertThat(pair).allMatch(Cohort::isUsed);
            assertThat(pair.get(0).getQualifiedTrainers()).contains(pair.get(1).getTrainer());
            assertThat(pair.get(1).getQualifiedTrainers()).contains(pair.get(0).getTrainer());
            assertThat(pair.get(0).getTrainer()).isNotSameAs(pair.get(1).getTrainer());
        }
        assertThat(doable).isGreaterThan(1_000);
    }
}

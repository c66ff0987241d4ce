package org.cohortplanner.benchmarks.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cohortplanner.benchmarks.TinyProblems;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.TrainingProblem;

/** The bound is checked against the true optimum of tiny problems ({@link EnumeratedOptimum}). */
class CostLowerBoundTest {

    @Test
    void boundIsPositiveAndAtMostTheOptimum() {
        TrainingProblem problem = TinyProblems.tinyProblem(Policy.defaults());
        long bound = CostLowerBound.of(PlanFactory.create(problem)).total();
        long optimum = EnumeratedOptimum.of(problem);

        assertThat(bound).isPositive().isLessThanOrEqualTo(optimum);
    }

    @Test
    void boundFollowsWeightOverridesAndStaysBelowTheOptimum() {
        Policy defaults = Policy.defaults();
        Policy policy = new Policy(defaults.maxTravelMinutes(), defaults.maxShareAway(), defaults.maxDelegationSize(),
                defaults.trainerTransferMinutes(), defaults.bufferDays(), defaults.teacherPerDiem(),
                defaults.trainerPerDiem(), defaults.travelCostPerKm(), defaults.substituteDailyCost(), true,
                defaults.roadFactor(), defaults.averageSpeedKmh(),
                Map.of("Venue rent", "7soft", "Trainer fees", "0soft", "Cohort below ideal size", "5000soft"));
        TrainingProblem problem = TinyProblems.tinyProblem(policy);
        CostBound bound = CostLowerBound.of(PlanFactory.create(problem));
        CostBound unweighted = CostLowerBound.of(PlanFactory.create(TinyProblems.tinyProblem(Policy.defaults())));

        assertThat(bound.byConstraint().get("Trainer fees")).isZero();
        assertThat(bound.byConstraint().get("Venue rent")).isEqualTo(7 * unweighted.byConstraint().get("Venue rent"));
        assertThat(bound.total()).isPositive().isLessThanOrEqualTo(EnumeratedOptimum.of(problem));
    }

    @Test
    void gapIsRelativeToTheBound() {
        CostBound bound = new CostBound(1000, Map.of(), 10);

        assertThat(bound.gap(1030)).isEqualTo(0.03);
        assertThat(bound.gap(1000)).isZero();
    }
}

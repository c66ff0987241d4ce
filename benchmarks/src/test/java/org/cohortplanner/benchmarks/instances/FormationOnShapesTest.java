package org.cohortplanner.benchmarks.instances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.solving.CohortFormation;

/**
 * Shapes whose formation once left a district's few teachers of a track in a cohort below the minimum, with no
 * room nearby: the booking then left them out, though nearby cohorts could spare teams to make it run.
 */
class FormationOnShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"shape-russian-majority-6000", "shape-many-regions-1500"})
    void everyFormedCohortReachesTheMinimumSize(String name) {
        TrainingPlan plan = PlanFactory.create(BenchmarkInstances.named(name).build());

        CohortFormation.formCohorts(plan);

        assertThat(plan.getCohorts()).filteredOn(Cohort::isUsed)
                .allSatisfy(cohort -> assertThat(cohort.size()).as(cohort.getId())
                        .isBetween(cohort.getCourse().minSize(), cohort.getCourse().maxSize()));
        assertThat(plan.getDelegations()).filteredOn(d -> d.getCohort() == null)
                .extracting(Delegation::getId).isEmpty();
    }
}

package org.cohortplanner.constraints;

import static org.cohortplanner.constraints.ConstraintFixture.START;
import static org.cohortplanner.constraints.ConstraintFixture.place;
import static org.cohortplanner.constraints.ConstraintFixture.synced;
import static org.cohortplanner.constraints.ConstraintFixture.school;
import static org.cohortplanner.constraints.ConstraintFixture.trainer;
import static org.cohortplanner.constraints.ConstraintFixture.venue;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The re-planning constraints: each change against the published plan, and nothing without a published plan.
 * Match weights are counted in teachers (moves) or cohorts (dates, trainer, venue).
 */
class MinimalChangeConstraintsTest {

    private static final ConstraintVerifier<CohortPlannerConstraints, TrainingPlan> constraintVerifier =
            ConstraintVerifier.build(new CohortPlannerConstraints(), TrainingPlan.class, Cohort.class,
                    Delegation.class);

    private ConstraintFixture f;
    private School s1;
    private Trainer tr1;
    private Trainer tr2;
    private Venue v1;
    private Venue v2;
    private Cohort c1;
    private Cohort c2;
    private Delegation d4;
    private Delegation d6;

    /** Published: C1 (TR1, V1, first schedule) with delegations of 4 and 6; C2 (TR2, V2, a week later) empty. */
    @BeforeEach
    void setUp() {
        f = new ConstraintFixture();
        s1 = school("S1", "D1");
        tr1 = trainer("TR1");
        tr2 = trainer("TR2");
        v1 = venue("V1", "D1");
        v2 = venue("V2", "D1");
        c1 = f.cohort("C1", "D1", tr1, v1, f.firstSchedule());
        c2 = f.cohort("C2", "D1", tr2, v2, f.mathSchedule(START.plusDays(7)));
        d4 = place(f.delegation("D4", s1, 4), c1);
        d6 = place(f.delegation("D6", s1, 6), c1);
    }

    private void publish() {
        for (Cohort cohort : List.of(c1, c2)) {
            cohort.rememberPublished();
        }
        d4.rememberPublished();
        d6.rememberPublished();
    }

    private static void unplace(Delegation delegation) {
        delegation.getCohort().getDelegations().remove(delegation);
        delegation.setCohort(null);
    }

    private static void move(Delegation delegation, Cohort to) {
        unplace(delegation);
        place(delegation, to);
    }

    private Object[] facts() {
        List<Object> facts = new ArrayList<>(List.of(c1, c2, d4, d6));
        return facts.toArray();
    }

    @Test
    void teacherMoved_toAnotherCohort_countsTeachers() {
        publish();
        move(d4, c2);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherMoved)
                .given(synced(facts()))
                .penalizesBy(4);
    }

    @Test
    void teacherMoved_outOfEveryCohort_counts() {
        publish();
        unplace(d6);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherMoved)
                .given(synced(facts()))
                .penalizesBy(6);
    }

    @Test
    void teacherMoved_unchangedOrNotPublished_doesNotFire() {
        publish();
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherMoved)
                .given(synced(facts()))
                .penalizes(0);
    }

    @Test
    void teacherMoved_placedForTheFirstTime_doesNotFire() {
        unplace(d4);
        publish(); // d4 was unplaced in the published plan
        place(d4, c2);
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherMoved)
                .given(synced(facts()))
                .penalizes(0);
    }

    @Test
    void cohortDatesChanged_firesOncePerCohort() {
        publish();
        c1.setSchedule(f.mathSchedule(START.plusDays(14)));
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortDatesChanged)
                .given(synced(facts()))
                .penalizesBy(1);
    }

    @Test
    void cohortDatesChanged_sameDates_orEmptyCohort_doesNotFire() {
        publish();
        c2.setSchedule(f.mathSchedule(START.plusDays(21))); // C2 has no teachers: it does not run
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortDatesChanged)
                .given(synced(facts()))
                .penalizes(0);
    }

    @Test
    void cohortTrainerChanged_fires() {
        publish();
        c1.setTrainer(tr2);
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTrainerChanged)
                .given(synced(facts()))
                .penalizesBy(1);
    }

    @Test
    void cohortTrainerChanged_unchanged_doesNotFire() {
        publish();
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTrainerChanged)
                .given(synced(facts()))
                .penalizes(0);
    }

    @Test
    void cohortVenueChanged_fires() {
        publish();
        c1.setVenue(v2);
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortVenueChanged)
                .given(synced(facts()))
                .penalizesBy(1);
    }

    @Test
    void cohortVenueChanged_unchanged_doesNotFire() {
        publish();
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortVenueChanged)
                .given(synced(facts()))
                .penalizes(0);
    }

    @Test
    void withoutAPublishedPlan_noChangeIsCounted() {
        move(d4, c2);
        c1.setTrainer(tr2);
        c1.setVenue(v2);
        c1.setSchedule(f.mathSchedule(START.plusDays(14)));
        constraintVerifier.verifyThat(CohortPlannerConstraints::teacherMoved).given(synced(facts())).penalizes(0);
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortDatesChanged).given(synced(facts())).penalizes(0);
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortTrainerChanged).given(synced(facts())).penalizes(0);
        constraintVerifier.verifyThat(CohortPlannerConstraints::cohortVenueChanged).given(synced(facts())).penalizes(0);
    }
}

package org.cohortplanner.constraints;

import static org.cohortplanner.constraints.ConstraintFixture.START;
import static org.cohortplanner.constraints.ConstraintFixture.deliver;
import static org.cohortplanner.constraints.ConstraintFixture.hub;
import static org.cohortplanner.constraints.ConstraintFixture.place;
import static org.cohortplanner.constraints.ConstraintFixture.printHouse;
import static org.cohortplanner.constraints.ConstraintFixture.school;
import static org.cohortplanner.constraints.ConstraintFixture.trainer;
import static org.cohortplanner.constraints.ConstraintFixture.truck;
import static org.cohortplanner.constraints.ConstraintFixture.venue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.delivery.TripKey;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Vehicle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries in a re-plan: a changed trip costs a change; nothing new leaves or prints before "now"; no cohort
 * joins a frozen cohort's trip. Published: C1 and C2 start 2023-04-10 in D1; C1's kits leave 2023-04-03 (lead 1,
 * print week 2023-03-27), C2's leave 2023-03-27 (lead 2, print week 2023-03-20), on one truck from one house.
 */
class DeliveryReplanConstraintsTest {

    private static final ConstraintVerifier<CohortPlannerConstraints, TrainingPlan> constraintVerifier =
            ConstraintVerifier.build(new CohortPlannerConstraints(), TrainingPlan.class, Cohort.class,
                    Delegation.class);
    private static final LocalDate APRIL_10 = START.plusDays(28);

    private ConstraintFixture f;
    private Logistics logistics;
    private DeliveryOption lead1;
    private DeliveryOption lead2;
    private Cohort c1;
    private Cohort c2;
    private Delegation d1;
    private Delegation d2;

    @BeforeEach
    void setUp() {
        f = new ConstraintFixture();
        School s1 = school("S1", "D1");
        logistics = f.logistics(hub("D1", "D1"));
        Vehicle truck = truck("T", 100, 540);
        PrintHouse house = printHouse("PH", "D1", 1000);
        lead1 = logistics.option(truck, house, 1);
        lead2 = logistics.option(truck, house, 2);
        c1 = f.cohort("C1", "D1", trainer("TR1"), venue("V1", "D1"), f.mathSchedule(APRIL_10));
        c2 = f.cohort("C2", "D1", trainer("TR2"), venue("V2", "D1"), f.mathSchedule(APRIL_10));
        d1 = place(f.delegation("D1", s1, 10), c1);
        d2 = place(f.delegation("D2", s1, 10), c2);
        deliver(c1, lead1);
        deliver(c2, lead2);
    }

    /** Remembers the current plan as published, as of {@code now}; {@code frozen} cohorts' trips are closed. */
    private void publish(LocalDate now, Cohort... frozen) {
        Map<TripKey, Integer> trips = new HashMap<>();
        for (Cohort cohort : new Cohort[] {c1, c2}) {
            cohort.rememberPublished();
            trips.merge(cohort.tripKey(), 1, Integer::sum);
        }
        Set<TripKey> frozenTrips = new java.util.HashSet<>();
        for (Cohort cohort : frozen) {
            frozenTrips.add(cohort.tripKey());
        }
        logistics.rememberPublished(trips, frozenTrips, now);
    }

    private Object[] facts() {
        return new Object[] {c1, c2, d1, d2};
    }

    @Test
    void deliveryChanged_aTripWithOtherCohorts_costsOneChange() {
        publish(START);
        c2.setDelivery(lead1); // C2 joins C1's trip; its own trip no longer runs
        constraintVerifier.verifyThat(CohortPlannerConstraints::deliveryChanged).given(facts()).penalizesBy(1);
    }

    @Test
    void deliveryChanged_aNewTrip_costsOneChange() {
        publish(START);
        c1.setSchedule(f.mathSchedule(START.plusDays(35))); // C1's kits now leave a week later: a new trip
        constraintVerifier.verifyThat(CohortPlannerConstraints::deliveryChanged).given(facts()).penalizesBy(1);
    }

    @Test
    void deliveryChanged_unchangedOrFreshPlan_doesNotFire() {
        constraintVerifier.verifyThat(CohortPlannerConstraints::deliveryChanged).given(facts()).penalizes(0);
        publish(START);
        constraintVerifier.verifyThat(CohortPlannerConstraints::deliveryChanged).given(facts()).penalizes(0);
    }

    @Test
    void kitsPlannedBeforeNow_aChangedTripLeavingBeforeNow_fires() {
        publish(LocalDate.of(2023, 4, 5));
        c1.setDelivery(lead2); // would leave 2023-03-27, before now
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsPlannedBeforeNow).given(facts()).penalizesBy(1);
    }

    @Test
    void kitsPlannedBeforeNow_aChangedTripPrintedInAWeekBeforeNowsWeek_fires() {
        publish(LocalDate.of(2023, 4, 4)); // a Tuesday
        DeliveryOption wednesday = logistics.option(lead1.vehicle(), lead1.printHouse(), 1, 2);
        deliver(c1, wednesday); // leaves Wednesday 2023-04-05, after now, but printed the week of 2023-03-27
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsPlannedBeforeNow).given(facts()).penalizesBy(1);
    }

    @Test
    void kitsPlannedBeforeNow_aChangedTripPrintedInNowsWeek_doesNotFire() {
        publish(LocalDate.of(2023, 4, 4));
        c1.setSchedule(f.mathSchedule(START.plusDays(35))); // leaves 2023-04-10, printed the week of 2023-04-03
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsPlannedBeforeNow).given(facts()).penalizes(0);
    }

    @Test
    void kitsPlannedBeforeNow_aTripThatDepartedAsPublished_orAFreshPlan_doesNotFire() {
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsPlannedBeforeNow).given(facts()).penalizes(0);
        publish(LocalDate.of(2023, 4, 5)); // both trips departed before now, as published
        constraintVerifier.verifyThat(CohortPlannerConstraints::kitsPlannedBeforeNow).given(facts()).penalizes(0);
    }

    @Test
    void frozenTripJoined_anotherCohortOnAFrozenCohortsTrip_fires() {
        publish(START, c1);
        c2.setDelivery(lead1);
        constraintVerifier.verifyThat(CohortPlannerConstraints::frozenTripJoined).given(facts()).penalizesBy(1);
    }

    @Test
    void frozenTripJoined_theFrozenCohortItself_orATripNotFrozen_doesNotFire() {
        publish(START, c1);
        constraintVerifier.verifyThat(CohortPlannerConstraints::frozenTripJoined).given(facts()).penalizes(0);
        publish(START);
        c2.setDelivery(lead1);
        constraintVerifier.verifyThat(CohortPlannerConstraints::frozenTripJoined).given(facts()).penalizes(0);
    }
}

package org.cohortplanner.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.UnplacedTeacher;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

    private static final LocalDate OCT_2 = LocalDate.of(2023, 10, 2);
    private static final LocalDate OCT_16 = LocalDate.of(2023, 10, 16);

    private static CohortView cohort(String id, String district, String trainer, String venue, LocalDate start,
            String... teachers) {
        return new CohortView(id, "MATH", "ky", district, trainer, venue, List.of(start, start.plusDays(1)),
                List.of(teachers), null, null);
    }

    private static PlanReport plan(List<CohortView> cohorts, List<UnplacedTeacher> unplaced) {
        Kpis kpis = new Kpis(0, 0, cohorts.size(), 0, Map.of(), null, 0, 0, 0, 0, 0, 0, Map.of());
        return new PlanReport(1, "P", "0hard/0medium/0soft", true, kpis, cohorts, unplaced, List.of(), List.of(),
                List.of());
    }

    @Test
    void samePlan_hasNoChanges() {
        PlanReport plan = plan(List.of(cohort("C1", "OSH", "TR1", "V-OSH", OCT_2, "T1", "T2")), List.of());

        PlanDiff diff = PlanDiff.between(plan, plan);

        assertThat(diff.hasNoChanges()).isTrue();
        assertThat(diff.toNotify().teacherIds()).isEmpty();
    }

    @Test
    void teacherMoves_trainerLosesAndGains_venueLosesAndGains() {
        PlanReport before = plan(List.of(
                cohort("C1", "OSH", "TR1", "V-OSH", OCT_2, "T1", "T2"),
                cohort("C3", "OSH", "TR2", "V-OSH2", OCT_2, "T3")), List.of());
        PlanReport after = plan(List.of(
                cohort("C1", "OSH", "TR1", "V-OSH", OCT_2, "T2"),
                cohort("C3", "OSH", "TR3", "V-OSH2", OCT_2, "T3"),
                cohort("C7", "UZGEN", "TR1", "V-UZG", OCT_16, "T1")), List.of());

        PlanDiff diff = PlanDiff.between(before, after);

        assertThat(diff.teachers()).extracting(PlanDiff.TeacherChange::text).containsExactly(
                "Teacher T1 moves from cohort C1 (at V-OSH in OSH, 2023-10-02..2023-10-03) to C7 (at V-UZG in UZGEN,"
                        + " 2023-10-16..2023-10-17)");
        assertThat(diff.trainers()).extracting(PlanDiff.TrainerChange::text).containsExactly(
                "Trainer TR1: gains C7 (at V-UZG in UZGEN, 2023-10-16..2023-10-17)",
                "Trainer TR2: loses C3 (at V-OSH2 in OSH, 2023-10-02..2023-10-03)",
                "Trainer TR3: gains C3 (at V-OSH2 in OSH, 2023-10-02..2023-10-03)");
        assertThat(diff.venues()).extracting(PlanDiff.VenueChange::venueId).containsExactly("V-UZG");
        assertThat(diff.cohorts()).extracting(PlanDiff.CohortChange::text).containsExactly(
                "Cohort C3: trainer TR2 is replaced by TR3",
                "Cohort C7 is new: at V-UZG in UZGEN, 2023-10-16..2023-10-17");
        assertThat(diff.toNotify()).isEqualTo(new PlanDiff.Notify(List.of("T1"), List.of("TR1", "TR2", "TR3"),
                List.of("V-UZG"), List.of()));
        assertThat(diff.teachersMoved()).isEqualTo(1);
    }

    @Test
    void cohortRescheduled_tellsItsTeachersTrainerAndVenue() {
        PlanReport before = plan(List.of(cohort("C1", "OSH", "TR1", "V-OSH", OCT_2, "T1", "T2")), List.of());
        PlanReport after = plan(List.of(cohort("C1", "OSH", "TR1", "V-OSH", OCT_16, "T1", "T2")), List.of());

        PlanDiff diff = PlanDiff.between(before, after);

        assertThat(diff.cohorts()).extracting(PlanDiff.CohortChange::text).containsExactly(
                "Cohort C1: dates 2023-10-02..2023-10-03 become 2023-10-16..2023-10-17");
        assertThat(diff.teachers()).extracting(PlanDiff.TeacherChange::text).containsExactly(
                "Teacher T1 stays in cohort C1, now at V-OSH in OSH, 2023-10-16..2023-10-17 (was at V-OSH in OSH,"
                        + " 2023-10-02..2023-10-03)",
                "Teacher T2 stays in cohort C1, now at V-OSH in OSH, 2023-10-16..2023-10-17 (was at V-OSH in OSH,"
                        + " 2023-10-02..2023-10-03)");
        assertThat(diff.teachersMoved()).isEqualTo(2); // re-dated: both to tell
        assertThat(diff.teachers()).extracting(PlanDiff.TeacherChange::kind)
                .containsOnly(PlanDiff.TeacherChange.Kind.RESCHEDULED);
        assertThat(diff.toNotify()).isEqualTo(new PlanDiff.Notify(List.of("T1", "T2"), List.of("TR1"),
                List.of("V-OSH"), List.of()));
    }

    @Test
    void droppedCohort_unplacedTeacher_withdrawnTeacher_lateRegistrant() {
        PlanReport before = plan(List.of(
                cohort("C1", "OSH", "TR1", "V-OSH", OCT_2, "T1", "T2"),
                cohort("C2", "OSH", "TR2", "V-OSH2", OCT_2, "T3")), List.of());
        PlanReport after = plan(List.of(cohort("C1", "OSH", "TR1", "V-OSH", OCT_2, "T1", "T9")),
                List.of(new UnplacedTeacher("T3", "every cohort in reach is full")));

        PlanDiff diff = PlanDiff.between(before, after);

        assertThat(diff.teachers()).extracting(PlanDiff.TeacherChange::text).containsExactly(
                "Teacher T2 leaves cohort C1 (at V-OSH in OSH, 2023-10-02..2023-10-03), withdrawn",
                "Teacher T3 loses cohort C2 (at V-OSH2 in OSH, 2023-10-02..2023-10-03): every cohort in reach is full",
                "Teacher T9 joins cohort C1 (at V-OSH in OSH, 2023-10-02..2023-10-03)");
        assertThat(diff.teachers()).extracting(PlanDiff.TeacherChange::kind).containsExactly(
                PlanDiff.TeacherChange.Kind.WITHDRAWN, PlanDiff.TeacherChange.Kind.UNPLACED,
                PlanDiff.TeacherChange.Kind.JOINED);
        assertThat(diff.teachersMoved()).isEqualTo(1); // only T3: a withdrawal or a late registrant is no move
        assertThat(diff.cohorts()).extracting(PlanDiff.CohortChange::text).containsExactly(
                "Cohort C2 (at V-OSH2 in OSH, 2023-10-02..2023-10-03) no longer runs");
        assertThat(diff.trainers()).extracting(PlanDiff.TrainerChange::trainerId).containsExactly("TR2");
        assertThat(diff.venues()).extracting(PlanDiff.VenueChange::lost).containsExactly(List.of("C2"));
    }

    private static PlanReport withDeliveries(PlanReport plan, DeliveryView... deliveries) {
        return new PlanReport(plan.formatVersion(), plan.programmeId(), plan.score(), plan.feasible(), plan.kpis(),
                plan.cohorts(), plan.unplaced(), plan.violations(), List.of(deliveries), List.of());
    }

    private static DeliveryView trip(String id, String truck, LocalDate departure, String... hubs) {
        return new DeliveryView(id, truck, "PH-OSH", departure, departure.plusDays(2), 100, 1000,
                Arrays.stream(hubs).map(h -> new DeliveryView.Stop(h, departure.plusDays(1), List.of()))
                        .toList());
    }

    @Test
    void truckLeavesAWeekLater_andATripChangesItsStops() {
        PlanReport cohorts = plan(List.of(cohort("C1", "OSH", "TR1", "V-OSH", OCT_16, "T1")), List.of());
        PlanReport before = withDeliveries(cohorts, trip("TRUCK-2/PH-OSH/2023-10-02", "TRUCK-2", OCT_2, "OSH"),
                trip("TRUCK-1/PH-OSH/2023-10-02", "TRUCK-1", OCT_2, "OSH", "UZGEN"));
        PlanReport after = withDeliveries(cohorts, trip("TRUCK-2/PH-OSH/2023-10-09", "TRUCK-2", OCT_2.plusDays(7),
                "OSH"), trip("TRUCK-1/PH-OSH/2023-10-02", "TRUCK-1", OCT_2, "OSH"));

        PlanDiff diff = PlanDiff.between(before, after);

        assertThat(diff.deliveries()).extracting(PlanDiff.DeliveryChange::text).containsExactly(
                "Delivery TRUCK-1/PH-OSH/2023-10-02: truck TRUCK-1 leaves PH-OSH on 2023-10-02 for OSH 2023-10-03"
                        + " (was truck TRUCK-1 leaves PH-OSH on 2023-10-02 for OSH 2023-10-03, UZGEN 2023-10-03)",
                "Delivery TRUCK-2/PH-OSH/2023-10-02 (truck TRUCK-2 leaves PH-OSH on 2023-10-02 for OSH 2023-10-03)"
                        + " no longer runs",
                "Delivery TRUCK-2/PH-OSH/2023-10-09 is new: truck TRUCK-2 leaves PH-OSH on 2023-10-09 for OSH"
                        + " 2023-10-10");
        assertThat(diff.toNotify().vehicleIds()).containsExactly("TRUCK-1", "TRUCK-2");
        assertThat(diff.teachers()).isEmpty();
    }
}

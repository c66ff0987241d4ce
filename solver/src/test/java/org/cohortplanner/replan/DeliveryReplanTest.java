package org.cohortplanner.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.PlanSolver;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deliveries in a re-plan, checked by walking both plans: nothing new leaves or prints before "now", frozen cohorts'
 * kits come as published and no other cohort joins their trucks, and trucks change only for the cohorts hit.
 */
class DeliveryReplanTest {

    private static final SolverConfig REPLAN = PlanSolver.config(Duration.ofSeconds(8), Duration.ofSeconds(3));

    private static TrainingProblem problem;
    private static PlanReport published;
    private static LocalDate now;
    private static LocalDate frozenUntil;

    @BeforeAll
    static void solveOnce() {
        problem = TestProblems.withLogistics(TestProblems.generate(300, 2, 1));
        published = new PlanReporter().report(PlanSolver.solve(PlanFactory.create(problem),
                PlanSolver.config(Duration.ofSeconds(15), Duration.ofSeconds(5)), null));
        assertThat(published.feasible()).as(published.score()).isTrue();
        List<LocalDate> departures = published.deliveries().stream().map(DeliveryView::departure).sorted().toList();
        // a Wednesday a third of the way through the deliveries: some trucks have left, most have not
        now = departures.get(departures.size() / 3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusDays(2);
        frozenUntil = now.plusDays(problem.programme().frozenDays());
    }

    private static boolean frozen(CohortView cohort) {
        return cohort.days().get(0).isBefore(frozenUntil);
    }

    /** The trainer with the most cohorts after the frozen days and none in them, on leave for all of those. */
    private static Disruptions leaveOfTheBusiestTrainer() {
        Map<String, List<CohortView>> byTrainer = published.cohorts().stream()
                .collect(Collectors.groupingBy(CohortView::trainerId));
        String trainerId = byTrainer.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(DeliveryReplanTest::frozen))
                .max(Comparator.comparingInt((Map.Entry<String, List<CohortView>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        return new Disruptions(now, List.of(new Disruption.TrainerUnavailable(trainerId, frozenUntil,
                frozenUntil.plusDays(41))));
    }

    /**
     * Changed or new deliveries leave and print from "now" on; frozen cohorts keep their truck and arrival; no
     * cohort joins a frozen cohort's truck.
     */
    private static void assertDeliveriesInTime(ReplanResult result) {
        PlanReport plan = result.plan();
        assertThat(plan.feasible()).as(plan.score() + " " + plan.violations()).isTrue();
        Map<String, DeliveryView> before = published.deliveries().stream()
                .collect(Collectors.toMap(DeliveryView::id, Function.identity()));
        for (DeliveryView delivery : plan.deliveries()) {
            if (!delivery.equals(before.get(delivery.id()))) {
                LocalDate printWeek = delivery.departure().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .minusWeeks(1);
                assertThat(delivery.departure()).as("departure of changed delivery %s", delivery.id())
                        .isAfterOrEqualTo(now);
                assertThat(printWeek).as("print week of changed delivery %s", delivery.id())
                        .isAfterOrEqualTo(now.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            }
        }
        Map<String, CohortView> after = plan.cohorts().stream()
                .collect(Collectors.toMap(CohortView::id, Function.identity()));
        Set<String> frozenTrips = published.cohorts().stream().filter(DeliveryReplanTest::frozen)
                .map(CohortView::deliveryId).collect(Collectors.toSet());
        for (CohortView cohort : published.cohorts()) {
            CohortView now = after.get(cohort.id());
            if (frozen(cohort)) {
                assertThat(now.deliveryId()).as("truck of frozen cohort %s", cohort.id()).isEqualTo(cohort.deliveryId());
                assertThat(now.kitsArrive()).as("kits of frozen cohort %s", cohort.id()).isEqualTo(cohort.kitsArrive());
            }
        }
        for (CohortView cohort : plan.cohorts()) {
            CohortView then = published.cohorts().stream().filter(c -> c.id().equals(cohort.id())).findFirst()
                    .orElse(null);
            if (frozenTrips.contains(cohort.deliveryId())) {
                assertThat(then).as("%s joins a frozen cohort's truck", cohort.id()).isNotNull();
                assertThat(then.deliveryId()).as("%s joins a frozen cohort's truck", cohort.id())
                        .isEqualTo(cohort.deliveryId());
            }
        }
    }

    @Test
    void districtClosedOnTheFirstUpcomingCohort_itsNewTruckLeavesAfterNow() {
        CohortView first = published.cohorts().stream().filter(c -> !frozen(c))
                .min(Comparator.comparing((CohortView c) -> c.days().get(0)).thenComparing(CohortView::id))
                .orElseThrow();
        Disruptions disruptions = new Disruptions(now, List.of(new Disruption.DistrictClosed(first.districtId(),
                first.days().get(0), first.days().get(3))));

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertDeliveriesInTime(result);
        System.out.printf("district closure re-plan as of %s: %s moved from %s to %s; %d of %d trips changed; score %s%n",
                now, first.id(), first.days().get(0), result.plan().cohorts().stream()
                        .filter(c -> c.id().equals(first.id())).map(c -> c.days().get(0)).findFirst().orElse(null),
                result.diff().deliveries().size(), published.deliveries().size(), result.plan().score());
    }

    @Test
    void trucksStayInTimeAndFrozenKitsComeAsPublished() {
        Disruptions disruptions = leaveOfTheBusiestTrainer();
        DateRange leave = ((Disruption.TrainerUnavailable) disruptions.disruptions().get(0)).dates();
        String onLeave = ((Disruption.TrainerUnavailable) disruptions.disruptions().get(0)).trainerId();

        ReplanResult result = Replanner.replan(problem, published, disruptions, REPLAN);

        assertDeliveriesInTime(result);
        PlanReport plan = result.plan();
        long hit = published.cohorts().stream().filter(c -> c.trainerId().equals(onLeave)
                && c.days().stream().anyMatch(leave::contains)).count();
        long changedTrips = result.diff().deliveries().size();
        System.out.printf("deliveries re-plan as of %s: %d cohorts hit, %d of %d trips changed; score %s%n", now, hit,
                changedTrips, published.deliveries().size(), plan.score());
        assertThat(changedTrips).as("trips changed for %d hit cohorts", hit).isLessThanOrEqualTo(3 * hit);
    }
}

package org.cohortplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PrintBatchView;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.report.UnplacedTeacher;
import org.cohortplanner.testdata.HardRuleChecker;
import org.cohortplanner.testdata.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Solves small generated problems and checks the plans with plain code, not with the constraints. */
class PlanSolverIntegrationTest {

    private static PlanReport solve(TrainingProblem problem, int seconds) {
        TrainingPlan plan = PlanFactory.create(problem);
        TrainingPlan solved = PlanSolver.solve(plan, PlanSolver.config(Duration.ofSeconds(seconds),
                Duration.ofSeconds(5)), null);
        return new PlanReporter().report(solved);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void solvesSmallProblemFeasiblyAndPlacesEveryTeacher(long seed) {
        TrainingProblem problem = TestProblems.generate(300, 2, seed);
        PlanReport report = solve(problem, 20);

        assertThat(report.feasible()).as(report.score() + " " + report.violations().stream().filter(v -> !v.level().equals("soft")).toList()).isTrue();
        assertThat(new HardRuleChecker(problem).brokenRules(report)).isEmpty();
        assertThat(report.unplaced()).isEmpty();
        assertThat(report.kpis().teachersPlaced()).isEqualTo(300);
        Set<String> placed = new HashSet<>();
        for (CohortView cohort : report.cohorts()) {
            for (String teacher : cohort.teacherIds()) {
                assertThat(placed.add(teacher)).as("teacher %s in two cohorts", teacher).isTrue();
            }
            Course course = TestProblems.course(cohort.track());
            assertThat(cohort.teacherIds()).hasSizeBetween(course.minSize(), course.maxSize());
        }
        assertThat(report.kpis().cohortsUsed()).isEqualTo(report.cohorts().size());
        assertThat(report.kpis().totalCost()).isPositive();
        assertThat(report.kpis().completionDate()).isBefore(TestProblems.END.plusDays(1));
    }

    /**
     * Local search alone (no booking search, which would take the time) under full assert: the custom swap moves,
     * the cohort dates each delegation is told of and the per-trainer and per-venue clash collectors undo exactly.
     */
    @Test
    void localSearchScoresStayExactUnderFullAssert() {
        TrainingProblem problem = TestProblems.withLogistics(TestProblems.generate(200, 2, 3));
        SolverConfig config = PlanSolver.config(Duration.ofSeconds(8), null).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        config = config.withPhases(config.getPhaseConfigList().stream()
                .filter(phase -> !(phase instanceof CustomPhaseConfig custom
                        && custom.getCustomPhaseCommandClassList().contains(BookingSearchPhase.class)))
                .toArray(PhaseConfig[]::new));
        TrainingPlan solved = PlanSolver.solve(PlanFactory.create(problem), config, null);

        assertThat(new PlanReporter().report(solved).kpis().teachersPlaced()).isEqualTo(200);
        assertThat(solved.getDelegations()).allSatisfy(d -> assertThat(d.getCohortSchedule())
                .isSameAs(d.getCohort() == null ? null : d.getCohort().getSchedule()));
    }

    /** Every move's score is recomputed from scratch and compared: incremental rules (per school, per trip) undo exactly. */
    @Test
    void scoresStayExactUnderFullAssert() {
        TrainingProblem problem = TestProblems.withLogistics(TestProblems.generate(200, 2, 3));
        TrainingPlan solved = PlanSolver.solve(PlanFactory.create(problem), PlanSolver.config(Duration.ofSeconds(6), null)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT), null);

        assertThat(new PlanReporter().report(solved).kpis().teachersPlaced()).isEqualTo(200);
    }

    @Test
    void tooFewTrainersLeavesTeachersUnplacedWithTheReason() {
        TrainingProblem full = TestProblems.generate(300, 2, 3);
        // Nobody teaches SCIENCE in Russian any more.
        List<Trainer> trainers = full.trainers().stream()
                .filter(t -> !(t.tracks().contains("SCIENCE") && t.languages().contains("ru")))
                .toList();
        TrainingProblem problem = new TrainingProblem(full.programme(), full.calendar(), full.districts(),
                full.travel(), full.schools(), full.teachers(), trainers, full.venues(), full.courses(),
                full.policy());
        long scienceInRussian = problem.teachers().stream()
                .filter(t -> t.track().equals("SCIENCE") && t.language().equals("ru")).count();

        PlanReport report = solve(problem, 15);

        assertThat(report.feasible()).as(report.score() + " " + report.violations().stream().filter(v -> !v.level().equals("soft")).toList()).isTrue();
        assertThat(new HardRuleChecker(problem).brokenRules(report)).isEmpty();
        assertThat(report.unplaced()).hasSize((int) scienceInRussian);
        assertThat(report.unplaced()).extracting(UnplacedTeacher::reason)
                .containsOnly("no trainer teaches SCIENCE in ru");
        assertThat(report.kpis().teachersPlaced()).isEqualTo(300 - (int) scienceInRussian);
    }

    @Test
    void kitsReachEveryCohortInTimeWithinTruckAndPrintCapacity() {
        TrainingProblem problem = TestProblems.withLogistics(TestProblems.generate(300, 2, 4));
        PlanReport report = solve(problem, 20);

        assertThat(report.feasible()).as(report.score() + " " + report.violations().stream().filter(v -> !v.level().equals("soft")).toList()).isTrue();
        assertThat(new HardRuleChecker(problem).brokenRules(report)).isEmpty();
        assertThat(report.unplaced()).isEmpty();
        assertThat(report.deliveries()).isNotEmpty();
        assertThat(report.cohorts()).allSatisfy(cohort -> assertThat(cohort.kitsArrive()).isNotNull());
        assertThat(report.kpis().trips()).isEqualTo(report.deliveries().size());
        assertThat(report.kpis().truckingKm()).isPositive();
        assertThat(report.kpis().kitsPrintedByLanguage().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(300);
    }

    @Test
    void printHouseTwoWeeksLateMovesItsShipmentsOrTheCohorts() {
        TrainingProblem problem = TestProblems.withLogistics(TestProblems.generate(300, 2, 4));
        PlanReport before = solve(problem, 20);
        LocalDate firstBatch = before.printBatches().stream()
                .filter(batch -> batch.printHouseId().equals("PH-D1"))
                .map(PrintBatchView::week)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate delayedUntil = firstBatch.plusWeeks(2).minusDays(1);
        TrainingProblem delayed = problem.withLogistics(problem.printHouses().stream()
                .map(house -> !house.id().equals("PH-D1") ? house
                        : new PrintHouse(house.id(), house.name(), house.districtId(), house.weeklyCapacity(),
                                house.languages(), List.of(new DateRange(TestProblems.START, delayedUntil))))
                .toList(), problem.vehicles(), problem.hubs());

        PlanReport after = solve(delayed, 20);

        assertThat(after.feasible()).as(after.score()).isTrue();
        assertThat(new HardRuleChecker(delayed).brokenRules(after)).isEmpty();
        assertThat(after.unplaced()).isEmpty();
        assertThat(after.printBatches())
                .noneMatch(batch -> batch.printHouseId().equals("PH-D1") && !batch.week().isAfter(delayedUntil));
    }

    /**
     * A six-week programme: every cohort must start on 2023-03-27 (a later start leaves no week for the second
     * block), so every kit leaves in the week of 03-20, the first after the first print week. The one van carries
     * one cohort's kits, so it must make two trips in that week.
     */
    @Test
    void oneVanMakesTwoTripsInTheOnlyWeekKitsCanLeave() {
        LocalDate start = LocalDate.of(2023, 3, 13);
        List<District> districts = List.of(new District("D1", "One", "R", 40.5, 72.8),
                new District("D2", "Two", "R", 40.6, 73.1));
        List<School> schools = List.of(new School("S1", "School 1", "D1", Set.of("ky"), 60),
                new School("S2", "School 2", "D2", Set.of("ky"), 60));
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            teachers.add(new Teacher("T" + i, i < 12 ? "S1" : "S2", "MATH", "ky", null, null, List.of()));
        }
        List<Trainer> trainers = List.of(
                new Trainer("TR1", "Trainer 1", "D1", Set.of("ky"), Set.of("MATH"), start, List.of(), 120, 3000),
                new Trainer("TR2", "Trainer 2", "D2", Set.of("ky"), Set.of("MATH"), start, List.of(), 120, 3000));
        List<Venue> venues = List.of(new Venue("V1", "Centre 1", "D1", 25, Set.of("MATH"), null, null, 1000),
                new Venue("V2", "Centre 2", "D2", 25, Set.of("MATH"), null, null, 1000));
        Programme programme = new Programme("TWO-TRIPS", "Two trips", start, LocalDate.of(2023, 4, 21), "KGS", null,
                null, 14);
        TrainingProblem problem = new TrainingProblem(programme, List.of(), districts,
                List.of(new TravelLink("D1", "D2", 60, 45.0)), schools, teachers, trainers, venues,
                List.of(TestProblems.course("MATH")), Policy.defaults(),
                List.of(new PrintHouse("PH", "Press", "D1", 100, Set.of("ky"), List.of())),
                List.of(new Vehicle("VAN", "Van", "D1", 12, 25, 2000, 540, List.of())), List.of());

        PlanReport report = solve(problem, 10);

        assertThat(report.feasible()).as(report.score() + " " + report.violations()).isTrue();
        assertThat(new HardRuleChecker(problem).brokenRules(report)).isEmpty();
        assertThat(report.unplaced()).isEmpty();
        assertThat(report.deliveries()).hasSize(2);
        assertThat(report.deliveries()).extracting(DeliveryView::departure)
                .allMatch(day -> !day.isBefore(LocalDate.of(2023, 3, 20)) && day.isBefore(LocalDate.of(2023, 3, 25)))
                .doesNotHaveDuplicates();
    }
}

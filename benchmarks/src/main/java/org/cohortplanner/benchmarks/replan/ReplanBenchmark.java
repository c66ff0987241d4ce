package org.cohortplanner.benchmarks.replan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.benchmarks.instances.BenchmarkInstances;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.DisruptionEffects;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.replan.PlanDiff;
import org.cohortplanner.replan.ReplanResult;
import org.cohortplanner.replan.Replanner;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.report.PrintBatchView;
import org.cohortplanner.solving.PlanSolver;

/**
 * The {@code replan} set: on each instance a plan is published (solved for a fixed time), then re-planned after
 * each of six disruptions, all chosen from the published plan the same way every time, as of one "now" a quarter of
 * the way into the horizon, just before the second block of a started cohort:
 * <ol>
 * <li>{@code trainer-out}: that cohort's trainer out for six weeks from its second block (next week);</li>
 * <li>{@code venue-closed-month}: the venue with the most cohort days in the month from next week, closed then;</li>
 * <li>{@code district-closed-winter}: the district with the most cohort days from December to February, closed
 * then (from next week when winter has begun);</li>
 * <li>{@code 20-withdrawn}: one teacher of each of the first 20 cohorts after the frozen days withdraws;</li>
 * <li>{@code 30-late}: 30 late registrants, each like a teacher of one of the first 30 cohorts after the frozen
 * days;</li>
 * <li>{@code print-2-weeks-late}: the first print batch from now on is two weeks late.</li>
 * </ol>
 * A scenario with nothing to hit (no cohort in the month or the winter, no print batch) is left out.
 * Columns: feasible, the cohorts the disruption hits, teachers moved (other cohort, dates or venue) outside them of
 * those who could move (placed in a cohort neither hit nor frozen), people to notify (teachers, trainers, venues and
 * trucks), trips changed, conflicts, and seconds to the first feasible re-plan and to the end (both from the start
 * of the re-plan, its preparation included).
 */
public final class ReplanBenchmark {

    public static final List<String> INSTANCES = List.of("reference-8850", "shape-long-leave-3000",
            "shape-mountain-road-4000");
    public static final Duration PUBLISH_LIMIT = Duration.ofSeconds(60);
    public static final Duration REPLAN_LIMIT = Duration.ofSeconds(30);
    public static final Duration REPLAN_UNIMPROVED = Replanner.DEFAULT_UNIMPROVED;

    /** One re-plan's measurements. */
    public record Row(String instance, String scenario, String disruption, boolean feasible, String score,
            int hitCohorts, long movedOutside, long couldMove, int toNotify, int tripsChanged, int conflicts,
            int alreadyBroken, double firstFeasibleSeconds, double seconds) {

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d of %d (%.2f %%) | %d | %d | %d | %s | %.1f |",
                    instance, scenario, feasible ? "yes" : "**no**", score, hitCohorts, movedOutside, couldMove,
                    couldMove == 0 ? 0.0 : 100.0 * movedOutside / couldMove, toNotify, tripsChanged, conflicts,
                    firstFeasibleSeconds < 0 ? "–" : String.format(Locale.ROOT, "%.1f", firstFeasibleSeconds), seconds);
        }

        String csv() {
            return String.join(",", instance, scenario, "\"" + disruption.replace("\"", "'") + "\"",
                    String.valueOf(feasible), score, String.valueOf(hitCohorts), String.valueOf(movedOutside),
                    String.valueOf(couldMove), String.valueOf(toNotify), String.valueOf(tripsChanged),
                    String.valueOf(conflicts), String.valueOf(alreadyBroken),
                    String.format(Locale.ROOT, "%.2f", firstFeasibleSeconds), String.format(Locale.ROOT, "%.2f", seconds));
        }
    }

    /** A disruption chosen from the published plan, and the cohorts it hits there. */
    record Scenario(String name, Disruption disruption, Set<String> hitCohortIds) {
    }

    private ReplanBenchmark() {
    }

    /** Runs every instance and scenario; writes {@code replan.md} and {@code replan.csv} into {@code out}. */
    public static List<Row> run(List<String> instances, Path out) {
        List<Row> rows = new ArrayList<>();
        for (String name : instances) {
            TrainingProblem problem = BenchmarkInstances.named(name).build();
            System.out.printf("%s: publishing a plan (%d s)%n", name, PUBLISH_LIMIT.toSeconds());
            PlanReport published = new PlanReporter().report(PlanSolver.solve(PlanFactory.create(problem),
                    PlanSolver.config(PUBLISH_LIMIT, null), null));
            System.out.printf("%s: published %s%n", name, published.score());
            Situation situation = Situation.of(problem, published);
            for (Scenario scenario : situation.scenarios()) {
                Row row = replan(name, problem, published, situation, scenario);
                System.out.println(row.markdown());
                rows.add(row);
            }
        }
        write(rows, out);
        return rows;
    }

    private static Row replan(String instance, TrainingProblem problem, PlanReport published, Situation situation,
            Scenario scenario) {
        SolverConfig config = PlanSolver.config(REPLAN_LIMIT, REPLAN_UNIMPROVED);
        AtomicLong firstFeasible = new AtomicLong(-1);
        long start = System.nanoTime();
        ReplanResult result = Replanner.replan(problem, published,
                new Disruptions(situation.now(), List.of(scenario.disruption())), config, best -> {
                    if (best.getScore() != null && best.getScore().hardScore() == 0 && firstFeasible.get() < 0) {
                        firstFeasible.set(System.nanoTime());
                    }
                });
        long end = System.nanoTime();
        PlanReport plan = result.plan();
        result.conflicts().forEach(c -> System.out.println("  CONFLICT: " + c));
        plan.violations().stream().filter(v -> v.level().equals("hard")).forEach(v -> System.out.println("  broken: "
                + v.constraint() + " " + v.score() + (v.matches().isEmpty() ? "" : ": " + v.matches().get(0))));
        if (plan.feasible() && firstFeasible.get() < 0) {
            firstFeasible.set(end); // feasible from the start: no better solution was announced
        }
        Set<String> couldMove = published.cohorts().stream()
                .filter(c -> !c.days().get(0).isBefore(situation.frozenUntil())
                        && !scenario.hitCohortIds().contains(c.id()))
                .flatMap(c -> c.teacherIds().stream()).collect(Collectors.toSet());
        PlanDiff diff = result.diff();
        long moved = diff.teachers().stream().filter(t -> t.moved() && couldMove.contains(t.teacherId())).count();
        var notify = diff.toNotify();
        int toNotify = notify.teacherIds().size() + notify.trainerIds().size() + notify.venueIds().size()
                + notify.vehicleIds().size();
        return new Row(instance, scenario.name(), describe(scenario.disruption()), plan.feasible(), plan.score(),
                scenario.hitCohortIds().size(), moved, couldMove.size(), toNotify, diff.deliveries().size(),
                result.conflicts().size(), result.alreadyBroken().size(),
                firstFeasible.get() < 0 ? -1 : (firstFeasible.get() - start) / 1e9, (end - start) / 1e9);
    }

    private static String describe(Disruption disruption) {
        return org.cohortplanner.replan.Causes.describe(disruption);
    }

    /** "Now" and the frozen days of the published plan, from which every scenario is chosen. */
    record Situation(TrainingProblem problem, PlanReport published, LocalDate now, LocalDate frozenUntil,
            CohortView started) {

        /**
         * Now is a week before the second block of the started cohort (of a course with several blocks) whose
         * first day lies nearest a quarter of the way into the horizon.
         */
        static Situation of(TrainingProblem problem, PlanReport published) {
            LocalDate start = problem.programme().horizonStart();
            LocalDate target = start.plusDays((problem.programme().horizonEnd().toEpochDay() - start.toEpochDay()) / 4);
            Map<String, Course> courses = new HashMap<>();
            problem.courses().forEach(c -> courses.put(c.track(), c));
            CohortView started = published.cohorts().stream()
                    .filter(c -> courses.get(c.track()).blockDays().size() > 1
                            && c.days().size() == courses.get(c.track()).inPersonDays())
                    .min(Comparator.comparingLong((CohortView c) -> Math.abs(c.days().get(0).toEpochDay()
                            - target.toEpochDay())).thenComparing(CohortView::id))
                    .orElseThrow(() -> new IllegalStateException("no cohort of several blocks to start from"));
            LocalDate secondBlock = started.days().get(courses.get(started.track()).blockDays().get(0));
            LocalDate now = secondBlock.minusDays(7);
            return new Situation(problem, published, now, now.plusDays(problem.programme().frozenDays()), started);
        }

        List<Scenario> scenarios() {
            List<Scenario> scenarios = new ArrayList<>();
            LocalDate nextWeek = now.plusDays(7);
            DateRange leave = new DateRange(nextWeek, nextWeek.plusDays(41));
            scenarios.add(new Scenario("trainer-out", new Disruption.TrainerUnavailable(started.trainerId(),
                    leave.from(), leave.to()), hit(c -> c.trainerId().equals(started.trainerId()), leave)));
            DateRange month = new DateRange(nextWeek, nextWeek.plusDays(27));
            busiest(CohortView::venueId, month).ifPresent(venue -> scenarios.add(new Scenario("venue-closed-month",
                    new Disruption.VenueClosed(venue, month.from(), month.to()),
                    hit(c -> c.venueId().equals(venue), month))));
            DateRange winter = winter();
            busiest(CohortView::districtId, winter).ifPresent(district -> scenarios.add(new Scenario(
                    "district-closed-winter", new Disruption.DistrictClosed(district, winter.from(), winter.to()),
                    hit(c -> c.districtId().equals(district), winter))));
            List<CohortView> upcoming = published.cohorts().stream().filter(c -> !c.days().get(0).isBefore(frozenUntil))
                    .sorted(Comparator.comparing((CohortView c) -> c.days().get(0)).thenComparing(CohortView::id))
                    .toList();
            List<CohortView> twenty = upcoming.stream().limit(20).toList();
            scenarios.add(new Scenario("20-withdrawn", new Disruption.TeachersWithdrawn(twenty.stream()
                    .map(c -> c.teacherIds().get(0)).toList()),
                    twenty.stream().map(CohortView::id).collect(Collectors.toSet())));
            Map<String, Teacher> teachers = new HashMap<>();
            problem.teachers().forEach(t -> teachers.put(t.id(), t));
            List<Teacher> late = new ArrayList<>();
            for (CohortView cohort : upcoming.stream().limit(30).toList()) {
                Teacher template = teachers.get(cohort.teacherIds().get(0));
                late.add(new Teacher("T-LATE-" + (late.size() + 1), template.schoolId(), template.track(),
                        template.language(), null, null, List.of()));
            }
            scenarios.add(new Scenario("30-late", new Disruption.TeachersAdded(late), Set.of()));
            published.printBatches().stream().filter(b -> !b.week().isBefore(now))
                    .min(Comparator.comparing(PrintBatchView::week).thenComparing(PrintBatchView::printHouseId))
                    .ifPresent(batch -> scenarios.add(new Scenario("print-2-weeks-late",
                            new Disruption.PrintBatchDelayed(DisruptionEffects.printBatchId(batch), 14),
                            printedIn(batch))));
            return scenarios;
        }

        /** December to February of the winter after now; from next week when it has begun. */
        private DateRange winter() {
            int year = now.getMonthValue() <= 2 ? now.getYear() - 1 : now.getYear();
            LocalDate from = LocalDate.of(year, Month.DECEMBER, 1);
            LocalDate to = LocalDate.of(year + 1, Month.MARCH, 1).minusDays(1);
            return new DateRange(from.isBefore(now.plusDays(7)) ? now.plusDays(7) : from, to);
        }

        /** The trainer, venue or district with the most cohort days in the period; empty when none has any. */
        private java.util.Optional<String> busiest(java.util.function.Function<CohortView, String> resource,
                DateRange period) {
            Map<String, Long> days = new HashMap<>();
            for (CohortView cohort : published.cohorts()) {
                long count = cohort.days().stream().filter(period::contains).count();
                if (count > 0) {
                    days.merge(resource.apply(cohort), count, Long::sum);
                }
            }
            return days.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .map(Map.Entry::getKey);
        }

        private Set<String> hit(java.util.function.Predicate<CohortView> uses, DateRange period) {
            return published.cohorts().stream().filter(c -> uses.test(c) && c.days().stream().anyMatch(period::contains))
                    .map(CohortView::id).collect(Collectors.toSet());
        }

        /** Cohorts whose kits are printed in the batch's house and week. */
        private Set<String> printedIn(PrintBatchView batch) {
            Set<String> deliveries = published.deliveries().stream()
                    .filter(d -> d.printHouseId().equals(batch.printHouseId())
                            && Logistics.weekStart(d.departure()).minusWeeks(1).equals(batch.week()))
                    .map(DeliveryView::id).collect(Collectors.toSet());
            return published.cohorts().stream().filter(c -> deliveries.contains(c.deliveryId()))
                    .map(CohortView::id).collect(Collectors.toSet());
        }
    }

    private static void write(List<Row> rows, Path out) {
        List<String> md = new ArrayList<>();
        md.add("| instance | scenario | feasible | score | hit cohorts | teachers moved outside them (of those who"
                + " could move) | people to notify | trips changed | conflicts | first feasible (s) | done (s) |");
        md.add("|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(r -> md.add(r.markdown()));
        List<String> csv = new ArrayList<>();
        csv.add("instance,scenario,disruption,feasible,score,hit_cohorts,moved_outside,could_move,to_notify,"
                + "trips_changed,conflicts,already_broken,first_feasible_seconds,seconds");
        rows.forEach(r -> csv.add(r.csv()));
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("replan.md"), md);
            Files.write(out.resolve("replan.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the re-plan summary to " + out, e);
        }
    }
}

package org.cohortplanner.replan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.config.solver.SolverConfig;


import org.cohortplanner.delivery.TripKey;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.CohortFormation;
import org.cohortplanner.solving.PlanRestorer;
import org.cohortplanner.solving.PlanSolver;

/**
 * Re-plans a published plan after disruptions, changing as little as possible:
 * <ol>
 * <li>the disruptions change the facts (leave, closures, withdrawn and added teachers);</li>
 * <li>the published plan is restored over them and remembered as "published" on every cohort and delegation,
 * which the minimal-change constraints compare against;</li>
 * <li>cohorts started or starting within the frozen days are pinned; a disruption that makes one of their
 * remaining days impossible is repaired there and only there ({@link FrozenRepair}: a substitute trainer or venue
 * for the remaining blocks, else new dates for them), and is a {@link Conflict} only when nothing fits;</li>
 * <li>a cancelled cohort loses its teachers, trainer, venue and dates, and is pinned empty;</li>
 * <li>a later cohort whose trainer, venue or dates the disruptions broke loses just those, so the construction
 * heuristic re-staffs or re-dates it first; freed and new teachers are placed by cohort formation, teachers the
 * published plan left unplaced stay so;</li>
 * <li>the normal solver then improves the plan, paying for each change against the published one.</li>
 * </ol>
 */
public final class Replanner {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /** A re-plan starts from a good plan, so the search mostly confirms it: stop when it stops improving. */
    public static final Duration DEFAULT_UNIMPROVED = Duration.ofSeconds(10);

    private Replanner() {
    }

    public static ReplanResult replan(TrainingProblem problem, PlanReport published, Disruptions disruptions) {
        return replan(problem, published, disruptions, PlanSolver.config(DEFAULT_TIME_LIMIT, DEFAULT_UNIMPROVED));
    }

    /**
     * @throws org.cohortplanner.solving.PlanMismatchException if the published plan does not fit the problem
     */
    public static ReplanResult replan(TrainingProblem problem, PlanReport published, Disruptions disruptions,
            SolverConfig config) {
        return replan(problem, published, disruptions, config, null);
    }

    /** As {@link #replan(TrainingProblem, PlanReport, Disruptions, SolverConfig)}, telling each new best solution. */
    public static ReplanResult replan(TrainingProblem problem, PlanReport published, Disruptions disruptions,
            SolverConfig config, java.util.function.Consumer<TrainingPlan> onBestSolution) {
        List<String> alreadyBroken = alreadyBroken(problem, published, disruptions.now());
        Prepared prepared = prepareWithConflicts(problem, published, disruptions);
        TrainingPlan plan = prepared.plan();
        List<Conflict> all = new ArrayList<>(prepared.conflicts());
        all.addAll(conflicts(plan, published, disruptions));
        List<Conflict> conflicts = all.stream().filter(Conflict::causedByADisruption).toList();
        all.stream().filter(c -> !c.causedByADisruption()).map(Conflict::toString)
                .filter(line -> !alreadyBroken.contains(line)).forEach(alreadyBroken::add);
        formCohortsForNewcomers(plan);
        TrainingPlan solved = PlanSolver.buildSolver(config, onBestSolution).solve(plan);
        PlanReport report = new PlanReporter().report(solved);
        return new ReplanResult(plan.getProblem(), report, PlanDiff.between(published, report), conflicts,
                notApplied(disruptions, published), alreadyBroken);
    }

    /**
     * The hard rules the published plan broke before the disruptions (scored against the problem as of now), one
     * line per match in plain words: a re-plan repairs them where it may, and says they were there before.
     */
    static List<String> alreadyBroken(TrainingProblem problem, PlanReport published, LocalDate now) {
        TrainingPlan before = PlanRestorer.restore(DisruptionEffects.asOf(problem, now), published);
        List<String> lines = new ArrayList<>();
        new PlanReporter().violations(before).stream().filter(v -> v.level().equals("hard"))
                .forEach(v -> v.matches().forEach(match -> lines.add(v.constraint() + ": " + match)));
        return lines;
    }

    /** The model ready to solve: facts changed, published values remembered, frozen cohorts pinned, breaks released. */
    public static TrainingPlan prepare(TrainingProblem problem, PlanReport published, Disruptions disruptions) {
        return prepareWithConflicts(problem, published, disruptions).plan();
    }

    /** The prepared model and the frozen cohorts whose forced changes found no repair. */
    record Prepared(TrainingPlan plan, List<Conflict> conflicts) {
    }

    static Prepared prepareWithConflicts(TrainingProblem problem, PlanReport published, Disruptions disruptions) {
        TrainingProblem changed = DisruptionEffects.apply(problem, disruptions, published);
        TrainingPlan plan = PlanRestorer.restore(changed,
                withoutTeachers(published, DisruptionEffects.withdrawnTeacherIds(disruptions)));
        plan.getCohorts().forEach(Cohort::rememberPublished);
        plan.getDelegations().forEach(Delegation::rememberPublished);
        Map<TripKey, Integer> publishedTrips = new HashMap<>();
        plan.getCohorts().stream().filter(c -> c.tripKey() != null)
                .forEach(c -> publishedTrips.merge(c.tripKey(), 1, Integer::sum));
        keepUnplaced(plan, published);
        cancel(plan, DisruptionEffects.cancelledCohortIds(disruptions));
        Pinning.pin(plan);
        rememberPublishedTrips(plan, publishedTrips, disruptions.now());
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isPinned() && cohort.tripKey() != null && cohort.tripKey().departure().isBefore(disruptions.now())) {
                cohort.shipKits();
            }
        }
        List<Conflict> conflicts = FrozenRepair.repair(plan, disruptions);
        releaseBrokenAssignments(plan);
        return new Prepared(plan, conflicts);
    }

    /**
     * Trips stay as published unless a cohort's kits need another: the trips with their cohorts, the frozen
     * cohorts' trips (closed to other cohorts) and "now" (nothing new leaves or prints before it).
     */
    private static void rememberPublishedTrips(TrainingPlan plan, Map<TripKey, Integer> publishedTrips, LocalDate now) {
        Set<TripKey> frozen = new HashSet<>();
        plan.getCohorts().stream().filter(c -> c.isPinned() && c.tripKey() != null).forEach(c -> frozen.add(c.tripKey()));
        plan.getCohorts().stream().flatMap(c -> c.getDeliveryOptions().stream()).findFirst()
                .ifPresent(option -> option.logistics().rememberPublished(publishedTrips, frozen, now));
    }

    private static PlanReport withoutTeachers(PlanReport plan, Set<String> teacherIds) {
        if (teacherIds.isEmpty()) {
            return plan;
        }
        List<CohortView> cohorts = plan.cohorts().stream()
                .map(c -> c.withTeacherIds(c.teacherIds().stream().filter(id -> !teacherIds.contains(id)).toList()))
                .toList();
        return plan.withCohorts(cohorts,
                plan.unplaced().stream().filter(u -> !teacherIds.contains(u.teacherId())).toList());
    }

    /**
     * Teachers the published plan could not place stay unplaced: the re-plan is about the disruptions, and cohort
     * formation would otherwise open undersized cohorts for them that the search then has to repair by moving
     * published teachers.
     */
    private static void keepUnplaced(TrainingPlan plan, PlanReport published) {
        Set<String> unplaced = new HashSet<>();
        published.unplaced().forEach(u -> unplaced.add(u.teacherId()));
        for (Delegation delegation : plan.getDelegations()) {
            if (delegation.getCohort() == null
                    && delegation.getTeachers().stream().allMatch(t -> unplaced.contains(t.id()))) {
                delegation.setPinned(true);
            }
        }
    }

    /**
     * Cohort formation for the freed teachers (of cancelled cohorts) and the late registrants; those it could only
     * put into a new cohort below the minimum size are left to the construction heuristic, which places them where
     * there is room or leaves them unplaced, rather than starting the search from a broken cohort.
     */
    static void formCohortsForNewcomers(TrainingPlan plan) {
        CohortFormation.formCohorts(plan);
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isPinned() && !cohort.wasPublished() && cohort.isUsed()
                    && cohort.size() < cohort.getCourse().minSize()) {
                for (Delegation delegation : List.copyOf(cohort.getDelegations())) {
                    delegation.setCohort(null);
                }
                cohort.getDelegations().clear();
            }
        }
    }

    private static void cancel(TrainingPlan plan, Set<String> cohortIds) {
        for (Cohort cohort : plan.getCohorts()) {
            if (cohortIds.contains(cohort.getId())) {
                for (Delegation delegation : List.copyOf(cohort.getDelegations())) {
                    delegation.setCohort(null);
                }
                cohort.getDelegations().clear();
                cohort.setTrainer(null);
                cohort.setVenue(null);
                cohort.setSchedule(null);
                cohort.setDelivery(null);
                cohort.setPinned(true); // with no trainer, venue or dates it cannot run again
            }
        }
    }

    /**
     * Clears what the disruptions broke on cohorts free to change: the trainer when on leave (and the dates too
     * when no other qualified trainer is free on them), the venue and dates when the venue or district is closed.
     * Dates and venue go together, as the construction heuristic chooses them together.
     */
    private static void releaseBrokenAssignments(TrainingPlan plan) {
        Map<Trainer, Set<LocalDate>> busy = new HashMap<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isUsed() && cohort.getTrainer() != null && cohort.getSchedule() != null) {
                busy.computeIfAbsent(cohort.getTrainer(), t -> new HashSet<>()).addAll(cohort.getSchedule().dates());
            }
        }
        for (Cohort cohort : plan.getCohorts()) {
            if (cohort.isPinned() || !cohort.isUsed() || cohort.getSchedule() == null) {
                continue;
            }
            boolean moveDates = false;
            if (cohort.getTrainer() != null && cohort.trainerUnavailableDays() > 0) {
                Trainer unavailable = cohort.getTrainer();
                cohort.setTrainer(null);
                // nobody else is free on these dates (on leave or teaching): the cohort needs new dates instead
                moveDates = cohort.getQualifiedTrainers().stream().noneMatch(t -> t != unavailable
                        && cohort.getSchedule().dates().stream().allMatch(
                                day -> t.isAvailableOn(day) && !busy.getOrDefault(t, Set.of()).contains(day)));
            }
            if (moveDates || (cohort.getVenue() != null && cohort.venueUnavailableDays() > 0)
                    || cohort.closedDays() > 0) {
                cohort.setVenue(null);
                cohort.setSchedule(null);
            }
            if (cohort.getDelivery() != null && cohort.getSchedule() != null && !cohort.isShipped()
                    && !deliverable(cohort)) {
                cohort.setDelivery(null);
            }
        }
    }

    /** Whether the cohort's truck can leave and its print house can print the week before, after the delays. */
    private static boolean deliverable(Cohort cohort) {
        var key = cohort.tripKey();
        if (key == null) {
            return true;
        }
        var printWeek = cohort.getDelivery().logistics().printWeek(key.printHouse(), key.departure());
        return key.vehicle().unavailableDaysBetween(key.departure(), key.departure()) == 0
                && key.printHouse().capacityInWeekOf(printWeek.monday()) > 0;
    }

    /**
     * Frozen cohorts the changed facts break in ways no repair here changes (their trainer, venue and district are
     * repaired by {@link FrozenRepair}): a person must act. Each names the disruption behind it, or none when the
     * published plan was already so.
     */
    static List<Conflict> conflicts(TrainingPlan plan, PlanReport published, Disruptions disruptions) {
        Set<String> withdrawn = DisruptionEffects.withdrawnTeacherIds(disruptions);
        Map<String, CohortView> publishedCohorts = new HashMap<>();
        published.cohorts().forEach(c -> publishedCohorts.put(c.id(), c));
        List<Conflict> conflicts = new ArrayList<>();
        for (Cohort cohort : plan.getCohorts()) {
            if (!cohort.isPinned() || !cohort.isUsed() || cohort.getSchedule() == null) {
                continue;
            }
            CohortView before = publishedCohorts.get(cohort.getId());
            if (cohort.getDelivery() != null && !deliverable(cohort)) {
                String deliveryId = before == null ? null : before.deliveryId();
                String cause = disruptions.disruptions().stream()
                        .filter(d -> d instanceof Disruption.DeliveryDelayed delay && delay.deliveryId().equals(deliveryId)
                                || d instanceof Disruption.PrintBatchDelayed batch && cohort.tripKey() != null
                                        && batch.batchId().startsWith(cohort.tripKey().printHouse().id() + "@"))
                        .findFirst().map(Causes::describe).orElse(null);
                conflicts.add(new Conflict(cohort.getId(), "its kits' truck or print week is delayed, but it is frozen",
                        cause));
            }
            if (cohort.size() < cohort.getCourse().minSize()) {
                boolean lostTeachers = before != null && before.teacherIds().stream().anyMatch(withdrawn::contains);
                String cause = !lostTeachers ? null : disruptions.disruptions().stream()
                        .filter(d -> d instanceof Disruption.TeachersWithdrawn w
                                && w.teacherIds().stream().anyMatch(before.teacherIds()::contains))
                        .findFirst().map(Causes::describe).orElse(null);
                conflicts.add(new Conflict(cohort.getId(), "only " + cohort.size() + " teachers remain, below the"
                        + " minimum of " + cohort.getCourse().minSize() + ", but it is frozen", cause));
            }
        }
        return conflicts;
    }

    /** Delays whose delivery or print batch the published plan does not have. */
    private static List<String> notApplied(Disruptions disruptions, PlanReport published) {
        List<String> notApplied = new ArrayList<>();
        for (Disruption.DeliveryDelayed delay : disruptions.ofType(Disruption.DeliveryDelayed.class)) {
            if (published.deliveries().stream().noneMatch(d -> d.id().equals(delay.deliveryId()))) {
                notApplied.add(delay.type() + " " + delay.deliveryId() + ": the published plan has no such delivery");
            }
        }
        for (Disruption.PrintBatchDelayed delay : disruptions.ofType(Disruption.PrintBatchDelayed.class)) {
            if (published.printBatches().stream()
                    .noneMatch(b -> DisruptionEffects.printBatchId(b).equals(delay.batchId()))) {
                notApplied.add(delay.type() + " " + delay.batchId() + ": the published plan has no such print batch");
            }
        }
        return notApplied;
    }
}

package org.cohortplanner.solving;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.calendar.ScheduleFactory;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.report.BlockView;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.PlanReport;

/**
 * Rebuilds the solver's model from a plan file, whoever made it, so it can be scored, resumed or re-planned.
 * <p>
 * Cohorts keep their ids: a cohort matching one of the problem's slots takes that slot, any other becomes an
 * extra slot. Dates that are not a standard layout become a custom schedule. Rule breaking (a trainer without
 * the qualification, a cohort too far away) is kept as it is, for the score to show; only what cannot be
 * represented at all (unknown ids, a teacher in two cohorts) is rejected.
 */
public final class PlanRestorer {

    private PlanRestorer() {
    }

    /**
     * @throws PlanMismatchException listing every part of the plan that does not fit the problem
     */
    public static TrainingPlan restore(TrainingProblem problem, PlanReport report) {
        List<PlanMismatchException.Mismatch> mismatches = new ArrayList<>();
        Map<String, Teacher> teacherById = problem.teachers().stream()
                .collect(Collectors.toMap(Teacher::id, Function.identity()));
        Map<String, Trainer> trainerById = problem.trainers().stream()
                .collect(Collectors.toMap(Trainer::id, Function.identity()));
        Map<String, Venue> venueById = problem.venues().stream()
                .collect(Collectors.toMap(Venue::id, Function.identity()));
        Map<String, Course> courseByTrack = problem.courses().stream()
                .collect(Collectors.toMap(Course::track, Function.identity()));
        Set<String> districtIds = problem.districts().stream().map(d -> d.id()).collect(Collectors.toSet());

        Map<String, String> cohortIdByTeacher = new LinkedHashMap<>();
        Set<String> cohortIds = new HashSet<>();
        for (CohortView view : report.cohorts()) {
            if (!cohortIds.add(view.id())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "id", "cohort listed twice"));
            }
            if (!courseByTrack.containsKey(view.track())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "track",
                        "no course for track " + view.track()));
            }
            if (view.trainerId() != null && !trainerById.containsKey(view.trainerId())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "trainerId",
                        "unknown trainer (" + view.trainerId() + ")"));
            }
            if (view.venueId() != null && !venueById.containsKey(view.venueId())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "venueId",
                        "unknown venue (" + view.venueId() + ")"));
            }
            String districtId = districtOf(view, venueById);
            Venue venue = view.venueId() == null ? null : venueById.get(view.venueId());
            if (districtId == null || !districtIds.contains(districtId)) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "districtId",
                        "unknown district (" + districtId + ")"));
            } else if (venue != null && !venue.districtId().equals(districtId)) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "venueId",
                        "venue " + venue.id() + " is in district " + venue.districtId() + ", not " + districtId));
            }
            for (String teacherId : view.teacherIds()) {
                if (!teacherById.containsKey(teacherId)) {
                    mismatches.add(new PlanMismatchException.Mismatch(view.id(), "teacherIds",
                            "unknown teacher (" + teacherId + ")"));
                } else {
                    String previous = cohortIdByTeacher.putIfAbsent(teacherId, view.id());
                    if (previous != null) {
                        mismatches.add(new PlanMismatchException.Mismatch(view.id(), "teacherIds",
                                "teacher " + teacherId + " is also in cohort " + previous));
                    }
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new PlanMismatchException(mismatches);
        }

        TrainingPlan plan = PlanFactory.create(problem, cohortIdByTeacher);
        Map<String, Cohort> cohortById = new HashMap<>();
        plan.getCohorts().forEach(c -> cohortById.put(c.getId(), c));
        ScheduleFactory scheduleFactory = new ScheduleFactory(plan.getContext().calendar());
        Map<String, DeliveryView> deliveryById = report.deliveries().stream()
                .collect(Collectors.toMap(DeliveryView::id, Function.identity(), (a, b) -> a));
        for (CohortView view : report.cohorts()) {
            Cohort cohort = cohortById.get(view.id());
            String districtId = districtOf(view, venueById);
            if (cohort == null || !cohort.getTrack().equals(view.track())
                    || !cohort.getLanguage().equals(view.language()) || !cohort.getDistrictId().equals(districtId)) {
                if (cohort != null) {
                    mismatches.add(new PlanMismatchException.Mismatch(view.id(), "id",
                            "names a cohort slot of another track, language or district"));
                    continue;
                }
                cohort = extraCohort(problem, plan, view, districtId, courseByTrack.get(view.track()));
                cohortById.put(cohort.getId(), cohort);
            }
            Schedule schedule = null;
            if (!view.days().isEmpty()) {
                try {
                    schedule = scheduleOf(cohort, view, scheduleFactory);
                } catch (IllegalArgumentException e) {
                    mismatches.add(new PlanMismatchException.Mismatch(view.id(), "days", e.getMessage()));
                }
            }
            DeliveryOption delivery = null;
            if (view.deliveryId() != null && schedule != null) {
                try {
                    delivery = deliveryOf(cohort, view, schedule, deliveryById, problem);
                } catch (IllegalArgumentException e) {
                    mismatches.add(new PlanMismatchException.Mismatch(view.id(), "deliveryId", e.getMessage()));
                }
            }
            cohort.restore(view.trainerId() == null ? null : trainerById.get(view.trainerId()),
                    view.venueId() == null ? null : venueById.get(view.venueId()), schedule, delivery);
            if (!view.blocks().isEmpty() && schedule != null) {
                restoreHandover(cohort, view, trainerById, venueById, mismatches);
            }
        }
        if (!mismatches.isEmpty()) {
            throw new PlanMismatchException(mismatches);
        }
        for (Delegation delegation : plan.getDelegations()) {
            String cohortId = cohortIdByTeacher.get(delegation.getTeachers().get(0).id());
            if (cohortId != null) {
                Cohort cohort = cohortById.get(cohortId);
                if (!delegation.getReachableCohorts().contains(cohort)) {
                    delegation.getReachableCohorts().add(cohort); // out of reach: the travel rule will say so
                }
                delegation.setCohort(cohort);
                cohort.getDelegations().add(delegation);
            }
        }
        return plan;
    }

    /**
     * A cohort whose blocks differ in trainer or venue: the model keeps one handover, from the first block that
     * differs from the first block on; every later block must have the cohort's trainer and venue.
     */
    private static void restoreHandover(Cohort cohort, CohortView view, Map<String, Trainer> trainerById,
            Map<String, Venue> venueById, List<PlanMismatchException.Mismatch> mismatches) {
        List<BlockView> blocks = view.blocks();
        List<LocalDate> days = blocks.stream().flatMap(b -> b.days().stream()).sorted().toList();
        if (!days.equals(view.days().stream().sorted().toList())) {
            mismatches.add(new PlanMismatchException.Mismatch(view.id(), "blocks",
                    "the blocks' days are not the cohort's days"));
            return;
        }
        for (BlockView block : blocks) {
            if (block.trainerId() != null && !trainerById.containsKey(block.trainerId())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "blocks.trainerId",
                        "unknown trainer (" + block.trainerId() + ")"));
                return;
            }
            if (block.venueId() != null && !venueById.containsKey(block.venueId())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "blocks.venueId",
                        "unknown venue (" + block.venueId() + ")"));
                return;
            }
        }
        BlockView first = blocks.get(0);
        int handover = 0;
        while (handover < blocks.size() && sameStaff(blocks.get(handover), first)) {
            handover++;
        }
        if (handover == blocks.size()) {
            return; // one trainer and venue after all
        }
        for (BlockView later : blocks.subList(handover, blocks.size())) {
            if (!Objects.equals(later.trainerId(), view.trainerId()) || !Objects.equals(later.venueId(), view.venueId())) {
                mismatches.add(new PlanMismatchException.Mismatch(view.id(), "blocks",
                        "a cohort changes trainer or venue once at most, to its own trainerId and venueId"));
                return;
            }
        }
        cohort.restoreHandover(blocks.get(handover).days().get(0),
                first.trainerId() == null ? null : trainerById.get(first.trainerId()),
                first.venueId() == null ? null : venueById.get(first.venueId()));
    }

    private static boolean sameStaff(BlockView a, BlockView b) {
        return Objects.equals(a.trainerId(), b.trainerId()) && Objects.equals(a.venueId(), b.venueId());
    }

    /** The option that reproduces the delivery: its truck and print house, and the weeks it leaves ahead. */
    private static DeliveryOption deliveryOf(Cohort cohort, CohortView view, Schedule schedule,
            Map<String, DeliveryView> deliveryById, TrainingProblem problem) {
        DeliveryView delivery = deliveryById.get(view.deliveryId());
        if (delivery == null) {
            throw new IllegalArgumentException("unknown delivery (" + view.deliveryId() + ")");
        }
        if (cohort.getDeliveryOptions().isEmpty()) {
            throw new IllegalArgumentException("the problem has no print house or truck for " + view.language());
        }
        Vehicle vehicle = problem.vehicles().stream().filter(v -> v.id().equals(delivery.vehicleId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown vehicle (" + delivery.vehicleId() + ")"));
        PrintHouse house = problem.printHouses().stream().filter(h -> h.id().equals(delivery.printHouseId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown print house (" + delivery.printHouseId() + ")"));
        long weeks = (Logistics.weekStart(schedule.firstDate()).toEpochDay()
                - Logistics.weekStart(delivery.departure()).toEpochDay()) / 7;
        int weekday = delivery.departure().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        if (weekday >= Logistics.DEPARTURE_DAYS || weeks < 1) {
            throw new IllegalArgumentException("delivery " + delivery.id() + " leaves " + delivery.departure()
                    + ": trucks leave on a working day at least a week before the cohort's first week");
        }
        return cohort.getDeliveryOptions().get(0).logistics().option(vehicle, house, (int) weeks, weekday);
    }

    private static String districtOf(CohortView view, Map<String, Venue> venueById) {
        if (view.districtId() != null) {
            return view.districtId();
        }
        Venue venue = view.venueId() == null ? null : venueById.get(view.venueId());
        return venue == null ? null : venue.districtId();
    }

    private static Schedule scheduleOf(Cohort cohort, CohortView view, ScheduleFactory scheduleFactory) {
        Schedule schedule = scheduleFactory.scheduleOn(cohort.getCourse(), view.days());
        for (Schedule standard : cohort.getSchedules()) {
            if (standard.id().equals(schedule.id())) {
                return standard;
            }
        }
        return schedule;
    }

    /** A cohort the slots do not have: same value ranges as a slot of its track, language and district. */
    private static Cohort extraCohort(TrainingProblem problem, TrainingPlan plan, CohortView view, String districtId,
            Course course) {
        List<Trainer> qualified = problem.trainers().stream()
                .filter(t -> t.isQualifiedFor(view.track(), view.language()))
                .toList();
        List<Venue> venues = problem.venues().stream()
                .filter(v -> v.districtId().equals(districtId) && v.canHost(view.track()))
                .toList();
        List<Schedule> schedules = plan.getCohorts().stream()
                .filter(c -> c.getTrack().equals(view.track()))
                .findFirst()
                .map(Cohort::getSchedules)
                .orElseGet(() -> new ScheduleFactory(plan.getContext().calendar()).schedulesFor(course));
        Cohort cohort = new Cohort(view.id(), view.track(), view.language(), districtId, course, plan.getContext(),
                qualified, venues, schedules);
        plan.getCohorts().stream()
                .filter(c -> c.getLanguage().equals(view.language()))
                .findFirst()
                .ifPresent(c -> cohort.offerDeliveries(c.getDeliveryOptions()));
        plan.getCohorts().add(cohort);
        var geography = plan.getContext().geography();
        int maxMinutes = plan.getContext().policy().maxTravelMinutes();
        for (Delegation delegation : plan.getDelegations()) {
            if (delegation.getTrack().equals(view.track()) && delegation.getLanguage().equals(view.language())
                    && geography.minutes(delegation.getDistrictId(), districtId) <= maxMinutes) {
                delegation.getReachableCohorts().add(cohort);
                delegation.getReachableCohorts().sort(Comparator.comparingInt(
                        (Cohort c) -> geography.minutes(delegation.getDistrictId(), c.getDistrictId()))
                        .thenComparing(Cohort::getId));
            }
        }
        return cohort;
    }
}

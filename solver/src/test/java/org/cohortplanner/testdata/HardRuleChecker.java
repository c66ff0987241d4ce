package org.cohortplanner.testdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.KitCount;
import org.cohortplanner.report.PrintBatchView;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.UnplacedTeacher;

/**
 * Checks every hard rule of a plan by walking the plan report against the submitted problem, with plain
 * code that shares nothing with the constraint streams. Returns one line per broken rule.
 */
public final class HardRuleChecker {

    private final TrainingProblem problem;
    private final Map<String, Teacher> teachers;
    private final Map<String, School> schools;
    private final Map<String, Trainer> trainers;
    private final Map<String, Venue> venues;
    private final Map<String, Course> courses;
    private final Geography geography;

    public HardRuleChecker(TrainingProblem problem) {
        this.problem = problem;
        this.teachers = index(problem.teachers(), Teacher::id);
        this.schools = index(problem.schools(), School::id);
        this.trainers = index(problem.trainers(), Trainer::id);
        this.venues = index(problem.venues(), Venue::id);
        this.courses = index(problem.courses(), Course::track);
        this.geography = Geography.of(problem.districts(), problem.travel(), problem.policy());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    public List<String> brokenRules(PlanReport plan) {
        List<String> broken = new ArrayList<>();
        checkEveryTeacherOnce(plan, broken);
        Map<String, Set<LocalDate>> trainerDays = new HashMap<>();
        Map<String, Set<LocalDate>> venueDays = new HashMap<>();
        Map<String, Integer> trainerDayCount = new HashMap<>();
        for (CohortView cohort : plan.cohorts()) {
            Course course = courses.get(cohort.track());
            int size = cohort.teacherIds().size();
            if (size < course.minSize() || size > course.maxSize()) {
                broken.add(cohort.id() + ": size " + size + " outside " + course.minSize() + ".." + course.maxSize());
            }
            if (cohort.days().size() != course.inPersonDays()) {
                broken.add(cohort.id() + ": " + cohort.days().size() + " in-person days, course needs "
                        + course.inPersonDays());
            } else {
                checkBlocks(cohort, course, broken);
            }
            Trainer trainer = trainers.get(cohort.trainerId());
            Venue venue = venues.get(cohort.venueId());
            if (trainer == null || venue == null) {
                broken.add(cohort.id() + ": missing trainer or venue");
                continue;
            }
            if (!trainer.tracks().contains(cohort.track()) || !trainer.languages().contains(cohort.language())) {
                broken.add(cohort.id() + ": trainer " + trainer.id() + " not qualified");
            }
            if (!venue.tracks().contains(cohort.track()) || venue.seats() < size) {
                broken.add(cohort.id() + ": venue " + venue.id() + " cannot host " + size + " " + cohort.track());
            }
            for (LocalDate day : cohort.days()) {
                // a substitute may teach or host the remaining blocks (re-planning): the trainer and venue of the day
                Trainer trainerOfDay = trainers.get(cohort.trainerOn(day));
                Venue venueOfDay = venues.get(cohort.venueOn(day));
                checkDay(cohort, day, trainerOfDay, venueOfDay, broken);
                if (!trainerOfDay.tracks().contains(cohort.track())
                        || !trainerOfDay.languages().contains(cohort.language())) {
                    broken.add(cohort.id() + ": trainer " + trainerOfDay.id() + " not qualified on " + day);
                }
                if (!trainerDays.computeIfAbsent(trainerOfDay.id(), id -> new HashSet<>()).add(day)) {
                    broken.add(trainerOfDay.id() + ": two cohorts on " + day);
                }
                if (!venueDays.computeIfAbsent(venueOfDay.id(), id -> new HashSet<>()).add(day)) {
                    broken.add(venueOfDay.id() + ": two cohorts on " + day);
                }
                trainerDayCount.merge(trainerOfDay.id(), 1, Integer::sum);
            }
            for (String teacherId : cohort.teacherIds()) {
                Teacher teacher = teachers.get(teacherId);
                if (!teacher.track().equals(cohort.track()) || !teacher.language().equals(cohort.language())) {
                    broken.add(cohort.id() + ": teacher " + teacherId + " of another track or language");
                }
                if (geography.minutes(schools.get(teacher.schoolId()).districtId(), venue.districtId())
                        > problem.policy().maxTravelMinutes()) {
                    broken.add(cohort.id() + ": teacher " + teacherId + " travels too far");
                }
                for (LocalDate day : cohort.days()) {
                    if (teacher.unavailable().stream().anyMatch(r -> r.contains(day))) {
                        broken.add(cohort.id() + ": teacher " + teacherId + " unavailable on " + day);
                    }
                }
            }
        }
        trainerDayCount.forEach((id, days) -> {
            if (days > trainers.get(id).maxDays()) {
                broken.add(id + ": " + days + " teaching days, more than " + trainers.get(id).maxDays());
            }
        });
        checkTrainerTransfers(plan, broken);
        checkDeliveries(plan, broken);
        return broken;
    }

    private void checkEveryTeacherOnce(PlanReport plan, List<String> broken) {
        Map<String, Integer> seen = new HashMap<>();
        plan.cohorts().forEach(c -> c.teacherIds().forEach(t -> seen.merge(t, 1, Integer::sum)));
        plan.unplaced().stream().map(UnplacedTeacher::teacherId).forEach(t -> seen.merge(t, 1, Integer::sum));
        for (Teacher teacher : problem.teachers()) {
            int count = seen.getOrDefault(teacher.id(), 0);
            if (count != 1) {
                broken.add("teacher " + teacher.id() + " appears " + count + " times");
            }
        }
    }

    private void checkDay(CohortView cohort, LocalDate day, Trainer trainer, Venue venue, List<String> broken) {
        if (day.isBefore(problem.programme().horizonStart()) || day.isAfter(problem.programme().horizonEnd())) {
            broken.add(cohort.id() + ": " + day + " outside the horizon");
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            broken.add(cohort.id() + ": " + day + " is a weekend");
        }
        for (CalendarEntry entry : problem.calendar()) {
            boolean closes = entry.kind() == CalendarKind.PUBLIC_HOLIDAY
                    || entry.kind() == CalendarKind.DISTRICT_CLOSURE && entry.districtId().equals(venue.districtId());
            if (closes && entry.dates().contains(day)) {
                broken.add(cohort.id() + ": " + day + " is " + entry.name());
            }
        }
        if (!trainer.isAvailableOn(day)) {
            broken.add(cohort.id() + ": trainer " + trainer.id() + " unavailable on " + day);
        }
        if (!venue.isAvailableOn(day)) {
            broken.add(cohort.id() + ": venue " + venue.id() + " unavailable on " + day);
        }
    }

    /** Each block takes consecutive working days, as many as the course says; gaps lie within its min and max. */
    private void checkBlocks(CohortView cohort, Course course, List<String> broken) {
        int at = 0;
        for (int block = 0; block < course.blockDays().size(); block++) {
            LocalDate first = cohort.days().get(at);
            if (block > 0) {
                long gap = first.toEpochDay() - cohort.days().get(at - 1).toEpochDay();
                if (gap < course.minGapDays() || gap > course.maxGapDays()) {
                    broken.add(cohort.id() + ": " + gap + " days before block " + (block + 1) + ", outside "
                            + course.minGapDays() + ".." + course.maxGapDays());
                }
            }
            for (int i = 1; i < course.blockDays().get(block); i++) {
                LocalDate next = cohort.days().get(at + i);
                for (LocalDate day = cohort.days().get(at + i - 1).plusDays(1); day.isBefore(next);
                        day = day.plusDays(1)) {
                    if (isWorkingDay(day)) {
                        broken.add(cohort.id() + ": block " + (block + 1) + " leaves out " + day);
                    }
                }
            }
            at += course.blockDays().get(block);
        }
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && problem.calendar().stream().noneMatch(e -> e.kind() == CalendarKind.PUBLIC_HOLIDAY
                        && e.dates().contains(day));
    }

    /** A trainer teaching on consecutive days at venues far apart has no time to travel. */
    private void checkTrainerTransfers(PlanReport plan, List<String> broken) {
        Map<String, Map<LocalDate, String>> districtByTrainerDay = new HashMap<>();
        for (CohortView cohort : plan.cohorts()) {
            String district = venues.get(cohort.venueId()).districtId();
            cohort.days().forEach(day -> districtByTrainerDay
                    .computeIfAbsent(cohort.trainerOn(day), id -> new HashMap<>()).put(day, district));
        }
        districtByTrainerDay.forEach((trainer, days) -> days.forEach((day, district) -> {
            String next = days.get(day.plusDays(1));
            if (next != null && geography.minutes(district, next) > problem.policy().trainerTransferMinutes()) {
                broken.add(trainer + ": no time to travel from " + district + " to " + next + " after " + day);
            }
        }));
    }

    /** Rule 7: kits on time at the right hub, trucks within capacity, driving limit and one trip at a time, print weeks within capacity. */
    private void checkDeliveries(PlanReport plan, List<String> broken) {
        if (problem.printHouses().isEmpty() || problem.vehicles().isEmpty()) {
            return;
        }
        Map<String, DeliveryView> deliveries = index(plan.deliveries(), DeliveryView::id);
        Map<String, Vehicle> vehicles = index(problem.vehicles(), Vehicle::id);
        Map<String, PrintHouse> houses = index(problem.printHouses(), PrintHouse::id);
        Map<String, String> hubOf = new HashMap<>();
        problem.hubs().forEach(hub -> hub.servedDistrictIds().forEach(d -> hubOf.put(d, hub.districtId())));
        Map<String, Integer> kitsByDelivery = new HashMap<>();
        for (CohortView cohort : plan.cohorts()) {
            DeliveryView delivery = cohort.deliveryId() == null ? null : deliveries.get(cohort.deliveryId());
            if (delivery == null) {
                broken.add(cohort.id() + ": no delivery brings its kits");
                continue;
            }
            kitsByDelivery.merge(delivery.id(), cohort.teacherIds().size(), Integer::sum);
            if (!houses.get(delivery.printHouseId()).languages().contains(cohort.language())) {
                broken.add(cohort.id() + ": print house " + delivery.printHouseId() + " does not print "
                        + cohort.language());
            }
            // trucks leave on a working day of the week 1 to 3 weeks before the cohort's first week
            long leadWeeks = (monday(cohort.days().get(0)).toEpochDay() - monday(delivery.departure()).toEpochDay())
                    / 7;
            if (leadWeeks < 1 || leadWeeks > 3 || delivery.departure().getDayOfWeek().getValue() > 5) {
                broken.add(cohort.id() + ": delivery " + delivery.id() + " leaves on " + delivery.departure()
                        + ", not on a working day 1 to 3 weeks before the cohort's first week");
            }
            String hub = hubOf.getOrDefault(cohort.districtId(), cohort.districtId());
            DeliveryView.Stop stop = delivery.stops().stream().filter(s -> s.districtId().equals(hub)).findFirst()
                    .orElse(null);
            if (stop == null || !stop.arrival().equals(cohort.kitsArrive())) {
                broken.add(cohort.id() + ": delivery " + delivery.id() + " does not stop at hub " + hub + " on "
                        + cohort.kitsArrive());
            } else if (stop.kits().stream().noneMatch(k -> k.track().equals(cohort.track())
                    && k.language().equals(cohort.language()) && k.count() >= cohort.teacherIds().size())) {
                broken.add(cohort.id() + ": delivery " + delivery.id() + " drops too few " + cohort.track() + "/"
                        + cohort.language() + " kits at " + hub);
            }
            LocalDate due = cohort.days().get(0).minusDays(problem.policy().bufferDays());
            if (cohort.kitsArrive() != null && cohort.kitsArrive().isAfter(due)) {
                broken.add(cohort.id() + ": kits arrive " + cohort.kitsArrive() + ", due by " + due);
            }
        }
        Map<String, List<DeliveryView>> tripsByVehicle = new HashMap<>();
        Map<String, Integer> kitsByPrintWeek = new HashMap<>();
        for (DeliveryView delivery : plan.deliveries()) {
            Vehicle vehicle = vehicles.get(delivery.vehicleId());
            int kits = delivery.stops().stream().flatMap(s -> s.kits().stream()).mapToInt(KitCount::count).sum();
            if (kits != kitsByDelivery.getOrDefault(delivery.id(), 0)) {
                broken.add(delivery.id() + ": carries " + kits + " kits for cohorts of "
                        + kitsByDelivery.getOrDefault(delivery.id(), 0) + " teachers");
            }
            if (kits > vehicle.capacityKits()) {
                broken.add(delivery.id() + ": " + kits + " kits on a truck for " + vehicle.capacityKits());
            }
            if (vehicle.unavailableDaysBetween(delivery.departure(), delivery.returnDate()) > 0) {
                broken.add(delivery.id() + ": truck unavailable during the trip");
            }
            checkDrivingLimit(delivery, vehicle, houses.get(delivery.printHouseId()), broken);
            tripsByVehicle.computeIfAbsent(vehicle.id(), v -> new ArrayList<>()).add(delivery);
            kitsByPrintWeek.merge(delivery.printHouseId() + " " + monday(delivery.departure()).minusWeeks(1), kits,
                    Integer::sum);
        }
        tripsByVehicle.forEach((vehicle, trips) -> {
            trips.sort(java.util.Comparator.comparing(DeliveryView::departure));
            for (int i = 1; i < trips.size(); i++) {
                if (!trips.get(i).departure().isAfter(trips.get(i - 1).returnDate())) {
                    broken.add(vehicle + ": leaves on " + trips.get(i).id() + " before back from "
                            + trips.get(i - 1).id());
                }
            }
        });
        Map<String, Integer> printed = new HashMap<>();
        for (PrintBatchView batch : plan.printBatches()) {
            int kits = batch.kits().stream().mapToInt(KitCount::count).sum();
            printed.merge(batch.printHouseId() + " " + batch.week(), kits, Integer::sum);
            int capacity = batch.week().isBefore(problem.programme().horizonStart()) ? 0
                    : houses.get(batch.printHouseId()).capacityInWeekOf(batch.week());
            if (kits > capacity) {
                broken.add(batch.printHouseId() + ": prints " + kits + " kits in the week of " + batch.week()
                        + ", capacity " + capacity);
            }
        }
        if (!printed.equals(kitsByPrintWeek)) {
            broken.add("kits shipped " + kitsByPrintWeek + " differ from kits printed the week before " + printed);
        }
    }

    /** Each stop is reached no sooner than a driver keeping to the daily limit could reach it. */
    private void checkDrivingLimit(DeliveryView delivery, Vehicle vehicle, PrintHouse house, List<String> broken) {
        String at = house.districtId();
        int minutes = geography.minutes(vehicle.depotDistrictId(), at);
        for (DeliveryView.Stop stop : delivery.stops()) {
            minutes += geography.minutes(at, stop.districtId());
            at = stop.districtId();
            LocalDate earliest = delivery.departure().plusDays(daysOfDriving(minutes, vehicle));
            if (stop.arrival().isBefore(earliest)) {
                broken.add(delivery.id() + ": reaches " + stop.districtId() + " on " + stop.arrival()
                        + ", before " + earliest + " at " + vehicle.maxDrivingMinutesPerDay() + " minutes a day");
            }
        }
        minutes += geography.minutes(at, vehicle.depotDistrictId());
        if (delivery.returnDate().isBefore(delivery.departure().plusDays(daysOfDriving(minutes, vehicle)))) {
            broken.add(delivery.id() + ": back at the depot too soon for the daily driving limit");
        }
    }

    /** Whole days a driver needs beyond the first: 1 to 540 minutes at 540 a day fit in the first day. */
    private static int daysOfDriving(int minutes, Vehicle vehicle) {
        int limit = vehicle.maxDrivingMinutesPerDay();
        return minutes == 0 ? 0 : (minutes - 1) / limit;
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1);
    }
}

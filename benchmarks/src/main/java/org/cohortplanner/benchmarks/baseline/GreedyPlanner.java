package org.cohortplanner.benchmarks.baseline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;

/**
 * The baseline: what a careful planner with a spreadsheet does, without any solver. Region by region and
 * course by course, each school's teachers go to the nearest district with a venue, split into as few groups
 * of even size as the course's maximum (or the largest room) allows. Groups below the minimum move, smallest
 * first, into the nearest other groups with room; a group still below the minimum is left out. Then each
 * group, in the order it was opened, takes the earliest dates on which its teachers are free, the district is
 * open, a venue of the district is free and big enough and the next trainer on the list is free (qualified,
 * available, not teaching that day or the day before or after far away, within the maximum days). A group
 * that finds no such dates is left out. When the problem plans printed-material deliveries, each group's kits
 * go with the first truck and print house on the list, leaving on a Monday as early as allowed, that joins a trip
 * already planned or leaves two weeks apart from that truck's other trips; capacities are not checked.
 * <p>
 * It plans on the solver's model ({@link PlanFactory}), so its plan is scored and compared like any other.
 */
public final class GreedyPlanner {

    private final TrainingPlan plan;
    private final Map<String, String> regionByDistrict;
    private final Map<Cohort, Integer> sizes = new HashMap<>();
    private final Map<Trainer, List<Cohort>> trainerBookings = new HashMap<>();
    private final Map<Venue, List<Schedule>> venueBookings = new HashMap<>();
    private final List<Cohort> openedInOrder = new ArrayList<>();
    private final Map<Vehicle, Map<LocalDate, PrintHouse>> truckTrips = new HashMap<>();

    private GreedyPlanner(TrainingPlan plan) {
        this.plan = plan;
        this.regionByDistrict = plan.getProblem().districts().stream()
                .collect(Collectors.toMap(District::id, District::region));
    }

    public static TrainingPlan plan(TrainingProblem problem) {
        GreedyPlanner planner = new GreedyPlanner(PlanFactory.create(problem));
        planner.fillGroups();
        planner.mergeGroupsBelowMinimum();
        planner.scheduleGroups();
        return planner.plan;
    }

    /**
     * Each district's teachers of one course and language are split into as few groups as the largest room
     * allows, of even size (29 teachers in rooms of 25 make groups of 15 and 14); a group is filled to that
     * size before the next one opens. A district without a free slot sends its teachers on to the next nearest.
     */
    private void fillGroups() {
        List<Delegation> ordered = plan.getDelegations().stream()
                .sorted(Comparator.comparing((Delegation d) -> regionByDistrict.get(d.getDistrictId()))
                        .thenComparing(Delegation::getTrack)
                        .thenComparing(Delegation::getLanguage)
                        .thenComparing(Delegation::getDistrictId)
                        .thenComparing(d -> d.getSchool().id())
                        .thenComparing(Delegation::getId))
                .toList();
        Map<String, Integer> demand = new HashMap<>();
        for (Delegation delegation : ordered) {
            if (!delegation.getReachableCohorts().isEmpty()) {
                demand.merge(key(delegation.getReachableCohorts().get(0)), delegation.getSize(), Integer::sum);
            }
        }
        Map<String, Cohort> filling = new HashMap<>();
        for (Delegation delegation : ordered) {
            // Reachable slots come nearest first; slots of one district are numbered in order.
            Map<String, List<Cohort>> slotsByDistrict = delegation.getReachableCohorts().stream()
                    .collect(Collectors.groupingBy(Cohort::getDistrictId, LinkedHashMap::new, Collectors.toList()));
            for (List<Cohort> slots : slotsByDistrict.values()) {
                String key = key(slots.get(0));
                Cohort current = filling.get(key);
                int teachers = demand.getOrDefault(key, 0);
                int groups = Math.max(1, (teachers + capacity(slots.get(0)) - 1) / capacity(slots.get(0)));
                int evenSize = (teachers + groups - 1) / groups;
                boolean lastGroup = slots.stream().noneMatch(c -> size(c) == 0 && !c.isPinned());
                int limit = lastGroup ? capacity(slots.get(0)) : Math.max(evenSize, 1);
                if (current == null || size(current) + delegation.getSize() > limit) {
                    Cohort next = slots.stream().filter(c -> size(c) == 0 && !c.isPinned()).findFirst().orElse(null);
                    if (next != null && delegation.getSize() <= capacity(next)) {
                        current = next;
                        filling.put(key, current);
                        openedInOrder.add(current);
                    } else if (current == null || size(current) + delegation.getSize() > capacity(current)) {
                        continue;
                    }
                }
                join(delegation, current);
                break;
            }
        }
    }

    private static String key(Cohort cohort) {
        return cohort.getTrack() + "/" + cohort.getLanguage() + "/" + cohort.getDistrictId();
    }

    /** Smallest first, each group below the minimum moves into the nearest other open groups with room. */
    private void mergeGroupsBelowMinimum() {
        List<Cohort> small = openedInOrder.stream()
                .filter(c -> size(c) > 0 && size(c) < c.getCourse().minSize())
                .sorted(Comparator.comparingInt(this::size))
                .toList();
        for (Cohort cohort : small) {
            if (size(cohort) >= cohort.getCourse().minSize()) {
                continue; // grew from a smaller group merged into it
            }
            for (Delegation delegation : List.copyOf(cohort.getDelegations())) {
                delegation.getReachableCohorts().stream()
                        .filter(c -> c != cohort && size(c) > 0 && size(c) + delegation.getSize() <= capacity(c))
                        .findFirst()
                        .ifPresent(target -> {
                            leave(delegation);
                            join(delegation, target);
                        });
            }
        }
    }

    private void scheduleGroups() {
        for (Cohort cohort : openedInOrder) {
            if (size(cohort) == 0) {
                continue;
            }
            if (size(cohort) < cohort.getCourse().minSize() || !book(cohort)) {
                List.copyOf(cohort.getDelegations()).forEach(this::leave);
            }
        }
    }

    /** The earliest dates with a free venue and the first free trainer on the list. */
    private boolean book(Cohort cohort) {
        for (Schedule schedule : cohort.getSchedules()) {
            if (schedule.days().intersects(cohort.getContext().calendar().closedDays(cohort.getDistrictId()))
                    || cohort.getDelegations().stream()
                            .anyMatch(d -> schedule.days().intersects(d.getUnavailableDays()))) {
                continue;
            }
            Venue venue = cohort.getDistrictVenues().stream()
                    .filter(v -> v.seats() >= size(cohort) && isFree(v, schedule))
                    .findFirst().orElse(null);
            Trainer trainer = cohort.getQualifiedTrainers().stream()
                    .filter(t -> isFree(t, cohort, schedule))
                    .findFirst().orElse(null);
            if (venue != null && trainer != null) {
                cohort.setSchedule(schedule);
                cohort.setVenue(venue);
                cohort.setTrainer(trainer);
                cohort.setDelivery(delivery(cohort, schedule));
                venueBookings.computeIfAbsent(venue, v -> new ArrayList<>()).add(schedule);
                trainerBookings.computeIfAbsent(trainer, t -> new ArrayList<>()).add(cohort);
                return true;
            }
        }
        return false;
    }

    /**
     * Kits: the first truck and print house on the list, leaving as early as allowed, that joins a trip already
     * planned or leaves at least two weeks apart from the truck's other trips; the first option when none does.
     */
    private DeliveryOption delivery(Cohort cohort, Schedule schedule) {
        List<DeliveryOption> options = cohort.getDeliveryOptions().stream()
                .filter(option -> option.weekday() == 0) // the first-fit planner sends trucks on Mondays only
                .sorted(Comparator.comparingInt(DeliveryOption::leadWeeks).reversed())
                .toList();
        for (DeliveryOption option : options) {
            LocalDate departure = option.departure(schedule.firstDate());
            Map<LocalDate, PrintHouse> trips = truckTrips.computeIfAbsent(option.vehicle(), v -> new HashMap<>());
            boolean joins = option.printHouse().equals(trips.get(departure));
            boolean apart = trips.keySet().stream()
                    .allMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, departure)) >= 14);
            if (joins || apart) {
                trips.put(departure, option.printHouse());
                return option;
            }
        }
        return options.isEmpty() ? null : options.get(0);
    }

    private boolean isFree(Venue venue, Schedule schedule) {
        if (!schedule.dates().stream().allMatch(venue::isAvailableOn)) {
            return false;
        }
        return venueBookings.getOrDefault(venue, List.of()).stream()
                .noneMatch(booked -> booked.days().intersects(schedule.days()));
    }

    private boolean isFree(Trainer trainer, Cohort cohort, Schedule schedule) {
        if (!schedule.dates().stream().allMatch(trainer::isAvailableOn)) {
            return false;
        }
        List<Cohort> booked = trainerBookings.getOrDefault(trainer, List.of());
        int days = booked.stream().mapToInt(Cohort::days).sum();
        if (days + cohort.days() > trainer.maxDays()) {
            return false;
        }
        int transferLimit = cohort.getContext().policy().trainerTransferMinutes();
        for (Cohort other : booked) {
            Schedule taken = other.getSchedule();
            if (taken.days().intersects(schedule.days())) {
                return false;
            }
            if (cohort.transferMinutesTo(other) > transferLimit
                    && taken.days().intersects(schedule.daysWithNeighbours())) {
                return false;
            }
        }
        return true;
    }

    private int capacity(Cohort cohort) {
        int seats = cohort.getDistrictVenues().stream().mapToInt(Venue::seats).max().orElse(0);
        return Math.min(cohort.getCourse().maxSize(), seats);
    }

    private int size(Cohort cohort) {
        return sizes.getOrDefault(cohort, 0);
    }

    private void join(Delegation delegation, Cohort cohort) {
        delegation.setCohort(cohort);
        cohort.getDelegations().add(delegation);
        sizes.merge(cohort, delegation.getSize(), Integer::sum);
    }

    private void leave(Delegation delegation) {
        Cohort cohort = delegation.getCohort();
        cohort.getDelegations().remove(delegation);
        sizes.merge(cohort, -delegation.getSize(), Integer::sum);
        delegation.setCohort(null);
    }
}

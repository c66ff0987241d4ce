package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PrintBatchView;

/**
 * The facts after the disruptions: trainers on leave, venues and districts closed, teachers withdrawn or added,
 * and {@code now} set on the programme. A cancelled cohort is a fact about the plan, not the problem: see
 * {@link Replanner}.
 * <p>
 * Delays are read against the published plan's deliveries: a delivery delayed by N days makes its truck
 * unavailable for N days from its departure; a print batch ({@code PRINT_HOUSE@MONDAY}) delayed by N days makes
 * its print house print nothing for N days from that Monday. The solver then re-times the kits or the cohorts.
 */
public final class DisruptionEffects {

    private DisruptionEffects() {
    }

    /** The print batch id of the plan's batch of one print house and week. */
    public static String printBatchId(PrintBatchView batch) {
        return batch.printHouseId() + "@" + batch.week();
    }

    /** The facts after the disruptions; delays need the published plan to find their truck or print house. */
    public static TrainingProblem apply(TrainingProblem problem, Disruptions disruptions, PlanReport published) {
        TrainingProblem changed = apply(problem, disruptions);
        Map<String, List<DateRange>> truckDelays = new HashMap<>();
        for (Disruption.DeliveryDelayed delay : disruptions.ofType(Disruption.DeliveryDelayed.class)) {
            published.deliveries().stream().filter(d -> d.id().equals(delay.deliveryId())).findFirst()
                    .ifPresent(d -> truckDelays.computeIfAbsent(d.vehicleId(), id -> new ArrayList<>())
                            .add(new DateRange(d.departure(), d.departure().plusDays(delay.days() - 1))));
        }
        Map<String, List<DateRange>> printDelays = new HashMap<>();
        for (Disruption.PrintBatchDelayed delay : disruptions.ofType(Disruption.PrintBatchDelayed.class)) {
            published.printBatches().stream().filter(b -> printBatchId(b).equals(delay.batchId())).findFirst()
                    .ifPresent(b -> printDelays.computeIfAbsent(b.printHouseId(), id -> new ArrayList<>())
                            .add(new DateRange(b.week(), b.week().plusDays(delay.days() - 1))));
        }
        if (truckDelays.isEmpty() && printDelays.isEmpty()) {
            return changed;
        }
        List<Vehicle> vehicles = changed.vehicles().stream().map(v -> !truckDelays.containsKey(v.id()) ? v
                : new Vehicle(v.id(), v.name(), v.depotDistrictId(), v.capacityKits(), v.costPerKm(), v.costPerTrip(),
                        v.maxDrivingMinutesPerDay(), concat(v.unavailable(), truckDelays.get(v.id())))).toList();
        List<PrintHouse> houses = changed.printHouses().stream().map(h -> !printDelays.containsKey(h.id()) ? h
                : new PrintHouse(h.id(), h.name(), h.districtId(), h.weeklyCapacity(), h.languages(),
                        concat(h.unavailable(), printDelays.get(h.id())))).toList();
        return changed.withLogistics(houses, vehicles, changed.hubs());
    }

    private static List<DateRange> concat(List<DateRange> a, List<DateRange> b) {
        List<DateRange> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The facts after the disruptions that need no plan (every kind but the delays). */
    public static TrainingProblem apply(TrainingProblem problem, Disruptions disruptions) {
        TrainingProblem changed = asOf(problem, disruptions.now());
        changed = changed.withTrainers(trainers(problem.trainers(), disruptions));
        changed = changed.withVenues(venues(problem.venues(), disruptions));
        changed = changed.withCalendar(calendar(problem.calendar(), disruptions));
        return changed.withTeachers(teachers(problem.teachers(), disruptions));
    }

    /** The problem with "now" set on its programme, which decides the frozen cohorts. */
    static TrainingProblem asOf(TrainingProblem problem, LocalDate now) {
        Programme p = problem.programme();
        return problem.withProgramme(new Programme(p.id(), p.name(), p.horizonStart(), p.horizonEnd(), p.currency(),
                p.targetEnd(), now, p.frozenDays()));
    }

    private static List<Trainer> trainers(List<Trainer> trainers, Disruptions disruptions) {
        Map<String, List<DateRange>> leave = disruptions.ofType(Disruption.TrainerUnavailable.class).stream()
                .collect(Collectors.groupingBy(Disruption.TrainerUnavailable::trainerId,
                        Collectors.mapping(Disruption.Period::dates, Collectors.toList())));
        return trainers.stream().map(t -> {
            List<DateRange> added = leave.get(t.id());
            if (added == null) {
                return t;
            }
            List<DateRange> unavailable = new ArrayList<>(t.unavailable());
            unavailable.addAll(added);
            return new Trainer(t.id(), t.name(), t.homeDistrictId(), t.languages(), t.tracks(), t.readyFrom(),
                    unavailable, t.maxDays(), t.dailyFee());
        }).toList();
    }

    private static List<Venue> venues(List<Venue> venues, Disruptions disruptions) {
        Map<String, List<DateRange>> closures = disruptions.ofType(Disruption.VenueClosed.class).stream()
                .collect(Collectors.groupingBy(Disruption.VenueClosed::venueId,
                        Collectors.mapping(Disruption.Period::dates, Collectors.toList())));
        return venues.stream().map(v -> {
            List<DateRange> added = closures.get(v.id());
            if (added == null) {
                return v;
            }
            List<DateRange> unavailable = new ArrayList<>(v.unavailable());
            unavailable.addAll(added);
            return v.withUnavailable(unavailable);
        }).toList();
    }

    private static List<CalendarEntry> calendar(List<CalendarEntry> calendar, Disruptions disruptions) {
        List<CalendarEntry> entries = new ArrayList<>(calendar);
        for (Disruption.DistrictClosed closure : disruptions.ofType(Disruption.DistrictClosed.class)) {
            entries.add(new CalendarEntry(CalendarKind.DISTRICT_CLOSURE, closure.dates(), closure.districtId(),
                    "Closed (re-plan of " + disruptions.now() + ")"));
        }
        return entries;
    }

    private static List<Teacher> teachers(List<Teacher> teachers, Disruptions disruptions) {
        Set<String> withdrawn = withdrawnTeacherIds(disruptions);
        List<Teacher> remaining = new ArrayList<>(teachers.stream().filter(t -> !withdrawn.contains(t.id())).toList());
        Set<String> known = remaining.stream().map(Teacher::id).collect(Collectors.toCollection(HashSet::new));
        for (Disruption.TeachersAdded added : disruptions.ofType(Disruption.TeachersAdded.class)) {
            for (Teacher teacher : added.teachers()) {
                if (known.add(teacher.id())) {
                    remaining.add(teacher);
                }
            }
        }
        return remaining;
    }

    static Set<String> withdrawnTeacherIds(Disruptions disruptions) {
        return disruptions.ofType(Disruption.TeachersWithdrawn.class).stream()
                .flatMap(w -> w.teacherIds().stream())
                .collect(Collectors.toSet());
    }

    static Set<String> cancelledCohortIds(Disruptions disruptions) {
        return disruptions.ofType(Disruption.CohortCancelled.class).stream()
                .map(Disruption.CohortCancelled::cohortId)
                .collect(Collectors.toSet());
    }
}

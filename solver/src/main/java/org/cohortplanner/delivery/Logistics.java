package org.cohortplanner.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cohortplanner.geography.Geography;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;

/**
 * The rules that turn cohorts into truck trips: which hub receives each district's kits, when a trip leaves,
 * the order of its stops and how long the driving takes.
 * <p>
 * A trip drives from the truck's depot to the print house, then to the nearest hub not yet visited, and so on,
 * then back to the depot. Its driver drives at most the truck's daily limit and goes on the next day, so a
 * trip never breaks the daily limit: the limit decides the arrival dates instead.
 */
public final class Logistics {

    /** A truck leaves {@link #MIN_LEAD_WEEKS} to {@link #MAX_LEAD_WEEKS} weeks before the cohort's first week. */
    public static final int MIN_LEAD_WEEKS = 1;
    public static final int MAX_LEAD_WEEKS = 3;

    private final Geography geography;
    private final Map<String, String> hubByDistrict;
    private final int bufferDays;
    private final LocalDate firstPrintWeek;

    public Logistics(Geography geography, List<Hub> hubs, int bufferDays, LocalDate horizonStart) {
        this.geography = geography;
        this.hubByDistrict = new HashMap<>();
        for (Hub hub : hubs) {
            hub.servedDistrictIds().forEach(district -> hubByDistrict.put(district, hub.districtId()));
        }
        this.bufferDays = bufferDays;
        this.firstPrintWeek = horizonStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    public static Logistics of(TrainingProblem problem, Geography geography) {
        return new Logistics(geography, problem.hubs(), problem.policy().bufferDays(),
                problem.programme().horizonStart());
    }

    /** The district whose education office receives the kits for training in {@code districtId}. */
    public String hubOf(String districtId) {
        return hubByDistrict.getOrDefault(districtId, districtId);
    }

    /** The options of a cohort of one language: every truck, every house printing the language, every lead. */
    public List<DeliveryOption> optionsFor(String language, List<PrintHouse> printHouses, List<Vehicle> vehicles) {
        List<DeliveryOption> options = new ArrayList<>();
        for (int lead = MIN_LEAD_WEEKS; lead <= MAX_LEAD_WEEKS; lead++) {
            for (PrintHouse house : printHouses) {
                if (!house.prints(language)) {
                    continue;
                }
                for (Vehicle vehicle : vehicles) {
                    options.add(option(vehicle, house, lead));
                }
            }
        }
        return options;
    }

    public DeliveryOption option(Vehicle vehicle, PrintHouse house, int leadWeeks) {
        return new DeliveryOption(vehicle.id() + "/" + house.id() + "/" + leadWeeks, vehicle, house, leadWeeks, this);
    }

    /** The Monday a truck leaves with a cohort's kits. */
    public static LocalDate departure(LocalDate cohortFirstDay, int leadWeeks) {
        return cohortFirstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(leadWeeks);
    }

    /** The last day kits may reach the hub of a cohort starting on {@code firstDay}. */
    public LocalDate due(LocalDate firstDay) {
        return firstDay.minusDays(bufferDays);
    }

    /** Nothing is printed before the programme starts; a print house's unavailable weeks print nothing. */
    public PrintWeek printWeek(PrintHouse house, LocalDate departure) {
        LocalDate monday = departure.minusWeeks(1);
        int capacity = monday.isBefore(firstPrintWeek) ? 0 : house.capacityInWeekOf(monday);
        return new PrintWeek(house, monday, capacity);
    }

    /**
     * The day, counted from departure, on which a driver who drives at most {@code dailyLimit} minutes a day has
     * driven {@code minutes}: exactly one day's driving still arrives on the first day.
     */
    public static int drivingDays(int minutes, int dailyLimit) {
        return Math.max(0, (minutes + dailyLimit - 1) / dailyLimit - 1);
    }

    /** Lays out the trip the given cohorts share. */
    public Trip trip(TripKey key, Collection<Cohort> cohorts) {
        Map<String, Map<String, Map<String, Integer>>> kitsByHub = new TreeMap<>();
        int kits = 0;
        for (Cohort cohort : cohorts) {
            int size = cohort.size();
            kits += size;
            kitsByHub.computeIfAbsent(hubOf(cohort.getDistrictId()), hub -> new TreeMap<>())
                    .computeIfAbsent(cohort.getTrack(), track -> new TreeMap<>())
                    .merge(cohort.getLanguage(), size, Integer::sum);
        }
        Vehicle vehicle = key.vehicle();
        int dailyLimit = Math.max(1, vehicle.maxDrivingMinutesPerDay());
        String at = key.printHouse().districtId();
        int minutes = geography.minutes(vehicle.depotDistrictId(), at);
        double km = geography.km(vehicle.depotDistrictId(), at);
        List<Trip.TripStop> stops = new ArrayList<>();
        Map<String, Map<String, Map<String, Integer>>> toVisit = new LinkedHashMap<>(kitsByHub);
        while (!toVisit.isEmpty()) {
            String from = at;
            String next = toVisit.keySet().stream()
                    .min(Comparator.comparingInt(hub -> geography.minutes(from, hub)))
                    .orElseThrow();
            minutes += geography.minutes(at, next);
            km += geography.km(at, next);
            stops.add(new Trip.TripStop(next, key.departure().plusDays(drivingDays(minutes, dailyLimit)), toVisit.remove(next)));
            at = next;
        }
        minutes += geography.minutes(at, vehicle.depotDistrictId());
        km += geography.km(at, vehicle.depotDistrictId());
        return new Trip(key, stops, km, key.departure().plusDays(drivingDays(minutes, dailyLimit)), kits,
                printWeek(key.printHouse(), key.departure()));
    }
}

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
    /** Trucks leave on working days: Monday to Friday. */
    public static final int DEPARTURE_DAYS = 5;

    private final Geography geography;
    private final Map<String, String> hubByDistrict;
    private final int bufferDays;
    private final LocalDate firstPrintWeek;
    private final String[] districtIds;
    /** Re-planning: cohorts on each trip of the published plan, its frozen trips and "now"; empty and null otherwise. */
    private Map<TripKey, Integer> publishedCohortCounts = Map.of();
    private java.util.Set<TripKey> frozenTrips = java.util.Set.of();
    private LocalDate now;

    public Logistics(Geography geography, List<Hub> hubs, int bufferDays, LocalDate horizonStart) {
        this.geography = geography;
        this.hubByDistrict = new HashMap<>();
        for (Hub hub : hubs) {
            hub.servedDistrictIds().forEach(district -> hubByDistrict.put(district, hub.districtId()));
        }
        this.bufferDays = bufferDays;
        this.firstPrintWeek = horizonStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        this.districtIds = geography.districtIds();
    }

    public static Logistics of(TrainingProblem problem, Geography geography) {
        return new Logistics(geography, problem.hubs(), problem.policy().bufferDays(),
                problem.programme().horizonStart());
    }

    /**
     * Re-planning: the trips of the published plan (with their number of cohorts), those of frozen cohorts (no
     * other cohort may join them) and "now" (no trip changed or added may leave, or print, before it).
     */
    public void rememberPublished(Map<TripKey, Integer> cohortsByTrip, java.util.Set<TripKey> frozen, LocalDate asOf) {
        publishedCohortCounts = Map.copyOf(cohortsByTrip);
        frozenTrips = java.util.Set.copyOf(frozen);
        now = asOf;
    }

    /** Whether a trip carries kits of a frozen cohort of the published plan. */
    public boolean isFrozen(TripKey key) {
        return frozenTrips.contains(key);
    }

    /**
     * Whether a new or changed trip would leave before "now", or print in a week that began before now's week:
     * the past cannot be planned. False when not re-planning.
     */
    public boolean inThePast(TripKey key) {
        if (now == null) {
            return false;
        }
        return key.departure().isBefore(now) || printWeek(key.printHouse(), key.departure()).monday()
                .isBefore(weekStart(now));
    }

    /** Whether the trip's cohorts are not those it had in the published plan (or it is new); false when not re-planning. */
    public boolean changedFromPublished(TripKey key, Collection<Cohort> cohorts) {
        if (now == null) {
            return false;
        }
        int published = publishedCohortCounts.getOrDefault(key, 0);
        if (published != cohorts.size()) {
            return true;
        }
        for (Cohort cohort : cohorts) {
            if (!key.equals(cohort.getPublishedTripKey())) {
                return true;
            }
        }
        return false;
    }

    /** The district whose education office receives the kits for training in {@code districtId}. */
    public String hubOf(String districtId) {
        return hubByDistrict.getOrDefault(districtId, districtId);
    }

    /**
     * The options of a cohort of one language: every truck, every house printing the language, every lead and
     * every working day of the week to leave on.
     */
    public List<DeliveryOption> optionsFor(String language, List<PrintHouse> printHouses, List<Vehicle> vehicles) {
        List<DeliveryOption> options = new ArrayList<>();
        for (int lead = MIN_LEAD_WEEKS; lead <= MAX_LEAD_WEEKS; lead++) {
            for (int weekday = 0; weekday < DEPARTURE_DAYS; weekday++) {
                for (PrintHouse house : printHouses) {
                    if (!house.prints(language)) {
                        continue;
                    }
                    for (Vehicle vehicle : vehicles) {
                        options.add(option(vehicle, house, lead, weekday));
                    }
                }
            }
        }
        return options;
    }

    /** Leaving on the Monday of the week {@code leadWeeks} before the cohort's first week. */
    public DeliveryOption option(Vehicle vehicle, PrintHouse house, int leadWeeks) {
        return option(vehicle, house, leadWeeks, 0);
    }

    /** Monday's options keep the id they had before trucks could leave on other days. */
    public DeliveryOption option(Vehicle vehicle, PrintHouse house, int leadWeeks, int weekday) {
        String id = vehicle.id() + "/" + house.id() + "/" + leadWeeks
                + (weekday == 0 ? "" : "/" + DayOfWeek.MONDAY.plus(weekday));
        return new DeliveryOption(id, vehicle, house, leadWeeks, weekday, this);
    }

    /**
     * The first day a cohort in {@code districtId} can start if its kits come by one of {@code options}: printed in
     * the programme's first print week at the earliest, shipped the Monday after, driven to the hub and there the
     * buffer days before the start.
     */
    public LocalDate earliestStart(String districtId, List<DeliveryOption> options) {
        String hub = hubOf(districtId);
        int fastest = Integer.MAX_VALUE;
        for (DeliveryOption option : options) {
            Vehicle vehicle = option.vehicle();
            int minutes = geography.minutes(vehicle.depotDistrictId(), option.printHouse().districtId())
                    + geography.minutes(option.printHouse().districtId(), hub);
            fastest = Math.min(fastest, drivingDays(minutes, Math.max(1, vehicle.maxDrivingMinutesPerDay())));
        }
        return firstPrintWeek.plusWeeks(1).plusDays((long) fastest + bufferDays);
    }

    /** The Monday of the week of {@code day}. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last day kits may reach the hub of a cohort starting on {@code firstDay}. */
    public LocalDate due(LocalDate firstDay) {
        return firstDay.minusDays(bufferDays);
    }

    /**
     * Kits are printed in the week before the week of departure. Nothing is printed before the programme starts; a
     * print house's unavailable weeks print nothing.
     */
    public PrintWeek printWeek(PrintHouse house, LocalDate departure) {
        LocalDate monday = weekStart(departure).minusWeeks(1);
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

    /**
     * Lays out the trip the given cohorts share. The constraints call this whenever a cohort of the trip changes,
     * so it works on district indexes and leaves counting the kits per stop to {@link Trip.TripStop#kits()}.
     */
    public Trip trip(TripKey key, Collection<Cohort> cohorts) {
        int[] hubs = new int[cohorts.size()];
        int hubCount = 0;
        int kits = 0;
        for (Cohort cohort : cohorts) {
            kits += cohort.kits();
            int hub = hubIndex(cohort.getDistrictId());
            boolean known = false;
            for (int i = 0; i < hubCount && !known; i++) {
                known = hubs[i] == hub;
            }
            if (!known) {
                hubs[hubCount++] = hub;
            }
        }
        return trip(key, List.copyOf(cohorts), kits, hubs, hubCount);
    }

    /** The district index of the hub that receives the kits for training in {@code districtId}. */
    public int hubIndex(String districtId) {
        return geography.index(hubOf(districtId));
    }

    /**
     * Lays out a trip from what its cohorts add up to, for callers that keep those sums as cohorts come and go.
     *
     * @param hubs the district indexes of the distinct hubs to stop at, in the first {@code hubCount} places
     */
    public Trip trip(TripKey key, List<Cohort> cohorts, int kits, int[] hubs, int hubCount) {
        Vehicle vehicle = key.vehicle();
        int dailyLimit = Math.max(1, vehicle.maxDrivingMinutesPerDay());
        int depot = geography.index(vehicle.depotDistrictId());
        int at = geography.index(key.printHouse().districtId());
        int minutes = geography.minutes(depot, at);
        double km = geography.km(depot, at);
        List<Trip.TripStop> stops = new ArrayList<>(hubCount);
        boolean[] visited = new boolean[hubCount];
        for (int stop = 0; stop < hubCount; stop++) {
            int next = -1;
            for (int i = 0; i < hubCount; i++) {
                if (!visited[i] && (next < 0 || geography.minutes(at, hubs[i]) < geography.minutes(at, hubs[next])
                        || geography.minutes(at, hubs[i]) == geography.minutes(at, hubs[next])
                                && districtIds[hubs[i]].compareTo(districtIds[hubs[next]]) < 0)) {
                    next = i;
                }
            }
            visited[next] = true;
            minutes += geography.minutes(at, hubs[next]);
            km += geography.km(at, hubs[next]);
            at = hubs[next];
            stops.add(new Trip.TripStop(districtIds[at], key.departure().plusDays(drivingDays(minutes, dailyLimit)),
                    this, cohorts));
        }
        minutes += geography.minutes(at, depot);
        km += geography.km(at, depot);
        return new Trip(key, stops, km, key.departure().plusDays(drivingDays(minutes, dailyLimit)), kits,
                printWeek(key.printHouse(), key.departure()));
    }

    /** Kits for the cohorts whose hub is {@code hubDistrictId}, by track then language. */
    Map<String, Map<String, Integer>> kitsFor(String hubDistrictId, Collection<Cohort> cohorts) {
        Map<String, Map<String, Integer>> kits = new TreeMap<>();
        for (Cohort cohort : cohorts) {
            if (hubOf(cohort.getDistrictId()).equals(hubDistrictId)) {
                kits.computeIfAbsent(cohort.getTrack(), track -> new TreeMap<>())
                        .merge(cohort.getLanguage(), cohort.kits(), Integer::sum);
            }
        }
        return kits;
    }
}

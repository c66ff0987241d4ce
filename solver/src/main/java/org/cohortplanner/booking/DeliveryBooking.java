package org.cohortplanner.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.delivery.PrintWeek;
import org.cohortplanner.delivery.Trip;
import org.cohortplanner.delivery.TripKey;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Vehicle;

/**
 * Chooses how the kits of dated cohorts come, in order of their first day: joining a trip already planned when
 * it still fits, else the cheapest new trip. A choice fits when every kit on the trip arrives in time, the
 * truck carries them, is available and is on no other trip meanwhile, and the print house can print them in
 * the week before departure. A cohort for which nothing fits gets the option that breaks the fewest of these.
 */
public final class DeliveryBooking {

    private final Map<TripKey, List<Cohort>> trips = new LinkedHashMap<>();
    private final Map<TripKey, Trip> laidOut = new HashMap<>();
    private final Map<Vehicle, List<TripKey>> tripsByVehicle = new HashMap<>();
    private final Map<String, Integer> printedByWeek = new HashMap<>();

    private DeliveryBooking() {
    }

    /**
     * @param fixed running cohorts whose delivery stays as it is
     * @param toDeliver dated cohorts that need a delivery
     * @return the delivery of each cohort of {@code toDeliver} that has options
     */
    public static Map<Cohort, DeliveryOption> book(List<Cohort> fixed, List<Cohort> toDeliver) {
        DeliveryBooking booking = new DeliveryBooking();
        for (Cohort cohort : fixed) {
            if (cohort.tripKey() != null) {
                booking.add(cohort.tripKey(), cohort);
            }
        }
        Map<Cohort, DeliveryOption> chosen = new LinkedHashMap<>();
        for (Cohort cohort : toDeliver) {
            if (cohort.isShipped() && cohort.tripKey() != null) {
                booking.add(cohort.tripKey(), cohort); // re-planning: its kits have left
            }
        }
        List<Cohort> ordered = toDeliver.stream()
                .filter(c -> c.getSchedule() != null && !c.getDeliveryOptions().isEmpty() && !c.isShipped())
                .sorted(Comparator.comparing((Cohort c) -> c.getSchedule().firstDate()).thenComparing(Cohort::getId))
                .toList();
        for (Cohort cohort : ordered) {
            DeliveryOption option = booking.best(cohort);
            chosen.put(cohort, option);
            booking.add(key(cohort, option), cohort);
        }
        return chosen;
    }

    private static TripKey key(Cohort cohort, DeliveryOption option) {
        return new TripKey(option.vehicle(), option.printHouse(), option.departure(cohort.getSchedule().firstDate()));
    }

    private void add(TripKey key, Cohort cohort) {
        List<Cohort> cohorts = trips.computeIfAbsent(key, k -> {
            tripsByVehicle.computeIfAbsent(k.vehicle(), v -> new ArrayList<>()).add(k);
            return new ArrayList<>();
        });
        cohorts.add(cohort);
        laidOut.put(key, cohort.getDeliveryOptions().get(0).logistics().trip(key, cohorts));
        printedByWeek.merge(printWeekId(key.printHouse(), laidOut.get(key).printWeek().monday()), cohort.size(),
                Integer::sum);
    }

    private static String printWeekId(PrintHouse house, LocalDate monday) {
        return house.id() + "@" + monday;
    }

    /**
     * The option with the fewest broken rules, then the longest lead, then the lowest added trucking cost. Cohorts
     * come in order of their first day, so printing each as early as it may leaves the later print weeks, which
     * only later cohorts can use, to them.
     */
    private DeliveryOption best(Cohort cohort) {
        DeliveryOption best = null;
        long bestBreaks = Long.MAX_VALUE;
        long bestCost = Long.MAX_VALUE;
        for (DeliveryOption option : cohort.getDeliveryOptions()) {
            TripKey key = key(cohort, option);
            List<Cohort> existing = trips.getOrDefault(key, List.of());
            List<Cohort> with = new ArrayList<>(existing);
            with.add(cohort);
            Logistics logistics = option.logistics();
            Trip trip = logistics.trip(key, with);
            long breaks = breaks(trip, with, logistics, cohort.size());
            if (!key.equals(cohort.getPublishedTripKey()) && (logistics.inThePast(key) || logistics.isFrozen(key))) {
                breaks += 1_000; // re-planning: a trip in the past, or a frozen cohort's trip, is not for new kits
            }
            Trip before = laidOut.get(key);
            long cost = trip.truckingCost() - (before == null ? -key.vehicle().costPerTrip() : before.truckingCost());
            if (breaks < bestBreaks || breaks == bestBreaks && (option.leadWeeks() > best.leadWeeks()
                    || option.leadWeeks() == best.leadWeeks() && cost < bestCost)) {
                best = option;
                bestBreaks = breaks;
                bestCost = cost;
            }
        }
        return best;
    }

    private long breaks(Trip trip, List<Cohort> cohorts, Logistics logistics, int addedKits) {
        long breaks = trip.kitsOverCapacity() + trip.unavailableDays();
        for (Cohort member : cohorts) {
            LocalDate due = logistics.due(member.getSchedule().firstDate());
            LocalDate arrival = trip.arrivalAt(logistics.hubOf(member.getDistrictId()));
            breaks += Math.max(0, arrival.toEpochDay() - due.toEpochDay());
        }
        for (TripKey other : tripsByVehicle.getOrDefault(trip.key().vehicle(), List.of())) {
            if (!other.equals(trip.key())) {
                breaks += trip.overlapDays(laidOut.get(other));
            }
        }
        PrintWeek week = trip.printWeek();
        int printed = printedByWeek.getOrDefault(printWeekId(week.printHouse(), week.monday()), 0) + addedKits;
        breaks += Math.max(0, printed - week.capacity());
        return breaks;
    }
}

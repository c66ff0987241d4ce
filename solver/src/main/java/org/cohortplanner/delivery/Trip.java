package org.cohortplanner.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cohortplanner.plan.Cohort;

/**
 * A truck trip as the cohorts that share it make it: the hubs it stops at in driving order, when it gets to
 * each, how far it drives and when it is back at its depot. Kits are printed in {@code printWeek}, the week
 * before departure, so nothing leaves before it is printed.
 *
 * @param kits kits on board when it leaves
 */
public record Trip(TripKey key, List<TripStop> stops, double km, LocalDate returnDate, int kits, PrintWeek printWeek) {

    public LocalDate departure() {
        return key.departure();
    }

    public int kitsOverCapacity() {
        return Math.max(0, kits - key.vehicle().capacityKits());
    }

    public long truckingCost() {
        return Math.round(km * key.vehicle().costPerKm());
    }

    /** Re-planning: whether its cohorts differ from those of the published trip with its key, or it is new. */
    public boolean changedFromPublished() {
        return !stops.isEmpty() && stops.get(0).logistics().changedFromPublished(key, stops.get(0).cohorts());
    }

    /** Days away from the depot on which the truck cannot drive. */
    public int unavailableDays() {
        return key.vehicle().unavailableDaysBetween(departure(), returnDate);
    }

    /** The day the truck reaches a hub; null if it does not stop there. */
    public LocalDate arrivalAt(String hubDistrictId) {
        for (TripStop stop : stops) {
            if (stop.districtId().equals(hubDistrictId)) {
                return stop.arrival();
            }
        }
        return null;
    }

    /** Days this trip and another (of the same truck) are both on the road, departure and return days included. */
    public int overlapDays(Trip other) {
        long first = Math.max(departure().toEpochDay(), other.departure().toEpochDay());
        long last = Math.min(returnDate.toEpochDay(), other.returnDate.toEpochDay());
        return (int) Math.max(0, last - first + 1);
    }

    /**
     * A hub on the trip, reached on {@code arrival}, with the trip's cohorts to count the kits dropped there.
     */
    public record TripStop(String districtId, LocalDate arrival, Logistics logistics, List<Cohort> cohorts) {

        /** Kits dropped here, by track then language. */
        public Map<String, Map<String, Integer>> kits() {
            return logistics.kitsFor(districtId, cohorts);
        }
    }
}

package org.cohortplanner.delivery;

import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Vehicle;

/**
 * How a cohort gets its kits: printed at a print house, carried by a truck that leaves {@code leadWeeks} weeks
 * before the cohort's first week. The departure is relative to the cohort, so the delivery follows the cohort
 * when it moves in time; cohorts whose options give the same truck, house and departure share one trip.
 */
public record DeliveryOption(String id, Vehicle vehicle, PrintHouse printHouse, int leadWeeks, Logistics logistics) {

    /** Weeks by which the lead lies outside those {@link Logistics} offers; only a plan read back can have any. */
    public int leadWeeksOutsideOptions() {
        return Math.max(0, Logistics.MIN_LEAD_WEEKS - leadWeeks) + Math.max(0, leadWeeks - Logistics.MAX_LEAD_WEEKS);
    }

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}

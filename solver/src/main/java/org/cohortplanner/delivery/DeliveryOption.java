package org.cohortplanner.delivery;

import java.time.LocalDate;

import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Vehicle;

/**
 * How a cohort gets its kits: printed at a print house, carried by a truck that leaves on working day
 * {@code weekday} (0 for Monday to 4 for Friday) of the week {@code leadWeeks} weeks before the cohort's first
 * week. The departure is relative to the cohort, so the delivery follows the cohort when it moves in time;
 * cohorts whose options give the same truck, house and departure share one trip. A truck can so make several
 * short trips in one week.
 */
public record DeliveryOption(String id, Vehicle vehicle, PrintHouse printHouse, int leadWeeks, int weekday,
        Logistics logistics) {

    /** The day the truck leaves with the kits of a cohort whose first day is {@code cohortFirstDay}. */
    public LocalDate departure(LocalDate cohortFirstDay) {
        return Logistics.weekStart(cohortFirstDay).minusWeeks(leadWeeks).plusDays(weekday);
    }

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

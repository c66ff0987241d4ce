package org.cohortplanner.problem;

import java.time.LocalDate;
import java.util.List;

/**
 * A truck that carries kits from a print house to district hubs and back to its depot.
 *
 * @param depotDistrictId where each trip starts and ends
 * @param capacityKits most kits it carries on one trip
 * @param costPerKm running cost per km driven, in the programme currency
 * @param costPerTrip fixed cost of sending it out once (driver, loading, paperwork)
 * @param maxDrivingMinutesPerDay most minutes its driver drives in one day; longer trips take more days
 * @param unavailable dates it cannot drive
 */
public record Vehicle(String id, String name, String depotDistrictId, int capacityKits, long costPerKm,
        long costPerTrip, int maxDrivingMinutesPerDay, List<DateRange> unavailable) {

    public Vehicle {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Days from {@code from} to {@code to} (inclusive) on which it cannot drive. */
    public int unavailableDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (DateRange range : unavailable) {
                if (range.contains(day)) {
                    days++;
                    break;
                }
            }
        }
        return days;
    }
}

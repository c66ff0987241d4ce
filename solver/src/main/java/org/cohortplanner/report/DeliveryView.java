package org.cohortplanner.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One truck trip: loaded at a print house, it drops kits at district hubs in order and returns to its depot.
 *
 * @param returnDate the day it is back at its depot
 */
public record DeliveryView(String id, String vehicleId, String printHouseId, LocalDate departure,
        LocalDate returnDate, double km, long cost, List<Stop> stops) {

    public DeliveryView {
        stops = List.copyOf(stops);
    }

    /** A hub on the trip: when the truck gets there and what it drops. */
    public record Stop(String districtId, LocalDate arrival, List<KitCount> kits) {

        public Stop {
            kits = List.copyOf(kits);
        }
    }
}

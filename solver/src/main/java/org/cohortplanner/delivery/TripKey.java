package org.cohortplanner.delivery;

import java.time.LocalDate;

import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Vehicle;

/** What makes a trip: one truck, loaded at one print house, leaving on one day. */
public record TripKey(Vehicle vehicle, PrintHouse printHouse, LocalDate departure) {

    public String id() {
        return vehicle.id() + "@" + departure + "/" + printHouse.id();
    }
}

package org.cohortplanner.problem;

/** A road between two district centres, usable both ways. */
public record TravelLink(String fromDistrictId, String toDistrictId, int minutes, double km) {
}

package org.cohortplanner.problem;

import java.time.LocalDate;
import java.util.Set;

/**
 * A training venue. Null {@code availableFrom}/{@code availableTo} mean the horizon's bounds.
 *
 * @param tracks the tracks it can host (science needs a laboratory)
 * @param dailyCost rent per day, in the programme currency
 */
public record Venue(String id, String name, String districtId, int seats, Set<String> tracks,
        LocalDate availableFrom, LocalDate availableTo, long dailyCost) {

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean canHost(String track) {
        return tracks.contains(track);
    }

    public boolean isAvailableOn(LocalDate day) {
        return (availableFrom == null || !day.isBefore(availableFrom))
                && (availableTo == null || !day.isAfter(availableTo));
    }
}

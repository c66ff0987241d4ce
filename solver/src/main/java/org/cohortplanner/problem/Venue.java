package org.cohortplanner.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A training venue. Null {@code availableFrom}/{@code availableTo} mean the horizon's bounds.
 *
 * @param unavailable dates inside the available period when the venue is closed (repairs, a re-plan's closure)
 * @param tracks the tracks it can host (science needs a laboratory)
 * @param dailyCost rent per day, in the programme currency
 */
public record Venue(String id, String name, String districtId, int seats, Set<String> tracks,
        LocalDate availableFrom, LocalDate availableTo, long dailyCost, List<DateRange> unavailable) {

    public Venue {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }

    /** A venue open every day of its available period. */
    public Venue(String id, String name, String districtId, int seats, Set<String> tracks, LocalDate availableFrom,
            LocalDate availableTo, long dailyCost) {
        this(id, name, districtId, seats, tracks, availableFrom, availableTo, dailyCost, List.of());
    }

    public Venue withUnavailable(List<DateRange> newUnavailable) {
        return new Venue(id, name, districtId, seats, tracks, availableFrom, availableTo, dailyCost, newUnavailable);
    }

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean canHost(String track) {
        return tracks.contains(track);
    }

    public boolean isAvailableOn(LocalDate day) {
        if ((availableFrom != null && day.isBefore(availableFrom)) || (availableTo != null && day.isAfter(availableTo))) {
            return false;
        }
        for (DateRange closure : unavailable) {
            if (closure.contains(day)) {
                return false;
            }
        }
        return true;
    }
}

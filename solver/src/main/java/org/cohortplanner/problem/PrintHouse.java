package org.cohortplanner.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A print house that prints course kits and loads them onto trucks.
 *
 * @param districtId where it stands (a district of the travel graph; it need not host training)
 * @param weeklyCapacity kits it can print in one week (Monday to Sunday)
 * @param languages the languages it can print
 * @param unavailable dates it prints nothing (a week touching one of them has no capacity)
 */
public record PrintHouse(String id, String name, String districtId, int weeklyCapacity, Set<String> languages,
        List<DateRange> unavailable) {

    public PrintHouse {
        languages = Set.copyOf(languages);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean prints(String language) {
        return languages.contains(language);
    }

    /** Kits it can print in the week starting on {@code monday}. */
    public int capacityInWeekOf(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        for (DateRange range : unavailable) {
            if (!range.from().isAfter(sunday) && !range.to().isBefore(monday)) {
                return 0;
            }
        }
        return weeklyCapacity;
    }
}

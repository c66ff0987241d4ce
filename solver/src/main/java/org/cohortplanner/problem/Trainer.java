package org.cohortplanner.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A trainer, available from {@code readyFrom} (after the training of trainers) except on leave.
 *
 * @param maxDays most in-person days the trainer may teach in the programme
 * @param dailyFee fee per teaching day, in the programme currency
 */
public record Trainer(String id, String name, String homeDistrictId, Set<String> languages, Set<String> tracks,
        LocalDate readyFrom, List<DateRange> unavailable, int maxDays, long dailyFee) {

    public Trainer {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }

    /** Ids are unique, so hashing the id agrees with record equality and keeps solver lookups cheap. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean isQualifiedFor(String track, String language) {
        return tracks.contains(track) && languages.contains(language);
    }

    public boolean isAvailableOn(LocalDate day) {
        if (readyFrom != null && day.isBefore(readyFrom)) {
            return false;
        }
        for (DateRange leave : unavailable) {
            if (leave.contains(day)) {
                return false;
            }
        }
        return true;
    }
}

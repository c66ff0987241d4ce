package org.cohortplanner.problem;

import java.util.List;

/**
 * An enrolled teacher.
 *
 * @param skillLevel pre-test level, null when not tested
 * @param onlineAccess null when unknown
 */
public record Teacher(String id, String schoolId, String track, String language, Integer skillLevel,
        OnlineAccess onlineAccess, List<DateRange> unavailable) {

    public Teacher {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }
}

package org.cohortplanner.api.problems;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored problem: its size, horizon and the warnings found when it was validated. */
public record ProblemSummary(String id, String name, String programmeId, OffsetDateTime createdAt,
        LocalDate horizonStart, LocalDate horizonEnd, int teachers, int schools, int trainers, int venues,
        int districts, List<Issue> warnings) {
}

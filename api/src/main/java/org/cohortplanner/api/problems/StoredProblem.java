package org.cohortplanner.api.problems;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored problem with its document.
 *
 * @param problem the problem JSON document, as {@code GET} returns it and {@code POST} accepts it
 */
public record StoredProblem(ProblemSummary summary,
        @JsonRawValue @Schema(type = "object", description = "the problem JSON document") String problem) {
}

package org.cohortplanner.problems.records;

import java.util.List;

import org.cohortplanner.problems.validation.SourceMap;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.replan.Disruptions;

/**
 * What a reader made of a disruptions file: the disruptions (null when any part could not be read), where each
 * came from ({@code /now}, {@code /disruptions/2}, {@code /disruptions/2/teachers/0}), and the reading errors.
 */
public record ParsedDisruptions(Disruptions disruptions, SourceMap sources, List<ValidationIssue> issues) {

    public ParsedDisruptions {
        issues = List.copyOf(issues);
    }

    public static ParsedDisruptions unreadable(List<ValidationIssue> issues) {
        return new ParsedDisruptions(null, SourceMap.none(), issues);
    }

    public boolean isReadable() {
        return disruptions != null;
    }
}

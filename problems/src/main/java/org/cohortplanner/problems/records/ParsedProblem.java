package org.cohortplanner.problems.records;

import java.util.List;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.validation.SourceMap;
import org.cohortplanner.problems.validation.ValidationIssue;

/**
 * What a reader made of a file: the problem (null when any part could not be read), where its parts came
 * from, and the errors that kept parts from being read.
 */
public record ParsedProblem(TrainingProblem problem, SourceMap sources, List<ValidationIssue> issues) {

    public ParsedProblem {
        issues = List.copyOf(issues);
    }

    public static ParsedProblem unreadable(List<ValidationIssue> issues) {
        return new ParsedProblem(null, SourceMap.none(), issues);
    }

    public boolean isReadable() {
        return problem != null;
    }
}

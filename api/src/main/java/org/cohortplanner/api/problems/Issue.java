package org.cohortplanner.api.problems;

import java.util.List;

import org.cohortplanner.problems.validation.ValidationIssue;

/** A validation finding as the API shows it. */
public record Issue(String severity, String file, int line, String field, String reason) {

    public static Issue of(ValidationIssue issue) {
        return new Issue(issue.severity().name(), issue.file(), issue.line(), issue.field(), issue.message());
    }

    public static List<Issue> of(List<ValidationIssue> issues) {
        return issues.stream().map(Issue::of).toList();
    }
}

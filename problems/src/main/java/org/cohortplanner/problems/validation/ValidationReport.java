package org.cohortplanner.problems.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every error and warning found in a problem, in the order they were found. */
public final class ValidationReport {

    private final List<ValidationIssue> errors;
    private final List<ValidationIssue> warnings;

    public ValidationReport(List<ValidationIssue> issues) {
        List<ValidationIssue> foundErrors = new ArrayList<>();
        List<ValidationIssue> foundWarnings = new ArrayList<>();
        for (ValidationIssue issue : issues) {
            (issue.isError() ? foundErrors : foundWarnings).add(issue);
        }
        this.errors = List.copyOf(foundErrors);
        this.warnings = List.copyOf(foundWarnings);
    }

    public static ValidationReport empty() {
        return new ValidationReport(List.of());
    }

    public List<ValidationIssue> errors() {
        return errors;
    }

    public List<ValidationIssue> warnings() {
        return warnings;
    }

    /** Errors first, then warnings. */
    public List<ValidationIssue> issues() {
        List<ValidationIssue> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return all;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** One issue a line, errors first, each prefixed with its severity. */
    @Override
    public String toString() {
        return issues().stream()
                .map(issue -> issue.severity() + " " + issue)
                .collect(Collectors.joining("\n"));
    }
}

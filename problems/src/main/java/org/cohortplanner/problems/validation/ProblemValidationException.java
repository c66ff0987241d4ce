package org.cohortplanner.problems.validation;

/** Thrown by callers that need a valid problem and got one with errors; the report says what is wrong. */
public class ProblemValidationException extends RuntimeException {

    private final transient ValidationReport report;

    public ProblemValidationException(ValidationReport report) {
        super(summary(report));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        int count = report.errors().size();
        return "The problem has " + count + (count == 1 ? " error" : " errors") + ":\n" + report;
    }
}

package org.cohortplanner.problems.validation;

/**
 * One finding about a problem file.
 *
 * @param file the file name, such as {@code teachers.csv} or {@code problem.json}
 * @param line the physical line (the header of a CSV file is line 1), or 0 when the whole file is concerned
 * @param field the column, key or JSON field as written in the file, or {@code -} when none
 */
public record ValidationIssue(Severity severity, String file, int line, String field, String message) {

    public static final String NO_FIELD = "-";

    public ValidationIssue {
        field = field == null || field.isEmpty() ? NO_FIELD : field;
    }

    public static ValidationIssue error(String file, int line, String field, String message) {
        return new ValidationIssue(Severity.ERROR, file, line, field, message);
    }

    public static ValidationIssue warning(String file, int line, String field, String message) {
        return new ValidationIssue(Severity.WARNING, file, line, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE: FIELD: reason}, such as {@code teachers.csv:3: school_id: unknown school (S-99)}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}

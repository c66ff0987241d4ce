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

    /** The longest message kept: a finding quotes values from the input, which may be huge. */
    public static final int MAX_MESSAGE = 500;

    public ValidationIssue {
        field = field == null || field.isEmpty() ? NO_FIELD : oneLine(field, 100);
        file = file == null ? null : oneLine(file, 200);
        message = message == null ? null : oneLine(message, MAX_MESSAGE);
    }

    /** One line (so that every finding is one line of output), shortened to {@code max} characters. */
    static String oneLine(String text, int max) {
        String line = text.replaceAll("[\\r\\n\\u0000]+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
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

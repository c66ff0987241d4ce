package org.cohortplanner.problems.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cohortplanner.problem.DateRange;

/** Reads single values from text, with the reasons shared by every format. */
public final class Values {

    public static final String MISSING = "missing value";

    private Values() {
    }

    public static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("not a whole number (" + text + ")");
        }
    }

    public static long longWholeNumber(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("not a whole number (" + text + ")");
        }
    }

    public static double number(String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || text.endsWith("d") || text.endsWith("D") || text.endsWith("f")
                    || text.endsWith("F")) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("not a number (" + text + ")");
        }
    }

    public static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("not true or false (" + text + ")");
        };
    }

    /** An ISO date such as {@code 2023-05-01}; impossible dates such as {@code 2023-02-30} are refused. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("not a date (" + text + ")");
        }
    }

    /** {@code 2023-05-01..2023-05-03}, or one date for a single day. */
    public static DateRange dateRange(String text) {
        int separator = text.indexOf("..");
        if (separator < 0) {
            return DateRange.day(date(text.trim()));
        }
        return dateRange(text.substring(0, separator).trim(), text.substring(separator + 2).trim());
    }

    public static DateRange dateRange(String from, String to) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new InvalidValueException("range ends before it starts (" + from + ".." + to + ")");
        }
        return new DateRange(start, end);
    }

    public static <E extends Enum<E>> E enumValue(String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new InvalidValueException("not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + " (" + text + ")");
    }
}

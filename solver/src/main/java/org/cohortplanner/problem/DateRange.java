package org.cohortplanner.problem;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of dates; a single day has {@code from == to}. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The ISO form used in CSV cells: {@code 2023-05-01..2023-05-03}, or one date for a single day. */
    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }

    public static DateRange parse(String text) {
        String trimmed = text.trim();
        int separator = trimmed.indexOf("..");
        if (separator < 0) {
            return day(LocalDate.parse(trimmed));
        }
        return new DateRange(LocalDate.parse(trimmed.substring(0, separator).trim()),
                LocalDate.parse(trimmed.substring(separator + 2).trim()));
    }
}

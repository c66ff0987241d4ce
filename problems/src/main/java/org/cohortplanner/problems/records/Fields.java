package org.cohortplanner.problems.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.problem.DateRange;

/**
 * The fields of one record as written in a file (a CSV row, a JSON object), named by record component.
 * <p>
 * A value that is missing or cannot be read is reported as an error at the field's line; the method
 * then returns a placeholder (null, zero or empty) and {@link #isValid()} turns false.
 * An "absent" argument is the value of an optional field that is missing or empty.
 */
public interface Fields {

    String text(String name);

    String optionalText(String name);

    int integer(String name);

    int integer(String name, int absent);

    Integer optionalInteger(String name);

    long longInteger(String name);

    long longInteger(String name, long absent);

    double decimal(String name);

    double decimal(String name, double absent);

    boolean bool(String name, boolean absent);

    LocalDate date(String name);

    LocalDate optionalDate(String name);

    DateRange dateRange(String name);

    /** Empty when missing. */
    List<DateRange> dateRanges(String name);

    /** Empty when missing and not required. */
    Set<String> strings(String name, boolean required);

    List<Integer> integers(String name);

    <E extends Enum<E>> E enumValue(String name, Class<E> type);

    <E extends Enum<E>> E optionalEnum(String name, Class<E> type);

    /** Empty when missing. */
    Map<String, String> textMap(String name);

    /** Whether every field read so far was readable. */
    boolean isValid();
}

package org.cohortplanner.problems.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problems.records.Fields;
import org.cohortplanner.problems.records.InvalidValueException;
import org.cohortplanner.problems.records.Records;
import org.cohortplanner.problems.records.Values;
import org.cohortplanner.problems.validation.ValidationIssue;

/** Fields whose values are text cells; lists inside a cell are separated by {@code ;}. */
abstract class TextFields implements Fields {

    static final String LIST_SEPARATOR = ";";

    private final List<ValidationIssue> issues;
    private boolean valid = true;

    TextFields(List<ValidationIssue> issues) {
        this.issues = issues;
    }

    /** The cell of a component, or null when there is none. */
    protected abstract String cell(String name);

    protected abstract String file();

    protected abstract int line(String name);

    /** The column or key of a component. */
    protected String fieldName(String name) {
        return Records.snakeCase(name);
    }

    /** The trimmed cell, or null when missing or empty. */
    protected String value(String name) {
        String cell = cell(name);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return cell.trim();
    }

    protected void error(String name, String message) {
        valid = false;
        issues.add(ValidationIssue.error(file(), line(name), fieldName(name), message));
    }

    private <T> T required(String name, Function<String, T> parser, T placeholder) {
        if (value(name) == null) {
            error(name, Values.MISSING);
            return placeholder;
        }
        return optional(name, parser, placeholder);
    }

    private <T> T optional(String name, Function<String, T> parser, T absent) {
        String value = value(name);
        if (value == null) {
            return absent;
        }
        try {
            return parser.apply(value);
        } catch (InvalidValueException e) {
            error(name, e.getMessage());
            return absent;
        }
    }

    @Override
    public String text(String name) {
        return required(name, Function.identity(), null);
    }

    @Override
    public String optionalText(String name) {
        return value(name);
    }

    @Override
    public int integer(String name) {
        return required(name, Values::wholeNumber, 0);
    }

    @Override
    public int integer(String name, int absent) {
        return optional(name, Values::wholeNumber, absent);
    }

    @Override
    public Integer optionalInteger(String name) {
        return optional(name, Values::wholeNumber, null);
    }

    @Override
    public long longInteger(String name) {
        return required(name, Values::longWholeNumber, 0L);
    }

    @Override
    public long longInteger(String name, long absent) {
        return optional(name, Values::longWholeNumber, absent);
    }

    @Override
    public double decimal(String name) {
        return required(name, Values::number, 0.0);
    }

    @Override
    public double decimal(String name, double absent) {
        return optional(name, Values::number, absent);
    }

    @Override
    public boolean bool(String name, boolean absent) {
        return optional(name, Values::bool, absent);
    }

    @Override
    public LocalDate date(String name) {
        return required(name, Values::date, null);
    }

    @Override
    public LocalDate optionalDate(String name) {
        return optional(name, Values::date, null);
    }

    @Override
    public DateRange dateRange(String name) {
        return required(name, Values::dateRange, null);
    }

    @Override
    public List<DateRange> dateRanges(String name) {
        return optional(name, TextFields::parseDateRanges, List.of());
    }

    @Override
    public Set<String> strings(String name, boolean required) {
        Function<String, Set<String>> parser = value -> new LinkedHashSet<>(split(value));
        if (required && value(name) != null && split(value(name)).isEmpty()) {
            error(name, Values.MISSING);
            return Set.of();
        }
        return required ? required(name, parser, Set.of()) : optional(name, parser, Set.of());
    }

    @Override
    public List<Integer> integers(String name) {
        return required(name, TextFields::parseIntegers, List.of());
    }

    @Override
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return required(name, value -> Values.enumValue(value, type), null);
    }

    @Override
    public <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        return optional(name, value -> Values.enumValue(value, type), null);
    }

    @Override
    public Map<String, String> textMap(String name) {
        throw new UnsupportedOperationException("A CSV row has no map of " + name);
    }

    @Override
    public boolean isValid() {
        return valid;
    }

    private static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(LIST_SEPARATOR, -1)) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    private static List<DateRange> parseDateRanges(String cell) {
        return split(cell).stream().map(Values::dateRange).toList();
    }

    private static List<Integer> parseIntegers(String cell) {
        try {
            return split(cell).stream().map(Values::wholeNumber).toList();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("not a list of whole numbers (" + cell + ")");
        }
    }
}

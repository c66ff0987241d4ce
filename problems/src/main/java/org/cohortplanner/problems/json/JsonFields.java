package org.cohortplanner.problems.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problems.records.Fields;
import org.cohortplanner.problems.records.InvalidValueException;
import org.cohortplanner.problems.records.Values;
import org.cohortplanner.problems.validation.ValidationIssue;

/**
 * The fields of one JSON object. Values must have the JSON type of the component: a number is not read
 * from a string, nor a string from a number. Fields the record does not have are errors.
 */
final class JsonFields implements Fields {

    private static final Set<String> DATE_RANGE_FIELDS = Set.of("from", "to");

    private final JsonDocument document;
    private final JsonNode node;
    private final String path;
    private boolean valid = true;

    /** @param path the JSON pointer of the object, such as {@code /teachers/3} */
    JsonFields(JsonDocument document, JsonNode node, String path, Set<String> fieldNames) {
        this.document = document;
        this.node = node;
        this.path = path;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fieldNames.contains(name)) {
                error(name, path + "/" + name, "unknown field");
            }
        }
    }

    /** The node of a field, or null when it is missing or JSON null. */
    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private void error(String field, String pointer, String message) {
        valid = false;
        document.error(pointer, field, message);
    }

    private void error(String name, String message) {
        error(name, path + "/" + name, message);
    }

    private <T> T required(String name, Function<JsonNode, T> reader, T placeholder) {
        if (value(name) == null || (value(name).isTextual() && value(name).asText().isBlank())) {
            error(name, Values.MISSING);
            return placeholder;
        }
        return optional(name, reader, placeholder);
    }

    private <T> T optional(String name, Function<JsonNode, T> reader, T absent) {
        JsonNode value = value(name);
        if (value == null || (value.isTextual() && value.asText().isBlank())) {
            return absent;
        }
        try {
            return reader.apply(value);
        } catch (InvalidValueException e) {
            error(name, e.getMessage());
            return absent;
        }
    }

    private static InvalidValueException wrongType(String expected, JsonNode value) {
        return new InvalidValueException("not " + expected + " (" + value + ")");
    }

    private static String readText(JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType("text", value);
        }
        return value.asText();
    }

    private static int readInt(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType("a whole number", value);
        }
        return value.intValue();
    }

    private static long readLong(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType("a whole number", value);
        }
        return value.longValue();
    }

    private static double readDouble(JsonNode value) {
        if (!value.isNumber()) {
            throw wrongType("a number", value);
        }
        return value.doubleValue();
    }

    private static LocalDate readDate(JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType("a date", value);
        }
        return Values.date(value.asText());
    }

    private static <T> List<T> readList(JsonNode value, String expected, Function<JsonNode, T> element) {
        if (!value.isArray()) {
            throw wrongType(expected, value);
        }
        List<T> list = new ArrayList<>();
        for (JsonNode item : value) {
            list.add(element.apply(item));
        }
        return list;
    }

    /** A date range object {@code {"from": "2023-05-01", "to": "2023-05-03"}}; a missing to means one day. */
    private static DateRange readDateRange(JsonNode value) {
        if (!value.isObject()) {
            throw wrongType("a date range", value);
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!DATE_RANGE_FIELDS.contains(name)) {
                throw new InvalidValueException("unknown field in date range (" + name + ")");
            }
        }
        JsonNode from = value.get("from");
        if (from == null || from.isNull()) {
            throw new InvalidValueException("date range without from (" + value + ")");
        }
        JsonNode to = value.get("to");
        String fromText = readDate(from).toString();
        String toText = to == null || to.isNull() ? fromText : readDate(to).toString();
        return Values.dateRange(fromText, toText);
    }

    @Override
    public String text(String name) {
        return required(name, JsonFields::readText, null);
    }

    @Override
    public String optionalText(String name) {
        return optional(name, JsonFields::readText, null);
    }

    @Override
    public int integer(String name) {
        return required(name, JsonFields::readInt, 0);
    }

    @Override
    public int integer(String name, int absent) {
        return optional(name, JsonFields::readInt, absent);
    }

    @Override
    public Integer optionalInteger(String name) {
        return optional(name, JsonFields::readInt, null);
    }

    @Override
    public long longInteger(String name) {
        return required(name, JsonFields::readLong, 0L);
    }

    @Override
    public long longInteger(String name, long absent) {
        return optional(name, JsonFields::readLong, absent);
    }

    @Override
    public double decimal(String name) {
        return required(name, JsonFields::readDouble, 0.0);
    }

    @Override
    public double decimal(String name, double absent) {
        return optional(name, JsonFields::readDouble, absent);
    }

    @Override
    public boolean bool(String name, boolean absent) {
        return optional(name, value -> {
            if (!value.isBoolean()) {
                throw wrongType("true or false", value);
            }
            return value.booleanValue();
        }, absent);
    }

    @Override
    public LocalDate date(String name) {
        return required(name, JsonFields::readDate, null);
    }

    @Override
    public LocalDate optionalDate(String name) {
        return optional(name, JsonFields::readDate, null);
    }

    @Override
    public DateRange dateRange(String name) {
        return required(name, JsonFields::readDateRange, null);
    }

    @Override
    public List<DateRange> dateRanges(String name) {
        return optional(name, value -> readList(value, "a list of date ranges", JsonFields::readDateRange),
                List.of());
    }

    @Override
    public Set<String> strings(String name, boolean required) {
        Function<JsonNode, Set<String>> reader = value -> new LinkedHashSet<>(readList(value, "a list of text",
                JsonFields::readText));
        if (required && value(name) != null && value(name).isArray() && value(name).isEmpty()) {
            error(name, Values.MISSING);
            return Set.of();
        }
        return required ? required(name, reader, Set.of()) : optional(name, reader, Set.of());
    }

    @Override
    public List<Integer> integers(String name) {
        return required(name, value -> readList(value, "a list of whole numbers", JsonFields::readInt), List.of());
    }

    @Override
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return required(name, value -> Values.enumValue(readText(value), type), null);
    }

    @Override
    public <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        return optional(name, value -> Values.enumValue(readText(value), type), null);
    }

    @Override
    public Map<String, String> textMap(String name) {
        return optional(name, value -> {
            if (!value.isObject()) {
                throw wrongType("an object", value);
            }
            Map<String, String> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(entry -> map.put(entry.getKey(), readText(entry.getValue())));
            return map;
        }, Map.of());
    }

    @Override
    public boolean isValid() {
        return valid;
    }
}

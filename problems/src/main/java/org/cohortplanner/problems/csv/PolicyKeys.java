package org.cohortplanner.problems.csv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.problem.Policy;
import org.cohortplanner.problems.records.Records;
import org.cohortplanner.problems.validation.ValidationIssue;

/**
 * The rows of {@code policy.csv}: one {@code key,value} row per policy component in snake_case, plus
 * {@code weight.<constraint name>} rows for the weights.
 */
final class PolicyKeys extends TextFields {

    static final String WEIGHT_PREFIX = "weight.";

    private record Entry(String value, int line) {
    }

    private final String file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    PolicyKeys(String file, List<CsvRow> rows, List<ValidationIssue> issues) {
        super(issues);
        this.file = file;
        Set<String> known = Records.componentNames(Policy.class);
        known.remove("weights");
        Set<String> knownKeys = new HashSet<>();
        known.forEach(name -> knownKeys.add(Records.snakeCase(name)));
        for (CsvRow row : rows) {
            String key = row.text("key");
            String value = row.optionalText("value");
            if (key == null) {
                continue;
            }
            Entry first = entries.get(key);
            if (first != null) {
                row.error("key", "duplicate key (" + key + "), first at line " + first.line());
            } else if (!knownKeys.contains(key) && !(key.startsWith(WEIGHT_PREFIX)
                    && key.length() > WEIGHT_PREFIX.length())) {
                row.error("key", "unknown key (" + key + ")");
            } else {
                entries.put(key, new Entry(value, row.line()));
            }
        }
    }

    /** The line of each key, by record component name ({@code weights} for the first weight). */
    Map<String, Integer> linesByComponent() {
        Map<String, Integer> lines = new HashMap<>();
        for (String name : Records.componentNames(Policy.class)) {
            Entry entry = entries.get(Records.snakeCase(name));
            if (entry != null) {
                lines.put(name, entry.line());
            }
        }
        entries.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(WEIGHT_PREFIX))
                .findFirst()
                .ifPresent(entry -> lines.put("weights", entry.getValue().line()));
        return lines;
    }

    @Override
    protected String cell(String name) {
        Entry entry = entries.get(fieldName(name));
        return entry == null ? null : entry.value();
    }

    @Override
    protected String file() {
        return file;
    }

    @Override
    protected int line(String name) {
        Entry entry = entries.get(fieldName(name));
        return entry == null ? 0 : entry.line();
    }

    @Override
    public Map<String, String> textMap(String name) {
        Map<String, String> weights = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            if (key.startsWith(WEIGHT_PREFIX)) {
                if (entry.value() == null || entry.value().isBlank()) {
                    error(key, "missing value");
                } else {
                    weights.put(key.substring(WEIGHT_PREFIX.length()), entry.value().trim());
                }
            }
        });
        return weights;
    }

    @Override
    protected String fieldName(String name) {
        return name.startsWith(WEIGHT_PREFIX) ? name : Records.snakeCase(name);
    }
}

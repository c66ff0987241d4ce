package org.cohortplanner.problems.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.InputLimits;

/**
 * Checks every text of a problem against what can be stored: ids and other texts no longer than the limits (the
 * database's columns), and no NUL character (PostgreSQL refuses it). Reads the records' components by reflection so
 * that a new text field is checked without being listed here.
 */
final class FieldChecks {

    /** Reports a finding at a part of the problem (such as {@code /teachers/3}) and one of its components. */
    interface Findings {
        void error(String path, String component, String message);
    }

    private final InputLimits limits;
    private final Findings findings;

    FieldChecks(InputLimits limits, Findings findings) {
        this.limits = limits;
        this.findings = findings;
    }

    void check(TrainingProblem problem) {
        for (RecordComponent part : TrainingProblem.class.getRecordComponents()) {
            Object value = read(part, problem);
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record record) {
                        checkRecord(SourceMap.path(part.getName(), i), record);
                    }
                }
            } else if (value instanceof Record record) {
                checkRecord("/" + part.getName(), record);
            }
        }
    }

    private void checkRecord(String path, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            checkValue(path, component.getName(), read(component, record));
        }
    }

    private void checkValue(String path, String component, Object value) {
        if (value instanceof String text) {
            checkText(path, component, text);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> checkValue(path, component, v));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                checkValue(path, component, key);
                checkValue(path, component, v);
            });
        }
    }

    private void checkText(String path, String component, String text) {
        boolean id = component.equals("id") || component.endsWith("Id") || component.endsWith("Ids");
        int limit = id ? limits.idLength() : limits.textLength();
        if (text.length() > limit) {
            findings.error(path, component, text.length() + " characters, more than " + limit + " (the limit for "
                    + (id ? "an id" : "a text") + ")");
        } else if (text.indexOf('\0') >= 0) {
            findings.error(path, component, "contains a NUL character");
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}

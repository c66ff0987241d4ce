package org.cohortplanner.problems.csv;

import java.util.List;
import java.util.Map;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problems.records.InvalidValueException;
import org.cohortplanner.problems.records.Values;
import org.cohortplanner.problems.validation.ValidationIssue;

/** One data row of a CSV file, its cells found by column name. */
final class CsvRow extends TextFields {

    private final String file;
    private final int line;
    private final Map<String, Integer> columnIndex;
    private final String[] cells;

    CsvRow(String file, int line, Map<String, Integer> columnIndex, String[] cells, List<ValidationIssue> issues) {
        super(issues);
        this.file = file;
        this.line = line;
        this.columnIndex = columnIndex;
        this.cells = cells;
    }

    /** The physical line where the row starts; the header is line 1. */
    int line() {
        return line;
    }

    @Override
    protected String cell(String name) {
        Integer index = columnIndex.get(fieldName(name));
        if (index == null) {
            throw new IllegalStateException(file + " has no column for " + name);
        }
        return cells[index];
    }

    @Override
    protected String file() {
        return file;
    }

    @Override
    protected int line(String name) {
        return line;
    }

    /** A CSV file spreads a date range over the columns {@code from} and {@code to}; an empty to means one day. */
    @Override
    public DateRange dateRange(String name) {
        var from = date("from");
        var to = value("to") == null ? from : optionalDate("to");
        if (from == null || to == null) {
            return null;
        }
        try {
            return Values.dateRange(from.toString(), to.toString());
        } catch (InvalidValueException e) {
            error("to", e.getMessage());
            return null;
        }
    }
}

package org.cohortplanner.problems.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

import org.cohortplanner.problems.InputLimits;
import org.cohortplanner.problems.validation.ValidationIssue;

/**
 * The data rows of one CSV file with a known header. Reports an undecodable file, a wrong header and rows
 * with the wrong number of cells; such rows are left out.
 */
final class CsvTable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTable() {
    }

    /** Reads UTF-8 (with or without byte order mark); columns may come in any order. */
    static List<CsvRow> read(String file, byte[] content, List<String> columns, List<ValidationIssue> issues) {
        return read(file, content, columns, issues, InputLimits.DEFAULTS.rowsPerFile());
    }

    /** The same, reporting rows beyond {@code maxRows} once and leaving them out. */
    static List<CsvRow> read(String file, byte[] content, List<String> columns, List<ValidationIssue> issues,
            int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            issues.add(ValidationIssue.error(file, 0, null, "not UTF-8 text"));
            return List.of();
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        List<CsvRow> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .build()) {
            String[] header = reader.readNext();
            Map<String, Integer> columnIndex = header == null ? null : columnIndex(file, header, columns, issues);
            if (header == null) {
                issues.add(ValidationIssue.error(file, 1, null, "missing header; expected " + String.join(",", columns)));
            }
            if (columnIndex == null) {
                return List.of();
            }
            while (true) {
                int line = (int) reader.getLinesRead() + 1;
                String[] cells = reader.readNext();
                if (cells == null) {
                    break;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    issues.add(ValidationIssue.error(file, line, null, "more than " + maxRows
                            + " rows, the limit"));
                    break;
                }
                if (cells.length != header.length) {
                    issues.add(ValidationIssue.error(file, line, null,
                            cells.length + " columns, expected " + header.length));
                    continue;
                }
                rows.add(new CsvRow(file, line, columnIndex, SpreadsheetSafe.unescape(cells), issues));
            }
        } catch (IOException | CsvValidationException e) {
            issues.add(ValidationIssue.error(file, lineOf(e), null, "unreadable CSV (" + e.getMessage() + ")"));
        }
        return rows;
    }

    /** The index of each expected column, or null (and an error) when the header is not the expected one. */
    private static Map<String, Integer> columnIndex(String file, String[] header, List<String> columns,
            List<ValidationIssue> issues) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].trim();
            if (!columns.contains(name) || index.putIfAbsent(name, i) != null) {
                unknown.add(name);
            }
        }
        Set<String> missing = new LinkedHashSet<>(columns);
        missing.removeAll(index.keySet());
        if (missing.isEmpty() && unknown.isEmpty()) {
            return index;
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            problems.add("unexpected " + String.join(", ", unknown));
        }
        issues.add(ValidationIssue.error(file, 1, null, "wrong header (" + String.join("; ", problems)
                + "); expected " + String.join(",", columns)));
        return null;
    }

    private static int lineOf(Exception e) {
        if (e instanceof com.opencsv.exceptions.CsvMalformedLineException malformed) {
            return (int) malformed.getLineNumber();
        }
        if (e instanceof CsvValidationException invalid) {
            return (int) invalid.getLineNumber();
        }
        return 0;
    }
}

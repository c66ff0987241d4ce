package org.cohortplanner.problems.csv;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a cell as a formula: a text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading {@code '}, which spreadsheets show as text and
 * our readers take off again. A number (such as {@code -12.5}) stays a number. Texts that already start with
 * quotes before such a character get one quote more, so that reading always gives back what was written.
 */
public final class SpreadsheetSafe {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern ESCAPED = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    /** The cell as written. */
    public static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == '\'') {
            first++;
        }
        boolean formula = first < cell.length() && TRIGGERS.indexOf(cell.charAt(first)) >= 0;
        return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #escape}. */
    public static String unescape(String cell) {
        return cell != null && cell.startsWith("'") && ESCAPED.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    static String[] escape(String[] row) {
        String[] safe = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            safe[i] = escape(row[i]);
        }
        return safe;
    }

    static String[] unescape(String[] row) {
        for (int i = 0; i < row.length; i++) {
            row[i] = unescape(row[i]);
        }
        return row;
    }
}

package org.cohortplanner.benchmarks.summary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVWriter;

/** Writes the summary as {@code summary.csv} (plain numbers) and {@code summary.md} (a table for people). */
public final class SummaryTable {

    static final String[] HEADER = {"instance", "teachers", "configuration", "first_feasible_s", "first_hard0_s",
            "best_score", "teachers_placed", "total_cost", "soft_penalty", "score_calc_per_s", "peak_heap_mb",
            "lower_bound", "gap_to_bound", "bound_le_soft"};

    private SummaryTable() {
    }

    public static void write(List<SummaryRow> rows, String title, List<String> notes, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("summary.csv"), csv(rows), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("summary.md"), markdown(rows, title, notes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the summary into " + directory, e);
        }
    }

    static String csv(List<SummaryRow> rows) {
        StringWriter text = new StringWriter();
        try (CSVWriter writer = new CSVWriter(text, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER,
                CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            writer.writeNext(HEADER, false);
            for (SummaryRow row : rows) {
                writer.writeNext(new String[] {row.instance(), Integer.toString(row.teachers()), row.configuration(),
                        seconds(row.firstFeasibleSeconds(), "%.1f", ""),
                        seconds(row.firstHardZeroSeconds(), "%.1f", ""), row.score(),
                        Integer.toString(row.teachersPlaced()), Long.toString(row.totalCost()),
                        Long.toString(row.softPenalty()),
                        row.scoreCalculationSpeed() == null ? "" : Long.toString(row.scoreCalculationSpeed()),
                        Long.toString(row.peakHeapBytes() / (1024 * 1024)), Long.toString(row.lowerBound()),
                        row.gap() == null ? "" : format("%.4f", row.gap()), row.boundCheck().text()}, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String markdown(List<SummaryRow> rows, String title, List<String> notes) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + title);
        lines.add("");
        lines.add("| instance | teachers | configuration | first feasible | first hard 0 | best score | placed "
                + "| total cost | score calc/s | peak heap | lower bound (soft) | gap | bound ≤ soft |");
        lines.add("|---|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|");
        for (SummaryRow row : rows) {
            lines.add("| " + String.join(" | ", row.instance(), format("%,d", row.teachers()), row.configuration(),
                    seconds(row.firstFeasibleSeconds(), "%.1f s", "never"),
                    seconds(row.firstHardZeroSeconds(), "%.1f s", "never"), "`" + row.score() + "`",
                    format("%,d", row.teachersPlaced()), format("%,d", row.totalCost()),
                    row.scoreCalculationSpeed() == null ? "–" : format("%,d", row.scoreCalculationSpeed()),
                    format("%,d MB", row.peakHeapBytes() / (1024 * 1024)), format("%,d", row.lowerBound()),
                    row.gap() == null ? "–" : format("%.1f %%", row.gap() * 100), row.boundCheck().text()) + " |");
        }
        lines.add("");
        notes.forEach(note -> lines.add("- " + note));
        return String.join("\n", lines) + "\n";
    }

    private static String seconds(Double seconds, String pattern, String none) {
        return seconds == null ? none : format(pattern, seconds);
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}

package org.cohortplanner.problems.instances;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/** Reads a CSV file with a header row from the class path into one map per row, keyed by column name. */
final class CsvResource {

    private CsvResource() {
    }

    static List<Map<String, String>> read(String resource) {
        InputStream stream = CsvResource.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing resource (" + resource + ")");
        }
        try (CSVReader reader = new CSVReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String[]> lines = reader.readAll();
            String[] header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < line.length ? line[i].trim() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (CsvException e) {
            throw new IllegalStateException("Malformed CSV in " + resource + ": " + e.getMessage(), e);
        }
    }
}

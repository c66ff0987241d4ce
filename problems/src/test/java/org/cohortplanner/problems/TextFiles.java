package org.cohortplanner.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Edits written problem files line by line, to break them on purpose. */
public final class TextFiles {

    private TextFiles() {
    }

    public static List<String> lines(Path file) {
        try {
            return new ArrayList<>(Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces line {@code number} (the first line is 1). */
    public static void replaceLine(Path file, int number, String text) {
        List<String> lines = lines(file);
        lines.set(number - 1, text);
        write(file, lines);
    }

    public static void replace(Path file, String target, String replacement) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(target)) {
                throw new IllegalArgumentException(file + " does not contain " + target);
            }
            Files.writeString(file, text.replace(target, replacement), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line containing {@code needle}. */
    public static int lineOf(Path file, String needle) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line with " + needle);
    }
}

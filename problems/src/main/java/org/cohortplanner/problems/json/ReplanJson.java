package org.cohortplanner.problems.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cohortplanner.replan.Recommendation;
import org.cohortplanner.replan.ReplanResult;

/**
 * What a re-plan changed, as JSON: {@code {"lines": [every change in plain words], "diff": {"teachers": [...], "trainers": [...], "venues": [...],
 * "cohorts": [...], "toNotify": {...}}, "conflicts": [...], "notApplied": [...]}}; and recommendations as a list.
 * The new plan itself is a plan document ({@link PlanJson}).
 */
public final class ReplanJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReplanJson() {
    }

    public static String toJson(ReplanResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("lines", result.diff().lines());
        document.put("diff", result.diff());
        document.put("conflicts", result.conflicts());
        document.put("notApplied", result.notApplied());
        document.put("alreadyBroken", result.alreadyBroken());
        return write(document);
    }

    public static String toJson(List<Recommendation> recommendations) {
        return write(recommendations);
    }

    public static void write(String json, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

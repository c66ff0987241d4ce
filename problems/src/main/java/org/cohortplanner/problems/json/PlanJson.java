package org.cohortplanner.problems.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cohortplanner.report.BlockView;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;

/**
 * The plan document: {@code formatVersion}, {@code score}, {@code feasible}, {@code kpis}, {@code cohorts},
 * {@code unplaced} and {@code violations}, with ISO dates.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(CohortView.class, CohortViewFormat.class)
            .build();

    /** A cohort's {@code blocks} appear only when its blocks differ in trainer or venue. */
    private interface CohortViewFormat {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<BlockView> blocks();
    }

    private PlanJson() {
    }

    public static void write(PlanReport plan, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            MAPPER.writeValue(file.toFile(), plan);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan to " + file, e);
        }
    }

    public static String toJson(PlanReport plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanReport read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), PlanReport.class);
    }

    public static PlanReport fromJson(String json) {
        try {
            return MAPPER.readValue(json, PlanReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a plan document", e);
        }
    }
}

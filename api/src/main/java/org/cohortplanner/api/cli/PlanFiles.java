package org.cohortplanner.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.cohortplanner.problems.csv.PlanCsv;
import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.PlanReport;

/** Plan files of the commands: a {@code .json} plan document, or a CSV bundle as a folder or {@code .zip}. */
final class PlanFiles {

    /** The plan cannot be read; every issue found, as {@code FILE:LINE: FIELD: reason}. */
    static final class UnreadablePlanException extends Exception {

        private final transient List<ValidationIssue> issues;

        UnreadablePlanException(List<ValidationIssue> issues) {
            super(issues.stream().map(Object::toString).collect(Collectors.joining("\n")));
            this.issues = List.copyOf(issues);
        }

        List<ValidationIssue> issues() {
            return issues;
        }
    }

    private PlanFiles() {
    }

    static PlanReport read(Path path) throws UnreadablePlanException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw unreadable(name, 0, null, "no such file or folder");
        }
        PlanReport plan;
        if (Files.isDirectory(path) || name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try {
                plan = PlanCsv.read(path);
            } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
                throw unreadable(name, 0, null, "not a readable plan bundle: " + e.getMessage());
            }
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                plan = PlanJson.read(path);
            } catch (JsonMappingException e) {
                throw unreadable(name, line(e), field(e), e.getOriginalMessage());
            } catch (JsonProcessingException e) {
                throw unreadable(name, line(e), null, e.getOriginalMessage());
            } catch (IOException e) {
                throw unreadable(name, 0, null, "cannot be read: " + e.getMessage());
            }
        } else {
            throw unreadable(name, 0, null, "not a plan (expected a .json file, a .zip file or a folder of CSV files)");
        }
        List<ValidationIssue> issues = new ArrayList<>();
        if (plan == null || plan.cohorts() == null) {
            throw unreadable(name, 0, "cohorts", "missing");
        }
        for (int i = 0; i < plan.cohorts().size(); i++) {
            CohortView cohort = plan.cohorts().get(i);
            String where = "cohorts[" + i + "]";
            if (cohort == null) {
                issues.add(ValidationIssue.error(name, 0, where, "empty"));
                continue;
            }
            if (cohort.id() == null || cohort.track() == null || cohort.language() == null) {
                issues.add(ValidationIssue.error(name, 0, where, "id, track and language are required"));
            }
            if (cohort.teacherIds() == null || cohort.days() == null) {
                issues.add(ValidationIssue.error(name, 0, where, "teacherIds and days are required (may be empty)"));
            }
        }
        if (!issues.isEmpty()) {
            throw new UnreadablePlanException(issues);
        }
        return plan;
    }

    /** Writes the plan as JSON for a {@code .json} path, otherwise as a CSV bundle (a folder, or a {@code .zip}). */
    static void write(PlanReport plan, Path path) {
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            PlanJson.write(plan, path);
        } else {
            PlanCsv.write(plan, path);
        }
    }

    private static UnreadablePlanException unreadable(String file, int line, String field, String reason) {
        return new UnreadablePlanException(List.of(ValidationIssue.error(file, line, field, reason)));
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** The JSON path of the bad value, such as {@code cohorts[3].days[0]}. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

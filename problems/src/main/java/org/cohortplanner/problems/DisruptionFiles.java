package org.cohortplanner.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.csv.DisruptionsCsv;
import org.cohortplanner.problems.json.DisruptionsJson;
import org.cohortplanner.problems.records.ParsedDisruptions;
import org.cohortplanner.problems.validation.DisruptionValidator;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.problems.validation.ValidationReport;
import org.cohortplanner.replan.Disruptions;
import org.cohortplanner.report.PlanReport;

/** Reads disruptions from a {@code .json} file or a CSV bundle (folder or {@code .zip}) and validates them. */
public final class DisruptionFiles {

    /**
     * @param disruptions null when the files could not be read; the report says why
     */
    public record Result(Disruptions disruptions, ValidationReport report) {

        public boolean isValid() {
            return disruptions != null && report.isValid();
        }
    }

    private DisruptionFiles() {
    }

    /**
     * @param problem the problem of the published plan
     * @param plan the published plan, to check cohort ids; null to skip that check
     */
    public static Result read(Path path, TrainingProblem problem, PlanReport plan) {
        ParsedDisruptions parsed;
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path) || name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            parsed = DisruptionsCsv.read(path);
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            parsed = DisruptionsJson.read(path);
        } else {
            return new Result(null, new ValidationReport(List.of(ValidationIssue.error(name, 0, null,
                    "not disruptions (expected a .json file, a .zip file or a folder of CSV files)"))));
        }
        return validate(parsed, problem, plan);
    }

    /** Validates what a reader made of a file (for callers that read from memory, such as the service). */
    public static Result validate(ParsedDisruptions parsed, TrainingProblem problem, PlanReport plan) {
        if (!parsed.isReadable()) {
            return new Result(null, new ValidationReport(parsed.issues()));
        }
        List<ValidationIssue> issues = new ArrayList<>(parsed.issues());
        issues.addAll(DisruptionValidator.findIssues(parsed.disruptions(), parsed.sources(), problem, plan));
        return new Result(parsed.disruptions(), new ValidationReport(issues));
    }
}

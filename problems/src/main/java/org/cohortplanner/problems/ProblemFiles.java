package org.cohortplanner.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.csv.ProblemCsv;
import org.cohortplanner.problems.json.ProblemJson;
import org.cohortplanner.problems.records.ParsedProblem;
import org.cohortplanner.problems.validation.ProblemValidator;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.problems.validation.ValidationReport;

/**
 * Reads and writes problems in the format the path asks for: a {@code .json} file, or a CSV bundle as a
 * {@code .zip} file or a folder.
 */
public final class ProblemFiles {

    private ProblemFiles() {
    }

    /**
     * Reads a problem and validates it. When the files cannot be read into a problem, the report holds the
     * reading errors only, because checking the meaning of half a problem would mostly report echoes of them.
     */
    public static ReadResult read(Path path) {
        return read(path, InputLimits.DEFAULTS);
    }

    /** The same, within the limits: bytes, zip entries and rows are checked while reading, the rest after. */
    public static ReadResult read(Path path, InputLimits limits) {
        ParsedProblem parsed;
        if (Files.isDirectory(path) || isZip(path)) {
            parsed = ProblemCsv.read(path, limits);
        } else if (isJson(path)) {
            parsed = ProblemJson.read(path, limits);
        } else {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            return new ReadResult(null, new ValidationReport(List.of(ValidationIssue.error(name, 0, null,
                    "not a problem (expected a .json file, a .zip file or a folder of CSV files)"))));
        }
        if (!parsed.isReadable()) {
            return new ReadResult(null, new ValidationReport(parsed.issues()));
        }
        List<ValidationIssue> issues = new ArrayList<>(parsed.issues());
        issues.addAll(ProblemValidator.findIssues(parsed.problem(), parsed.sources(), limits));
        return new ReadResult(parsed.problem(), new ValidationReport(issues));
    }

    /** Writes {@code .json} as JSON, {@code .zip} as a zipped CSV bundle, anything else as a folder of CSV files. */
    public static void write(TrainingProblem problem, Path path) {
        if (isJson(path)) {
            ProblemJson.write(problem, path);
        } else {
            ProblemCsv.write(problem, path);
        }
    }

    private static boolean isJson(Path path) {
        return hasExtension(path, ".json");
    }

    private static boolean isZip(Path path) {
        return hasExtension(path, ".zip");
    }

    private static boolean hasExtension(Path path, String extension) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }
}

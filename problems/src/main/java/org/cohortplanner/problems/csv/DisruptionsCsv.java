package org.cohortplanner.problems.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problems.records.DisruptionRecords;
import org.cohortplanner.problems.records.ParsedDisruptions;
import org.cohortplanner.problems.records.Records;
import org.cohortplanner.problems.validation.SourceMap;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.DisruptionType;
import org.cohortplanner.replan.Disruptions;

/**
 * Disruptions as a CSV bundle (a folder or a zip):
 * <ul>
 * <li>{@code replan.csv}: {@code key,value}, with the row {@code now,2023-10-02};</li>
 * <li>{@code disruptions.csv}: one row per disruption, its {@code type} and the columns that type uses (the
 * others stay empty);</li>
 * <li>{@code added_teachers.csv} (optional): late registrants, with the columns of {@code teachers.csv}.</li>
 * </ul>
 */
public final class DisruptionsCsv {

    public static final String REPLAN = "replan.csv";
    public static final String DISRUPTIONS = "disruptions.csv";
    public static final String ADDED_TEACHERS = "added_teachers.csv";

    /** Every column any disruption type uses, after {@code type}. */
    public static final List<String> DISRUPTION_COLUMNS = List.of("type", "trainer_id", "venue_id", "district_id",
            "cohort_id", "teacher_ids", "from", "to", "days", "delivery_id", "batch_id");

    private DisruptionsCsv() {
    }

    public static ParsedDisruptions read(Path bundle) {
        List<ValidationIssue> issues = new ArrayList<>();
        Map<String, byte[]> files = CsvBundle.read(bundle, List.of(REPLAN, DISRUPTIONS, ADDED_TEACHERS), issues);
        return read(files, issues);
    }

    /** Reads the bundle's files, given as file name to content. */
    public static ParsedDisruptions read(Map<String, byte[]> files) {
        return read(files, new ArrayList<>());
    }

    private static ParsedDisruptions read(Map<String, byte[]> files, List<ValidationIssue> issues) {
        SourceMap sources = new SourceMap(DisruptionsCsv::columnOf);
        LocalDate now = now(files, issues, sources);
        List<Disruption> disruptions = new ArrayList<>();
        if (!files.containsKey(DISRUPTIONS)) {
            issues.add(ValidationIssue.error(DISRUPTIONS, 0, null, "missing required file"));
        } else {
            for (CsvRow row : CsvTable.read(DISRUPTIONS, files.get(DISRUPTIONS), DISRUPTION_COLUMNS, issues)) {
                Disruption disruption = disruption(row, issues);
                if (disruption != null) {
                    sources.put(SourceMap.path("disruptions", disruptions.size()), DISRUPTIONS, row.line());
                    disruptions.add(disruption);
                }
            }
        }
        if (files.containsKey(ADDED_TEACHERS)) {
            String path = SourceMap.path("disruptions", disruptions.size());
            List<Teacher> teachers = new ArrayList<>();
            for (CsvRow row : CsvTable.read(ADDED_TEACHERS, files.get(ADDED_TEACHERS),
                    ProblemCsv.HEADERS.get(ProblemCsv.TEACHERS), issues)) {
                Teacher teacher = Records.teacher(row);
                if (teacher != null) {
                    sources.put(path + "/teachers/" + teachers.size(), ADDED_TEACHERS, row.line());
                    teachers.add(teacher);
                }
            }
            sources.put(path, ADDED_TEACHERS, 0);
            disruptions.add(new Disruption.TeachersAdded(teachers));
        }
        if (!issues.isEmpty() || now == null) {
            return ParsedDisruptions.unreadable(issues);
        }
        return new ParsedDisruptions(new Disruptions(now, disruptions), sources, issues);
    }

    private static LocalDate now(Map<String, byte[]> files, List<ValidationIssue> issues, SourceMap sources) {
        if (!files.containsKey(REPLAN)) {
            issues.add(ValidationIssue.error(REPLAN, 0, null, "missing required file"));
            return null;
        }
        LocalDate now = null;
        boolean found = false;
        for (CsvRow row : CsvTable.read(REPLAN, files.get(REPLAN), List.of("key", "value"), issues)) {
            String key = row.text("key");
            if ("now".equals(key) && !found) {
                found = true;
                now = row.date("value");
                sources.put("/now", REPLAN, row.line());
            } else if (key != null) {
                issues.add(ValidationIssue.error(REPLAN, row.line(), "key", "now".equals(key)
                        ? "now is given twice" : "unknown key (" + key + "); expected now"));
            }
        }
        if (!found && issues.stream().noneMatch(i -> i.file().equals(REPLAN))) {
            issues.add(ValidationIssue.error(REPLAN, 0, "now", "missing the now row"));
        }
        return now;
    }

    private static Disruption disruption(CsvRow row, List<ValidationIssue> issues) {
        String text = row.text(DisruptionRecords.TYPE);
        if (text == null) {
            return null;
        }
        DisruptionType type = DisruptionRecords.type(text);
        if (type == null) {
            issues.add(ValidationIssue.error(DISRUPTIONS, row.line(), DisruptionRecords.TYPE,
                    DisruptionRecords.unknownType(text)));
            return null;
        }
        if (type == DisruptionType.TEACHERS_ADDED) {
            issues.add(ValidationIssue.error(DISRUPTIONS, row.line(), DisruptionRecords.TYPE,
                    "late registrants are listed in " + ADDED_TEACHERS + ", not here"));
            return null;
        }
        Set<String> used = new LinkedHashSet<>();
        DisruptionRecords.fieldNames(type).forEach(name -> used.add(Records.snakeCase(name)));
        boolean clean = true;
        for (String column : DISRUPTION_COLUMNS) {
            if (!used.contains(column) && row.value(column) != null) {
                issues.add(ValidationIssue.error(DISRUPTIONS, row.line(), column, "not used by " + type
                        + " (it uses " + String.join(", ", used) + ")"));
                clean = false;
            }
        }
        Disruption disruption = DisruptionRecords.disruption(type, row);
        return clean ? disruption : null;
    }

    static String columnOf(String component) {
        return Records.snakeCase(component);
    }
}

package org.cohortplanner.problems.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;

import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.report.BlockView;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.UnplacedTeacher;
import org.cohortplanner.report.Violation;

/**
 * A plan as a CSV bundle (folder or .zip): {@code plan.csv} (score and KPIs as key,value), {@code cohorts.csv},
 * {@code rosters.csv}, {@code unplaced.csv}, {@code violations.csv}, {@code deliveries.csv} (one row per kit line
 * of each stop), {@code print_batches.csv} (one row per kit line of each batch), and two views for people that
 * are derived from the cohorts and not read back: {@code trainer_schedules.csv} and {@code venue_bookings.csv}.
 * Bundles written before deliveries existed still read: without the two files a plan has none.
 */
public final class PlanCsv {

    public static final String PLAN = "plan.csv";
    public static final String COHORTS = "cohorts.csv";
    public static final String ROSTERS = "rosters.csv";
    public static final String UNPLACED = "unplaced.csv";
    public static final String VIOLATIONS = "violations.csv";
    public static final String TRAINER_SCHEDULES = "trainer_schedules.csv";
    public static final String VENUE_BOOKINGS = "venue_bookings.csv";
    public static final String DELIVERIES = "deliveries.csv";
    public static final String PRINT_BATCHES = "print_batches.csv";
    private static final String COST = "cost.";
    private static final String KITS_PRINTED = "kits_printed.";
    private static final List<String> REQUIRED = List.of(PLAN, COHORTS, ROSTERS, UNPLACED, VIOLATIONS);

    private PlanCsv() {
    }

    public static void write(PlanReport plan, Path bundle) {
        CsvBundle.write(bundle, toFiles(plan));
    }

    public static Map<String, byte[]> toFiles(PlanReport plan) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Kpis kpis = plan.kpis();
        List<String[]> summary = new ArrayList<>();
        summary.add(row("key", "value"));
        summary.add(row("format_version", plan.formatVersion()));
        summary.add(row("programme_id", plan.programmeId()));
        summary.add(row("score", plan.score()));
        summary.add(row("feasible", plan.feasible()));
        summary.add(row("teachers_placed", kpis.teachersPlaced()));
        summary.add(row("teachers_unplaced", kpis.teachersUnplaced()));
        summary.add(row("cohorts_used", kpis.cohortsUsed()));
        summary.add(row("total_cost", kpis.totalCost()));
        kpis.costByComponent().forEach((name, cost) -> summary.add(row(COST + name, cost)));
        summary.add(row("completion_date", kpis.completionDate()));
        summary.add(row("trainer_utilisation", kpis.trainerUtilisation()));
        summary.add(row("trainers_used", kpis.trainersUsed()));
        summary.add(row("mean_travel_minutes", kpis.meanTravelMinutes()));
        summary.add(row("max_travel_minutes", kpis.maxTravelMinutes()));
        summary.add(row("trucking_km", kpis.truckingKm()));
        summary.add(row("trips", kpis.trips()));
        new TreeMap<>(kpis.kitsPrintedByLanguage()).forEach((language, kits) ->
                summary.add(row(KITS_PRINTED + language, kits)));
        files.put(PLAN, csv(summary));

        List<String[]> cohorts = new ArrayList<>();
        cohorts.add(row("id", "track", "language", "district_id", "trainer_id", "venue_id", "days", "kits_arrive",
                "delivery_id", "blocks"));
        List<String[]> rosters = new ArrayList<>();
        rosters.add(row("cohort_id", "teacher_id"));
        List<String[]> trainerDays = new ArrayList<>();
        trainerDays.add(row("trainer_id", "date", "cohort_id", "venue_id"));
        List<String[]> venueDays = new ArrayList<>();
        venueDays.add(row("venue_id", "date", "cohort_id", "trainer_id"));
        for (CohortView cohort : plan.cohorts()) {
            cohorts.add(row(cohort.id(), cohort.track(), cohort.language(), cohort.districtId(), cohort.trainerId(),
                    cohort.venueId(), cohort.days().stream().map(LocalDate::toString).collect(Collectors.joining(";")),
                    cohort.kitsArrive(), cohort.deliveryId(), blocks(cohort)));
            cohort.teacherIds().forEach(teacher -> rosters.add(row(cohort.id(), teacher)));
            for (LocalDate day : cohort.days()) {
                trainerDays.add(row(cohort.trainerOn(day), day, cohort.id(), cohort.venueOn(day)));
                venueDays.add(row(cohort.venueOn(day), day, cohort.id(), cohort.trainerOn(day)));
            }
        }
        files.put(COHORTS, csv(cohorts));
        files.put(ROSTERS, csv(rosters));
        files.put(TRAINER_SCHEDULES, csv(sortedBody(trainerDays)));
        files.put(VENUE_BOOKINGS, csv(sortedBody(venueDays)));

        List<String[]> unplaced = new ArrayList<>();
        unplaced.add(row("teacher_id", "reason"));
        plan.unplaced().forEach(u -> unplaced.add(row(u.teacherId(), u.reason())));
        files.put(UNPLACED, csv(unplaced));

        List<String[]> violations = new ArrayList<>();
        violations.add(row("constraint", "level", "score", "match_count", "match"));
        for (Violation violation : plan.violations()) {
            List<String> matches = violation.matches().isEmpty() ? List.of("") : violation.matches();
            matches.forEach(match -> violations.add(row(violation.constraint(), violation.level(), violation.score(),
                    violation.matchCount(), match)));
        }
        files.put(VIOLATIONS, csv(violations));
        files.put(DELIVERIES, csv(DeliveryTables.deliveryRows(plan.deliveries())));
        files.put(PRINT_BATCHES, csv(DeliveryTables.printBatchRows(plan.printBatches())));
        return files;
    }

    /**
     * The {@code blocks} column: empty when one trainer and venue teach every day, else each block as
     * {@code FIRST..LAST|TRAINER|VENUE}, separated by {@code /}.
     */
    private static String blocks(CohortView cohort) {
        return cohort.blocks().stream()
                .map(b -> b.days().get(0) + ".." + b.days().get(b.days().size() - 1) + "|"
                        + Objects.requireNonNullElse(b.trainerId(), "") + "|"
                        + Objects.requireNonNullElse(b.venueId(), ""))
                .collect(Collectors.joining("/"));
    }

    private static List<BlockView> blocks(String column, String days) {
        if (column.isBlank()) {
            return List.of();
        }
        List<LocalDate> cohortDays = Arrays.stream(days.split(";")).map(LocalDate::parse).toList();
        List<BlockView> blocks = new ArrayList<>();
        for (String block : column.split("/")) {
            String[] parts = block.split("\\|", -1);
            String[] range = parts[0].split("\\.\\.");
            LocalDate first = LocalDate.parse(range[0]);
            LocalDate last = LocalDate.parse(range[1]);
            blocks.add(new BlockView(cohortDays.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).toList(),
                    blankToNull(parts[1]), blankToNull(parts[2])));
        }
        return blocks;
    }

    /** Reads a plan bundle written by {@link #write}; a damaged one fails with {@code FILE:LINE: reason}. */
    public static PlanReport read(Path bundle) {
        List<ValidationIssue> issues = new ArrayList<>();
        Map<String, byte[]> files = CsvBundle.read(bundle, List.of(PLAN, COHORTS, ROSTERS, UNPLACED, VIOLATIONS,
                DELIVERIES, PRINT_BATCHES), issues);
        for (String file : REQUIRED) {
            if (!files.containsKey(file)) {
                issues.add(ValidationIssue.error(file, 0, null, "missing required file"));
            }
        }
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException(issues.stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
        Map<String, String> summary = new LinkedHashMap<>();
        Map<String, Long> costs = new LinkedHashMap<>();
        Map<String, Integer> kitsPrinted = new LinkedHashMap<>();
        for (String[] row : rows(files, PLAN)) {
            if (row[0].startsWith(COST)) {
                costs.put(row[0].substring(COST.length()), Long.parseLong(row[1]));
            } else if (row[0].startsWith(KITS_PRINTED)) {
                kitsPrinted.put(row[0].substring(KITS_PRINTED.length()), Integer.parseInt(row[1]));
            } else {
                summary.put(row[0], row[1]);
            }
        }
        Map<String, List<String>> rosters = new LinkedHashMap<>();
        rows(files, ROSTERS).forEach(row -> rosters.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row[1]));
        List<CohortView> cohorts = rows(files, COHORTS).stream()
                .map(row -> new CohortView(row[0], row[1], row[2], row[3], blankToNull(row[4]), blankToNull(row[5]),
                        row[6].isEmpty() ? List.of()
                                : Arrays.stream(row[6].split(";")).map(LocalDate::parse).toList(),
                        rosters.getOrDefault(row[0], List.of()), row.length > 7 ? optionalDate(row[7]) : null,
                        row.length > 8 ? blankToNull(row[8]) : null,
                        row.length > 9 ? blocks(row[9], row[6]) : List.of()))
                .toList();
        List<UnplacedTeacher> unplaced = rows(files, UNPLACED).stream()
                .map(row -> new UnplacedTeacher(row[0], row[1])).toList();
        Map<String, Violation> violations = new LinkedHashMap<>();
        for (String[] row : rows(files, VIOLATIONS)) {
            Violation violation = violations.computeIfAbsent(row[0],
                    name -> new Violation(name, row[1], row[2], Integer.parseInt(row[3]), new ArrayList<>()));
            if (!row[4].isEmpty()) {
                violation.matches().add(row[4]);
            }
        }
        String completion = summary.get("completion_date");
        Kpis kpis = new Kpis(Integer.parseInt(summary.get("teachers_placed")),
                Integer.parseInt(summary.get("teachers_unplaced")), Integer.parseInt(summary.get("cohorts_used")),
                Long.parseLong(summary.get("total_cost")), costs,
                completion.isEmpty() ? null : LocalDate.parse(completion),
                Double.parseDouble(summary.get("trainer_utilisation")), Integer.parseInt(summary.get("trainers_used")),
                Double.parseDouble(summary.get("mean_travel_minutes")),
                Integer.parseInt(summary.get("max_travel_minutes")),
                Double.parseDouble(summary.getOrDefault("trucking_km", "0")),
                Integer.parseInt(summary.getOrDefault("trips", "0")), kitsPrinted);
        return new PlanReport(Integer.parseInt(summary.get("format_version")), summary.get("programme_id"),
                summary.get("score"), Boolean.parseBoolean(summary.get("feasible")), kpis, cohorts, unplaced,
                violations.values().stream().map(v -> new Violation(v.constraint(), v.level(), v.score(),
                        v.matchCount(), List.copyOf(v.matches()))).toList(),
                files.containsKey(DELIVERIES) ? DeliveryTables.deliveries(rows(files, DELIVERIES)) : List.of(),
                files.containsKey(PRINT_BATCHES) ? DeliveryTables.printBatches(rows(files, PRINT_BATCHES)) : List.of());
    }

    static LocalDate optionalDate(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static List<String[]> rows(Map<String, byte[]> files, String file) {
        try (CSVReader reader = new CSVReader(new StringReader(
                new String(files.get(file), StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            List<String[]> rows = reader.readAll();
            return rows.subList(1, rows.size()).stream().map(SpreadsheetSafe::unescape).toList();
        } catch (IOException | CsvException e) {
            throw new IllegalArgumentException(file + ":0: - : cannot read (" + e.getMessage() + ")", e);
        }
    }

    static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    static String[] row(Object... values) {
        return Arrays.stream(values).map(v -> v == null ? "" : String.valueOf(v)).toArray(String[]::new);
    }

    private static List<String[]> sortedBody(List<String[]> rows) {
        List<String[]> body = new ArrayList<>(rows.subList(1, rows.size()));
        body.sort((a, b) -> (a[0] + " " + a[1]).compareTo(b[0] + " " + b[1]));
        body.add(0, rows.get(0));
        return body;
    }

    private static byte[] csv(List<String[]> rows) {
        StringWriter text = new StringWriter();
        try (CSVWriter writer = new CSVWriter(text, CSVWriter.DEFAULT_SEPARATOR, CSVWriter.DEFAULT_QUOTE_CHARACTER,
                CSVWriter.DEFAULT_QUOTE_CHARACTER, "\n")) {
            rows.forEach(row -> writer.writeNext(SpreadsheetSafe.escape(row)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

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
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;

import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.report.CohortView;
import org.cohortplanner.report.DeliveryView;
import org.cohortplanner.report.KitCount;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PrintBatchView;
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
                "delivery_id"));
        List<String[]> rosters = new ArrayList<>();
        rosters.add(row("cohort_id", "teacher_id"));
        List<String[]> trainerDays = new ArrayList<>();
        trainerDays.add(row("trainer_id", "date", "cohort_id", "venue_id"));
        List<String[]> venueDays = new ArrayList<>();
        venueDays.add(row("venue_id", "date", "cohort_id", "trainer_id"));
        for (CohortView cohort : plan.cohorts()) {
            cohorts.add(row(cohort.id(), cohort.track(), cohort.language(), cohort.districtId(), cohort.trainerId(),
                    cohort.venueId(), cohort.days().stream().map(LocalDate::toString).collect(Collectors.joining(";")),
                    cohort.kitsArrive(), cohort.deliveryId()));
            cohort.teacherIds().forEach(teacher -> rosters.add(row(cohort.id(), teacher)));
            for (LocalDate day : cohort.days()) {
                trainerDays.add(row(cohort.trainerId(), day, cohort.id(), cohort.venueId()));
                venueDays.add(row(cohort.venueId(), day, cohort.id(), cohort.trainerId()));
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
        files.put(DELIVERIES, csv(deliveryRows(plan.deliveries())));
        files.put(PRINT_BATCHES, csv(printBatchRows(plan.printBatches())));
        return files;
    }

    private static final String[] DELIVERY_HEADER = {"delivery_id", "vehicle_id", "print_house_id", "departure",
        "return_date", "km", "cost", "stop", "district_id", "arrival", "track", "language", "count"};

    /**
     * One row per kit line of each stop, the trip's own columns repeated, so a spreadsheet can filter and sum;
     * a stop without kits (or a trip without stops) still has a row, with those columns empty.
     */
    private static List<String[]> deliveryRows(List<DeliveryView> deliveries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(DELIVERY_HEADER);
        for (DeliveryView d : deliveries) {
            Object[] trip = {d.id(), d.vehicleId(), d.printHouseId(), d.departure(), d.returnDate(), d.km(), d.cost()};
            if (d.stops().isEmpty()) {
                rows.add(row(concat(trip, null, null, null, null, null, null)));
            }
            for (int i = 0; i < d.stops().size(); i++) {
                DeliveryView.Stop stop = d.stops().get(i);
                if (stop.kits().isEmpty()) {
                    rows.add(row(concat(trip, i + 1, stop.districtId(), stop.arrival(), null, null, null)));
                }
                for (KitCount kits : stop.kits()) {
                    rows.add(row(concat(trip, i + 1, stop.districtId(), stop.arrival(), kits.track(), kits.language(),
                            kits.count())));
                }
            }
        }
        return rows;
    }

    private static List<String[]> printBatchRows(List<PrintBatchView> batches) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("print_house_id", "week", "track", "language", "count"));
        for (PrintBatchView batch : batches) {
            if (batch.kits().isEmpty()) {
                rows.add(row(batch.printHouseId(), batch.week(), null, null, null));
            }
            batch.kits().forEach(kits -> rows.add(row(batch.printHouseId(), batch.week(), kits.track(),
                    kits.language(), kits.count())));
        }
        return rows;
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
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
                        row.length > 8 ? blankToNull(row[8]) : null))
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
                        v.matchCount(), List.copyOf(v.matches()))).toList(), deliveries(files), printBatches(files));
    }

    /** Rows of one trip are consecutive, and so are the rows of one stop (numbered from 1). */
    private static List<DeliveryView> deliveries(Map<String, byte[]> files) {
        if (!files.containsKey(DELIVERIES)) {
            return List.of();
        }
        List<DeliveryView> deliveries = new ArrayList<>();
        List<String[]> rows = rows(files, DELIVERIES);
        int i = 0;
        while (i < rows.size()) {
            String[] first = rows.get(i);
            List<DeliveryView.Stop> stops = new ArrayList<>();
            while (i < rows.size() && rows.get(i)[0].equals(first[0])) {
                String[] stopRow = rows.get(i);
                List<KitCount> kits = new ArrayList<>();
                while (i < rows.size() && rows.get(i)[0].equals(first[0]) && rows.get(i)[7].equals(stopRow[7])) {
                    kits.addAll(kitCount(rows.get(i), 10));
                    i++;
                }
                if (!stopRow[7].isEmpty()) {
                    stops.add(new DeliveryView.Stop(stopRow[8], optionalDate(stopRow[9]), kits));
                }
            }
            deliveries.add(new DeliveryView(first[0], first[1], blankToNull(first[2]), optionalDate(first[3]),
                    optionalDate(first[4]), Double.parseDouble(first[5]), Long.parseLong(first[6]), stops));
        }
        return deliveries;
    }

    /** Rows of one batch (print house and week) are consecutive. */
    private static List<PrintBatchView> printBatches(Map<String, byte[]> files) {
        if (!files.containsKey(PRINT_BATCHES)) {
            return List.of();
        }
        List<PrintBatchView> batches = new ArrayList<>();
        List<String[]> rows = rows(files, PRINT_BATCHES);
        int i = 0;
        while (i < rows.size()) {
            String[] first = rows.get(i);
            List<KitCount> kits = new ArrayList<>();
            while (i < rows.size() && rows.get(i)[0].equals(first[0]) && rows.get(i)[1].equals(first[1])) {
                kits.addAll(kitCount(rows.get(i), 2));
                i++;
            }
            batches.add(new PrintBatchView(first[0], LocalDate.parse(first[1]), kits));
        }
        return batches;
    }

    /** The kit line in the three columns from {@code column} (track, language, count); none when they are empty. */
    private static List<KitCount> kitCount(String[] row, int column) {
        if (row[column].isEmpty()) {
            return List.of();
        }
        return List.of(new KitCount(row[column], row[column + 1], Integer.parseInt(row[column + 2])));
    }

    private static LocalDate optionalDate(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static List<String[]> rows(Map<String, byte[]> files, String file) {
        try (CSVReader reader = new CSVReader(new StringReader(
                new String(files.get(file), StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            List<String[]> rows = reader.readAll();
            return rows.subList(1, rows.size());
        } catch (IOException | CsvException e) {
            throw new IllegalArgumentException(file + ":0: - : cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String[] row(Object... values) {
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
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

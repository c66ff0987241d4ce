package org.cohortplanner.problems.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.opencsv.CSVWriter;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.InputLimits;
import org.cohortplanner.problems.records.ParsedProblem;
import org.cohortplanner.problems.records.Records;
import org.cohortplanner.problems.validation.SourceMap;
import org.cohortplanner.problems.validation.ValidationIssue;

/**
 * A problem as a CSV bundle: a folder or a zip of one file per collection, UTF-8, comma separated, with a
 * header row. Lists inside a cell are separated by {@code ;}; optional cells may be empty.
 * {@code travel.csv} and {@code policy.csv} may be left out (no roads; the default policy), and so may the
 * printed-material logistics ({@code print_houses.csv}, {@code vehicles.csv}, {@code hubs.csv}): a bundle without
 * them is a problem without deliveries. They are written only when the problem has any logistics facts.
 */
public final class ProblemCsv {

    public static final String PROGRAMME = "programme.csv";
    public static final String CALENDAR = "calendar.csv";
    public static final String DISTRICTS = "districts.csv";
    public static final String TRAVEL = "travel.csv";
    public static final String SCHOOLS = "schools.csv";
    public static final String TEACHERS = "teachers.csv";
    public static final String TRAINERS = "trainers.csv";
    public static final String VENUES = "venues.csv";
    public static final String COURSES = "courses.csv";
    public static final String POLICY = "policy.csv";
    public static final String PRINT_HOUSES = "print_houses.csv";
    public static final String VEHICLES = "vehicles.csv";
    public static final String HUBS = "hubs.csv";

    /** The header of each file, in the order the files are written. */
    public static final Map<String, List<String>> HEADERS = headers();

    private static Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(PROGRAMME, List.of("id", "name", "horizon_start", "horizon_end", "currency", "target_end",
                "now", "frozen_days"));
        headers.put(CALENDAR, List.of("kind", "from", "to", "district_id", "name"));
        headers.put(DISTRICTS, List.of("id", "name", "region", "latitude", "longitude"));
        headers.put(TRAVEL, List.of("from_district_id", "to_district_id", "minutes", "km"));
        headers.put(SCHOOLS, List.of("id", "name", "district_id", "languages", "staff"));
        headers.put(TEACHERS, List.of("id", "school_id", "track", "language", "skill_level", "online_access",
                "unavailable"));
        headers.put(TRAINERS, List.of("id", "name", "home_district_id", "languages", "tracks", "ready_from",
                "unavailable", "max_days", "daily_fee"));
        headers.put(VENUES, List.of("id", "name", "district_id", "seats", "tracks", "available_from",
                "available_to", "daily_cost", "unavailable"));
        headers.put(COURSES, List.of("track", "total_hours", "hours_per_day", "block_days", "min_gap_days",
                "max_gap_days", "online_hours", "min_size", "ideal_size", "max_size"));
        headers.put(POLICY, List.of("key", "value"));
        headers.put(PRINT_HOUSES, List.of("id", "name", "district_id", "weekly_capacity", "languages", "unavailable"));
        headers.put(VEHICLES, List.of("id", "name", "depot_district_id", "capacity_kits", "cost_per_km",
                "cost_per_trip", "max_driving_minutes_per_day", "unavailable"));
        headers.put(HUBS, List.of("id", "name", "district_id", "served_district_ids"));
        return Collections.unmodifiableMap(headers);
    }

    private static final List<String> OPTIONAL_FILES = List.of(TRAVEL, POLICY, PRINT_HOUSES, VEHICLES, HUBS);

    private ProblemCsv() {
    }

    /** Reads a folder or a {@code .zip} file; every unreadable part is reported, none is thrown. */
    public static ParsedProblem read(Path bundle) {
        return read(bundle, InputLimits.DEFAULTS);
    }

    /** The same, within the limits: a file, entry or row count beyond them is an error. */
    public static ParsedProblem read(Path bundle, InputLimits limits) {
        List<ValidationIssue> issues = new ArrayList<>();
        Map<String, byte[]> files = CsvBundle.read(bundle, List.copyOf(HEADERS.keySet()), issues, limits);
        if (files.isEmpty() && !issues.isEmpty()) {
            return ParsedProblem.unreadable(issues);
        }
        return new Reading(files, issues, limits).problem();
    }

    /** Reads the bundle's files, given as file name to content. */
    public static ParsedProblem read(Map<String, byte[]> files) {
        return new Reading(files, new ArrayList<>(), InputLimits.DEFAULTS).problem();
    }

    /** Writes a folder, or a zip file when the path ends with {@code .zip}. */
    public static void write(TrainingProblem problem, Path bundle) {
        CsvBundle.write(bundle, toFiles(problem));
    }

    /** Every file of the bundle, by name, in the order of {@link #HEADERS}. */
    public static Map<String, byte[]> toFiles(TrainingProblem problem) {
        return new CsvProblemWriter(problem).files();
    }

    /** Reads the files of one bundle into a problem and its source map. */
    private static final class Reading {

        private final Map<String, byte[]> files;
        private final List<ValidationIssue> issues;
        private final SourceMap sources = new SourceMap(ProblemCsv::columnOf);
        private final InputLimits limits;

        Reading(Map<String, byte[]> files, List<ValidationIssue> issues, InputLimits limits) {
            this.files = files;
            this.issues = issues;
            this.limits = limits;
        }

        ParsedProblem problem() {
            Programme programme = programme();
            List<CalendarEntry> calendar = records(CALENDAR, "calendar", Records::calendarEntry);
            List<District> districts = records(DISTRICTS, "districts", Records::district);
            List<TravelLink> travel = records(TRAVEL, "travel", Records::travelLink);
            List<School> schools = records(SCHOOLS, "schools", Records::school);
            List<Teacher> teachers = records(TEACHERS, "teachers", Records::teacher);
            List<Trainer> trainers = records(TRAINERS, "trainers", Records::trainer);
            List<Venue> venues = records(VENUES, "venues", Records::venue);
            List<Course> courses = records(COURSES, "courses", Records::course);
            Policy policy = policy();
            List<PrintHouse> printHouses = records(PRINT_HOUSES, "printHouses", Records::printHouse);
            List<Vehicle> vehicles = records(VEHICLES, "vehicles", Records::vehicle);
            List<Hub> hubs = records(HUBS, "hubs", Records::hub);
            if (!issues.isEmpty() || programme == null || policy == null) {
                return ParsedProblem.unreadable(issues);
            }
            return new ParsedProblem(new TrainingProblem(programme, calendar, districts, travel, schools, teachers,
                    trainers, venues, courses, policy, printHouses, vehicles, hubs), sources, issues);
        }

        private List<CsvRow> rows(String file) {
            byte[] content = files.get(file);
            if (content == null) {
                boolean unreadable = issues.stream().anyMatch(issue -> issue.file().equals(file));
                if (!OPTIONAL_FILES.contains(file) && !unreadable) {
                    issues.add(ValidationIssue.error(file, 0, null, "missing required file"));
                }
                return List.of();
            }
            return CsvTable.read(file, content, HEADERS.get(file), issues, limits.rowsPerFile());
        }

        private Programme programme() {
            List<CsvRow> rows = rows(PROGRAMME);
            if (rows.isEmpty()) {
                if (files.containsKey(PROGRAMME)) {
                    issues.add(ValidationIssue.error(PROGRAMME, 2, null, "missing the programme row"));
                }
                return null;
            }
            for (CsvRow extra : rows.subList(1, rows.size())) {
                issues.add(ValidationIssue.error(PROGRAMME, extra.line(), null, "only one programme row is allowed"));
            }
            Programme programme = Records.programme(rows.get(0));
            sources.put("/programme", PROGRAMME, rows.get(0).line());
            return programme;
        }

        private <T> List<T> records(String file, String collection, Function<CsvRow, T> reader) {
            List<T> records = new ArrayList<>();
            for (CsvRow row : rows(file)) {
                T record = reader.apply(row);
                if (record != null) {
                    sources.put(SourceMap.path(collection, records.size()), file, row.line());
                    records.add(record);
                }
            }
            return records;
        }

        private Policy policy() {
            if (!files.containsKey(POLICY)) {
                return Policy.defaults();
            }
            PolicyKeys keys = new PolicyKeys(POLICY, rows(POLICY), issues);
            sources.put("/policy", POLICY, 0);
            keys.linesByComponent().forEach((name, line) -> sources.put("/policy/" + name, POLICY, line));
            return Records.policy(keys);
        }
    }

    /** The column of a record component: {@code schoolId} is in {@code school_id}, calendar dates in from/to. */
    static String columnOf(String component) {
        return component.equals("dates") ? "from" : Records.snakeCase(component);
    }

    /** Writes the rows of each file, in the problem's list order, with {@code \n} line ends. */
    private record CsvProblemWriter(TrainingProblem problem) {

        Map<String, byte[]> files() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Programme p = problem.programme();
            files.put(PROGRAMME, csv(PROGRAMME, List.<String[]>of(cells(p.id(), p.name(), p.horizonStart(), p.horizonEnd(),
                    p.currency(), p.targetEnd(), p.now(), p.frozenDays()))));
            files.put(CALENDAR, csv(CALENDAR, problem.calendar().stream().map(c -> cells(c.kind(), c.dates().from(),
                    c.dates().to(), c.districtId(), c.name())).toList()));
            files.put(DISTRICTS, csv(DISTRICTS, problem.districts().stream().map(d -> cells(d.id(), d.name(),
                    d.region(), d.latitude(), d.longitude())).toList()));
            files.put(TRAVEL, csv(TRAVEL, problem.travel().stream().map(t -> cells(t.fromDistrictId(),
                    t.toDistrictId(), t.minutes(), t.km())).toList()));
            files.put(SCHOOLS, csv(SCHOOLS, problem.schools().stream().map(s -> cells(s.id(), s.name(),
                    s.districtId(), s.languages(), s.staff())).toList()));
            files.put(TEACHERS, csv(TEACHERS, problem.teachers().stream().map(t -> cells(t.id(), t.schoolId(),
                    t.track(), t.language(), t.skillLevel(), t.onlineAccess(), t.unavailable())).toList()));
            files.put(TRAINERS, csv(TRAINERS, problem.trainers().stream().map(t -> cells(t.id(), t.name(),
                    t.homeDistrictId(), t.languages(), t.tracks(), t.readyFrom(), t.unavailable(), t.maxDays(),
                    t.dailyFee())).toList()));
            files.put(VENUES, csv(VENUES, problem.venues().stream().map(v -> cells(v.id(), v.name(), v.districtId(),
                    v.seats(), v.tracks(), v.availableFrom(), v.availableTo(), v.dailyCost(), v.unavailable())).toList()));
            files.put(COURSES, csv(COURSES, problem.courses().stream().map(c -> cells(c.track(), c.totalHours(),
                    c.hoursPerDay(), c.blockDays(), c.minGapDays(), c.maxGapDays(), c.onlineHours(), c.minSize(),
                    c.idealSize(), c.maxSize())).toList()));
            files.put(POLICY, csv(POLICY, policyRows(problem.policy() == null ? Policy.defaults() : problem.policy())));
            if (problem.printHouses().isEmpty() && problem.vehicles().isEmpty() && problem.hubs().isEmpty()) {
                return files;
            }
            files.put(PRINT_HOUSES, csv(PRINT_HOUSES, problem.printHouses().stream().map(h -> cells(h.id(), h.name(),
                    h.districtId(), h.weeklyCapacity(), h.languages(), h.unavailable())).toList()));
            files.put(VEHICLES, csv(VEHICLES, problem.vehicles().stream().map(v -> cells(v.id(), v.name(),
                    v.depotDistrictId(), v.capacityKits(), v.costPerKm(), v.costPerTrip(),
                    v.maxDrivingMinutesPerDay(), v.unavailable())).toList()));
            files.put(HUBS, csv(HUBS, problem.hubs().stream().map(h -> cells(h.id(), h.name(), h.districtId(),
                    h.servedDistrictIds())).toList()));
            return files;
        }

        private static List<String[]> policyRows(Policy p) {
            List<String[]> rows = new ArrayList<>();
            Object[] values = {p.maxTravelMinutes(), p.maxShareAway(), p.maxDelegationSize(),
                p.trainerTransferMinutes(), p.bufferDays(), p.teacherPerDiem(), p.trainerPerDiem(),
                p.travelCostPerKm(), p.substituteDailyCost(), p.keepSchoolTeams(), p.roadFactor(),
                p.averageSpeedKmh()};
            List<String> names = new ArrayList<>(Records.componentNames(Policy.class));
            names.remove("weights");
            for (int i = 0; i < names.size(); i++) {
                rows.add(cells(Records.snakeCase(names.get(i)), values[i]));
            }
            new TreeMap<>(p.weights()).forEach((constraint, weight) ->
                    rows.add(cells(PolicyKeys.WEIGHT_PREFIX + constraint, weight)));
            return rows;
        }

        private static byte[] csv(String file, List<String[]> rows) {
            StringWriter text = new StringWriter();
            try (CSVWriter writer = new CSVWriter(text, CSVWriter.DEFAULT_SEPARATOR, CSVWriter.DEFAULT_QUOTE_CHARACTER,
                    CSVWriter.DEFAULT_QUOTE_CHARACTER, "\n")) {
                writer.writeNext(HEADERS.get(file).toArray(String[]::new), false);
                for (String[] row : rows) {
                    writer.writeNext(SpreadsheetSafe.escape(row), false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String[] cells(Object... values) {
            String[] cells = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = cell(values[i]);
            }
            return cells;
        }

        /** Sets are written sorted, lists in order, both joined by {@code ;}; null is an empty cell. */
        private static String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Set<?> set) {
                return cell(set.stream().map(String::valueOf).sorted().toList());
            }
            if (value instanceof List<?> list) {
                return String.join(TextFields.LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
            }
            return String.valueOf(value);
        }
    }
}

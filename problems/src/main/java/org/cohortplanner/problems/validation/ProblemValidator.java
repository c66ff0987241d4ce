package org.cohortplanner.problems.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.plan.Weights;
import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.InputLimits;

/**
 * Checks the meaning of a read problem: unique ids, known references, sensible numbers and whether every
 * teacher can be trained at all. Reports every finding, each at the file and line it came from.
 */
public final class ProblemValidator {

    private final TrainingProblem problem;
    private final SourceMap sources;
    private final List<ValidationIssue> issues = new ArrayList<>();
    private final Policy policy;
    private DateRange horizon;

    private final InputLimits limits;

    private ProblemValidator(TrainingProblem problem, SourceMap sources, InputLimits limits) {
        this.problem = problem;
        this.sources = sources;
        this.limits = limits;
        this.policy = problem.policy() == null ? Policy.defaults() : problem.policy();
    }

    /** Validates a problem built in memory; findings name the part of the problem instead of a file. */
    public static ValidationReport validate(TrainingProblem problem) {
        return validate(problem, SourceMap.none());
    }

    public static ValidationReport validate(TrainingProblem problem, SourceMap sources) {
        return new ValidationReport(findIssues(problem, sources));
    }

    /** The findings ordered by file and line. */
    public static List<ValidationIssue> findIssues(TrainingProblem problem, SourceMap sources) {
        return findIssues(problem, sources, InputLimits.DEFAULTS);
    }

    /** The findings, with the lengths of texts and the number of teachers checked against the limits. */
    public static List<ValidationIssue> findIssues(TrainingProblem problem, SourceMap sources, InputLimits limits) {
        ProblemValidator validator = new ProblemValidator(problem, sources, limits);
        validator.checkAll();
        List<ValidationIssue> sorted = new ArrayList<>(validator.issues);
        sorted.sort(Comparator.comparing(ValidationIssue::file).thenComparingInt(ValidationIssue::line));
        return sorted;
    }

    private void checkAll() {
        new FieldChecks(limits, this::error).check(problem);
        if (problem.teachers().size() > limits.teachers()) {
            error(SourceMap.path("teachers", limits.teachers()), null, problem.teachers().size() + " teachers, more than " + limits.teachers()
                    + " (the limit for one problem)");
        }
        checkProgramme();
        checkUniqueIds();
        Set<String> districtIds = ids(problem.districts(), District::id);
        checkCalendar(districtIds);
        checkTravel(districtIds);
        checkSchools(districtIds);
        checkTeachers();
        checkTrainers(districtIds);
        checkVenues(districtIds);
        checkCourses();
        checkTrainerCoverage();
        checkVenueReach(districtIds);
        checkSchoolLanguages();
        checkWeights();
        checkPrintHouses(districtIds);
        checkVehicles(districtIds);
        checkHubs(districtIds);
        checkKitsCanMove();
        checkPrintedLanguages();
        checkLogisticsRoads();
    }

    /** A weight must name a constraint and read as a score, or solving would fail on it. */
    private void checkWeights() {
        Set<String> constraints = ConstraintNames.all();
        policy.weights().forEach((constraint, weight) -> {
            if (!constraints.contains(constraint)) {
                error("/policy", "weights", "no constraint is named (" + constraint + ")");
            }
            try {
                Weights.parse(weight);
            } catch (IllegalArgumentException e) {
                error("/policy", "weights", "weight of (" + constraint + ") is not a score such as 500soft, 1hard"
                        + " or 0hard/0medium/5soft (" + weight + ")");
            }
        });
    }

    private void checkProgramme() {
        Programme programme = problem.programme();
        if (programme.horizonEnd().isBefore(programme.horizonStart())) {
            error("/programme", "horizonEnd", "horizon ends (" + programme.horizonEnd() + ") before it starts ("
                    + programme.horizonStart() + ")");
        } else {
            horizon = new DateRange(programme.horizonStart(), programme.horizonEnd());
        }
        if (programme.frozenDays() < 0) {
            error("/programme", "frozenDays", mustNotBeNegative(programme.frozenDays()));
        }
    }

    private void checkUniqueIds() {
        checkUnique("districts", problem.districts(), District::id, "district", "id");
        checkUnique("schools", problem.schools(), School::id, "school", "id");
        checkUnique("teachers", problem.teachers(), Teacher::id, "teacher", "id");
        checkUnique("trainers", problem.trainers(), Trainer::id, "trainer", "id");
        checkUnique("venues", problem.venues(), Venue::id, "venue", "id");
        checkUnique("courses", problem.courses(), Course::track, "course track", "track");
        checkUnique("printHouses", problem.printHouses(), PrintHouse::id, "print house", "id");
        checkUnique("vehicles", problem.vehicles(), Vehicle::id, "vehicle", "id");
        checkUnique("hubs", problem.hubs(), Hub::id, "hub", "id");
    }

    private <T> void checkUnique(String collection, List<T> items, Function<T, String> id, String noun,
            String field) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = firstIndex.putIfAbsent(id.apply(items.get(i)), i);
            if (first != null) {
                SourceMap.Location firstLocation = sources.locate(SourceMap.path(collection, first));
                error(SourceMap.path(collection, i), field, "duplicate " + noun + " (" + id.apply(items.get(i))
                        + "), first at " + firstLocation.file() + ":" + firstLocation.line());
            }
        }
    }

    private void checkCalendar(Set<String> districtIds) {
        for (int i = 0; i < problem.calendar().size(); i++) {
            CalendarEntry entry = problem.calendar().get(i);
            String path = SourceMap.path("calendar", i);
            if (entry.kind() == CalendarKind.DISTRICT_CLOSURE) {
                if (entry.districtId() == null) {
                    error(path, "districtId", "missing value: a district closure names its district");
                } else if (!districtIds.contains(entry.districtId())) {
                    error(path, "districtId", unknown("district", entry.districtId()));
                }
            } else if (entry.districtId() != null) {
                warning(path, "districtId", "ignored: only a district closure names a district");
            }
            if (horizon != null && !within(entry.dates(), horizon)) {
                boolean overlaps = !entry.dates().to().isBefore(horizon.from())
                        && !entry.dates().from().isAfter(horizon.to());
                warning(path, "dates", (overlaps ? "partly outside" : "outside") + " the horizon (" + horizon + ")");
            }
        }
    }

    private void checkTravel(Set<String> districtIds) {
        for (int i = 0; i < problem.travel().size(); i++) {
            TravelLink link = problem.travel().get(i);
            String path = SourceMap.path("travel", i);
            requireKnown(path, "fromDistrictId", "district", link.fromDistrictId(), districtIds);
            requireKnown(path, "toDistrictId", "district", link.toDistrictId(), districtIds);
            if (link.minutes() < 0) {
                error(path, "minutes", mustNotBeNegative(link.minutes()));
            }
            if (link.km() < 0) {
                error(path, "km", mustNotBeNegative(link.km()));
            }
        }
    }

    private void checkSchools(Set<String> districtIds) {
        for (int i = 0; i < problem.schools().size(); i++) {
            School school = problem.schools().get(i);
            String path = SourceMap.path("schools", i);
            requireKnown(path, "districtId", "district", school.districtId(), districtIds);
            if (school.staff() < 0) {
                error(path, "staff", mustNotBeNegative(school.staff()));
            }
        }
    }

    private void checkTeachers() {
        Set<String> schoolIds = ids(problem.schools(), School::id);
        Set<String> tracksWithCourse = ids(problem.courses(), Course::track);
        Set<String> tracksReported = new HashSet<>();
        for (int i = 0; i < problem.teachers().size(); i++) {
            Teacher teacher = problem.teachers().get(i);
            String path = SourceMap.path("teachers", i);
            requireKnown(path, "schoolId", "school", teacher.schoolId(), schoolIds);
            if (!tracksWithCourse.contains(teacher.track()) && tracksReported.add(teacher.track())) {
                error(path, "track", "no course for track (" + teacher.track() + ")");
            }
        }
    }

    private void checkTrainers(Set<String> districtIds) {
        for (int i = 0; i < problem.trainers().size(); i++) {
            Trainer trainer = problem.trainers().get(i);
            String path = SourceMap.path("trainers", i);
            requireKnown(path, "homeDistrictId", "district", trainer.homeDistrictId(), districtIds);
            if (trainer.maxDays() <= 0) {
                error(path, "maxDays", mustBePositive(trainer.maxDays()));
            }
            if (trainer.dailyFee() < 0) {
                error(path, "dailyFee", mustNotBeNegative(trainer.dailyFee()));
            }
            if (horizon != null && trainer.readyFrom() != null && trainer.readyFrom().isAfter(horizon.to())) {
                warning(path, "readyFrom", "after the horizon ends (" + horizon.to() + ")");
            }
        }
    }

    private void checkVenues(Set<String> districtIds) {
        for (int i = 0; i < problem.venues().size(); i++) {
            Venue venue = problem.venues().get(i);
            String path = SourceMap.path("venues", i);
            requireKnown(path, "districtId", "district", venue.districtId(), districtIds);
            if (venue.seats() <= 0) {
                error(path, "seats", mustBePositive(venue.seats()));
            }
            if (venue.dailyCost() < 0) {
                error(path, "dailyCost", mustNotBeNegative(venue.dailyCost()));
            }
            LocalDate from = venue.availableFrom();
            LocalDate to = venue.availableTo();
            if (from != null && to != null && to.isBefore(from)) {
                error(path, "availableTo", "before available from (" + from + ")");
            }
            if (horizon != null && from != null && from.isAfter(horizon.to())) {
                warning(path, "availableFrom", "after the horizon ends (" + horizon.to() + ")");
            }
            if (horizon != null && to != null && to.isBefore(horizon.from())) {
                warning(path, "availableTo", "before the horizon starts (" + horizon.from() + ")");
            }
        }
    }

    private void checkCourses() {
        for (int i = 0; i < problem.courses().size(); i++) {
            Course course = problem.courses().get(i);
            String path = SourceMap.path("courses", i);
            requirePositive(path, "totalHours", course.totalHours());
            requirePositive(path, "hoursPerDay", course.hoursPerDay());
            if (course.blockDays().isEmpty()) {
                error(path, "blockDays", "missing value: a course has at least one in-person block");
            } else if (course.blockDays().stream().anyMatch(days -> days <= 0)) {
                error(path, "blockDays", "every block must be positive (" + course.blockDays().stream()
                        .map(String::valueOf).collect(Collectors.joining(";")) + ")");
            }
            if (course.minGapDays() < 0) {
                error(path, "minGapDays", mustNotBeNegative(course.minGapDays()));
            }
            if (course.maxGapDays() < course.minGapDays()) {
                error(path, "maxGapDays", "max gap days (" + course.maxGapDays() + ") is below min gap days ("
                        + course.minGapDays() + ")");
            }
            if (course.onlineHours() < 0) {
                error(path, "onlineHours", mustNotBeNegative(course.onlineHours()));
            }
            requirePositive(path, "minSize", course.minSize());
            requirePositive(path, "idealSize", course.idealSize());
            requirePositive(path, "maxSize", course.maxSize());
            if (course.minSize() > course.idealSize()) {
                error(path, "minSize", "min size (" + course.minSize() + ") is above ideal size ("
                        + course.idealSize() + ")");
            }
            if (course.idealSize() > course.maxSize()) {
                error(path, "idealSize", "ideal size (" + course.idealSize() + ") is above max size ("
                        + course.maxSize() + ")");
            }
            int hours = course.inPersonHours() + course.onlineHours();
            if (hours != course.totalHours()) {
                error(path, "totalHours", "in-person hours (" + course.inPersonHours() + ") + online hours ("
                        + course.onlineHours() + ") = " + hours + ", not total hours (" + course.totalHours() + ")");
            }
        }
    }

    /** One finding per track and language that no trainer teaches, at the first teacher who needs it. */
    private void checkTrainerCoverage() {
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < problem.teachers().size(); i++) {
            Teacher teacher = problem.teachers().get(i);
            boolean covered = problem.trainers().stream()
                    .anyMatch(trainer -> trainer.isQualifiedFor(teacher.track(), teacher.language()));
            if (!covered && reported.add(teacher.track() + " " + teacher.language())) {
                error(SourceMap.path("teachers", i), "track",
                        "no trainer teaches " + teacher.track() + " in " + teacher.language());
            }
        }
    }

    /** Every district with teachers of a track needs a venue hosting that track within the travel limit. */
    private void checkVenueReach(Set<String> districtIds) {
        Map<String, String> districtOfSchool = new HashMap<>();
        for (School school : problem.schools()) {
            districtOfSchool.putIfAbsent(school.id(), school.districtId());
        }
        Map<String, Set<String>> tracksByDistrict = new HashMap<>();
        for (Teacher teacher : problem.teachers()) {
            String districtId = districtOfSchool.get(teacher.schoolId());
            if (districtId != null && districtIds.contains(districtId)) {
                tracksByDistrict.computeIfAbsent(districtId, id -> new TreeSet<>()).add(teacher.track());
            }
        }
        if (tracksByDistrict.isEmpty()) {
            return;
        }
        Geography geography = Geography.of(problem.districts(), problem.travel(), policy);
        Set<String> checked = new HashSet<>();
        for (int i = 0; i < problem.districts().size(); i++) {
            String districtId = problem.districts().get(i).id();
            if (!checked.add(districtId)) {
                continue;
            }
            for (String track : tracksByDistrict.getOrDefault(districtId, Set.of())) {
                boolean reachable = problem.venues().stream()
                        .anyMatch(venue -> venue.canHost(track) && geography.knows(venue.districtId())
                                && geography.minutes(districtId, venue.districtId()) <= policy.maxTravelMinutes());
                if (!reachable) {
                    error(SourceMap.path("districts", i), "id", "no venue hosting " + track + " within "
                            + policy.maxTravelMinutes() + " minutes of " + districtId);
                }
            }
        }
    }

    private void checkSchoolLanguages() {
        Map<String, Set<String>> languagesBySchool = new LinkedHashMap<>();
        for (Teacher teacher : problem.teachers()) {
            languagesBySchool.computeIfAbsent(teacher.schoolId(), id -> new HashSet<>()).add(teacher.language());
        }
        Set<String> checked = new HashSet<>();
        for (int i = 0; i < problem.schools().size(); i++) {
            School school = problem.schools().get(i);
            Set<String> used = languagesBySchool.get(school.id());
            if (used == null || !checked.add(school.id())) {
                continue;
            }
            for (String language : new TreeSet<>(school.languages())) {
                if (!used.contains(language)) {
                    warning(SourceMap.path("schools", i), "languages", "no teacher of this school uses " + language);
                }
            }
        }
    }

    private void checkPrintHouses(Set<String> districtIds) {
        Set<String> languagesInUse = languagesInUse();
        for (int i = 0; i < problem.printHouses().size(); i++) {
            PrintHouse printHouse = problem.printHouses().get(i);
            String path = SourceMap.path("printHouses", i);
            requireKnown(path, "districtId", "district", printHouse.districtId(), districtIds);
            requirePositive(path, "weeklyCapacity", printHouse.weeklyCapacity());
            if (printHouse.languages().isEmpty()) {
                error(path, "languages", "missing value: a print house prints at least one language");
            }
            for (String language : new TreeSet<>(printHouse.languages())) {
                if (!languagesInUse.contains(language)) {
                    warning(path, "languages", "no teacher, trainer or school uses this language (" + language + ")");
                }
            }
        }
    }

    private void checkVehicles(Set<String> districtIds) {
        int largestCohort = problem.courses().stream().mapToInt(Course::maxSize).max().orElse(0);
        for (int i = 0; i < problem.vehicles().size(); i++) {
            Vehicle vehicle = problem.vehicles().get(i);
            String path = SourceMap.path("vehicles", i);
            requireKnown(path, "depotDistrictId", "district", vehicle.depotDistrictId(), districtIds);
            requirePositive(path, "capacityKits", vehicle.capacityKits());
            requirePositive(path, "maxDrivingMinutesPerDay", vehicle.maxDrivingMinutesPerDay());
            if (vehicle.costPerKm() < 0) {
                error(path, "costPerKm", mustNotBeNegative(vehicle.costPerKm()));
            }
            if (vehicle.costPerTrip() < 0) {
                error(path, "costPerTrip", mustNotBeNegative(vehicle.costPerTrip()));
            }
            if (vehicle.capacityKits() > 0 && vehicle.capacityKits() < largestCohort) {
                warning(path, "capacityKits", "below the largest cohort (" + largestCohort
                        + " teachers): one cohort's kits would not fit in one trip");
            }
        }
    }

    /** Every district gets its kits at one hub: the one that lists it, or its own office when none does. */
    private void checkHubs(Set<String> districtIds) {
        Map<String, String> hubByDistrict = new HashMap<>();
        for (int i = 0; i < problem.hubs().size(); i++) {
            Hub hub = problem.hubs().get(i);
            String path = SourceMap.path("hubs", i);
            requireKnown(path, "districtId", "district", hub.districtId(), districtIds);
            if (hub.servedDistrictIds().isEmpty()) {
                error(path, "servedDistrictIds", "missing value: a hub serves at least one district");
            }
            for (String served : hub.servedDistrictIds()) {
                requireKnown(path, "servedDistrictIds", "district", served, districtIds);
                String other = hubByDistrict.putIfAbsent(served, hub.id());
                if (other != null && !other.equals(hub.id())) {
                    error(path, "servedDistrictIds", "district (" + served + ") is already served by hub ("
                            + other + ")");
                }
            }
        }
    }

    /** Kits are printed at a print house and carried by a vehicle: one without the other moves nothing. */
    private void checkKitsCanMove() {
        if (!problem.printHouses().isEmpty() && problem.vehicles().isEmpty()) {
            error(SourceMap.path("printHouses", 0), "id", "no vehicle carries its kits: add vehicles, or leave out"
                    + " the print houses to plan without deliveries");
        }
        if (!problem.vehicles().isEmpty() && problem.printHouses().isEmpty()) {
            error(SourceMap.path("vehicles", 0), "id", "no print house to load kits at: add print houses, or leave"
                    + " out the vehicles to plan without deliveries");
        }
    }

    /** One finding per language that teachers train in and no print house prints, at its first teacher. */
    private void checkPrintedLanguages() {
        if (problem.printHouses().isEmpty()) {
            return;
        }
        Set<String> printed = new HashSet<>();
        problem.printHouses().forEach(printHouse -> printed.addAll(printHouse.languages()));
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < problem.teachers().size(); i++) {
            String language = problem.teachers().get(i).language();
            if (!printed.contains(language) && reported.add(language)) {
                error(SourceMap.path("teachers", i), "language", "no print house prints kits in " + language);
            }
        }
    }

    /**
     * Where roads are given, trucks drive them like teachers do: a print house, depot or hub that no chain of given
     * roads joins to the districts with schools gets distances guessed from coordinates, which is likely a mistake.
     */
    private void checkLogisticsRoads() {
        if (problem.travel().isEmpty() || problem.schools().isEmpty()) {
            return;
        }
        Map<String, String> component = roadComponents();
        Set<String> withSchools = problem.schools().stream()
                .map(school -> component.getOrDefault(school.districtId(), school.districtId()))
                .collect(Collectors.toSet());
        for (int i = 0; i < problem.printHouses().size(); i++) {
            warnIfOffTheRoads(component, withSchools, SourceMap.path("printHouses", i), "districtId",
                    problem.printHouses().get(i).districtId());
        }
        for (int i = 0; i < problem.vehicles().size(); i++) {
            warnIfOffTheRoads(component, withSchools, SourceMap.path("vehicles", i), "depotDistrictId",
                    problem.vehicles().get(i).depotDistrictId());
        }
        for (int i = 0; i < problem.hubs().size(); i++) {
            warnIfOffTheRoads(component, withSchools, SourceMap.path("hubs", i), "districtId",
                    problem.hubs().get(i).districtId());
        }
    }

    private void warnIfOffTheRoads(Map<String, String> component, Set<String> withSchools, String path,
            String field, String districtId) {
        if (!withSchools.contains(component.getOrDefault(districtId, districtId))) {
            warning(path, field, "no chain of given roads joins (" + districtId + ") to a district with schools;"
                    + " truck distances are estimated from coordinates");
        }
    }

    /** Each district's representative among the districts joined to it by given roads (union-find). */
    private Map<String, String> roadComponents() {
        Map<String, String> parent = new HashMap<>();
        for (TravelLink link : problem.travel()) {
            String a = root(parent, link.fromDistrictId());
            String b = root(parent, link.toDistrictId());
            if (!a.equals(b)) {
                parent.put(a, b);
            }
        }
        Map<String, String> component = new HashMap<>();
        for (District district : problem.districts()) {
            component.put(district.id(), root(parent, district.id()));
        }
        return component;
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private Set<String> languagesInUse() {
        Set<String> languages = new HashSet<>();
        problem.teachers().forEach(teacher -> languages.add(teacher.language()));
        problem.trainers().forEach(trainer -> languages.addAll(trainer.languages()));
        problem.schools().forEach(school -> languages.addAll(school.languages()));
        return languages;
    }

    private void requireKnown(String path, String field, String noun, String id, Set<String> known) {
        if (!known.contains(id)) {
            error(path, field, unknown(noun, id));
        }
    }

    private void requirePositive(String path, String field, int value) {
        if (value <= 0) {
            error(path, field, mustBePositive(value));
        }
    }

    private static String unknown(String noun, String id) {
        return "unknown " + noun + " (" + id + ")";
    }

    private static String mustBePositive(Number value) {
        return "must be positive (" + value + ")";
    }

    private static String mustNotBeNegative(Number value) {
        return "must not be negative (" + value + ")";
    }

    private static boolean within(DateRange inner, DateRange outer) {
        return !inner.from().isBefore(outer.from()) && !inner.to().isAfter(outer.to());
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    private void error(String path, String component, String message) {
        add(Severity.ERROR, path, component, message);
    }

    private void warning(String path, String component, String message) {
        add(Severity.WARNING, path, component, message);
    }

    private void add(Severity severity, String path, String component, String message) {
        SourceMap.Location location = sources.locate(path, component);
        issues.add(new ValidationIssue(severity, location.file(), location.line(), sources.fieldName(component),
                message));
    }
}

package org.cohortplanner.problems.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohortplanner.problems.ProblemFixture.date;
import static org.cohortplanner.problems.ProblemFixture.range;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ProblemFixture;
import org.cohortplanner.problems.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic checks, read through a CSV bundle so that every finding carries its file and line. In the
 * fixture's CSV files the i-th record (from 0) is on line i + 2.
 */
class ProblemValidatorTest {

    @TempDir
    Path dir;

    private final ProblemFixture fixture = new ProblemFixture();

    private ValidationReport report() {
        Path bundle = dir.resolve("bundle");
        ProblemFiles.write(fixture.build(), bundle);
        ReadResult result = ProblemFiles.read(bundle);
        assertThat(result.problem()).as("readable").isNotNull();
        return result.report();
    }

    private List<String> errors() {
        return report().errors().stream().map(Object::toString).toList();
    }

    private List<String> warnings() {
        return report().warnings().stream().map(Object::toString).toList();
    }

    private static Teacher teacher(String id, String schoolId, String track, String language) {
        return new Teacher(id, schoolId, track, language, null, null, List.of());
    }

    @Test
    void validFixtureHasNoFindings() {
        assertThat(report().issues()).isEmpty();
        assertThat(ProblemValidator.validate(ProblemFixture.problem()).issues()).isEmpty();
    }

    @Test
    void issueFormat() {
        assertThat(ValidationIssue.error("teachers.csv", 3, "school_id", "unknown school (S-99)"))
                .hasToString("teachers.csv:3: school_id: unknown school (S-99)");
        assertThat(ValidationIssue.warning("teachers.csv", 0, null, "empty"))
                .hasToString("teachers.csv:0: -: empty");
    }

    @Test
    void withoutSourceMapFindingsNameThePartOfTheProblem() {
        fixture.teachers.set(1, teacher("T-2", "S-99", "SCIENCE", "ru"));

        assertThat(ProblemValidator.validate(fixture.build()).errors()).extracting(Object::toString)
                .containsExactly("teachers/1:0: schoolId: unknown school (S-99)");
    }

    @Test
    void duplicateIds() {
        fixture.districts.add(new District("D-OSH", "Ош", null, 40.5, 72.8));
        fixture.schools.add(new School("S-1", "Школа", "D-OSH", Set.of("ky"), 0));
        fixture.teachers.add(teacher("T-2", "S-1", "SCIENCE", "ru"));
        fixture.trainers.add(fixture.trainers.get(0));
        fixture.venues.add(fixture.venues.get(0));
        fixture.courses.add(fixture.courses.get(0));

        assertThat(errors()).containsExactly(
                "courses.csv:4: track: duplicate course track (MATH), first at courses.csv:2",
                "districts.csv:5: id: duplicate district (D-OSH), first at districts.csv:2",
                "schools.csv:5: id: duplicate school (S-1), first at schools.csv:2",
                "teachers.csv:7: id: duplicate teacher (T-2), first at teachers.csv:3",
                "trainers.csv:4: id: duplicate trainer (TR-1), first at trainers.csv:2",
                "venues.csv:5: id: duplicate venue (V-1), first at venues.csv:2");
    }

    @Test
    void unknownReferences() {
        fixture.schools.set(1, new School("S-2", "Гимназия", "D-99", Set.of("ky"), 0));
        fixture.teachers.set(1, teacher("T-2", "S-99", "SCIENCE", "ru"));
        Trainer trainer = fixture.trainers.get(1);
        fixture.trainers.set(1, new Trainer("TR-2", trainer.name(), "D-98", trainer.languages(), trainer.tracks(),
                null, List.of(), 40, 2800));
        fixture.venues.add(new Venue("V-4", "Нигде", "D-97", 10, Set.of("MATH"), null, null, 0));
        fixture.travel.add(new TravelLink("D-96", "D-OSH", 60, 50.0));
        fixture.calendar.set(2, new CalendarEntry(CalendarKind.DISTRICT_CLOSURE, range("2023-11-01"), "D-95", null));

        assertThat(errors()).containsExactly(
                "calendar.csv:4: district_id: unknown district (D-95)",
                "schools.csv:3: district_id: unknown district (D-99)",
                "teachers.csv:3: school_id: unknown school (S-99)",
                "trainers.csv:3: home_district_id: unknown district (D-98)",
                "travel.csv:4: from_district_id: unknown district (D-96)",
                "venues.csv:5: district_id: unknown district (D-97)");
    }

    @Test
    void districtClosureNeedsADistrict() {
        fixture.calendar.set(2, new CalendarEntry(CalendarKind.DISTRICT_CLOSURE, range("2023-11-01"), null, null));
        fixture.calendar.set(0, new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY, range("2023-08-31"), "D-OSH", null));

        assertThat(errors()).containsExactly(
                "calendar.csv:4: district_id: missing value: a district closure names its district");
        assertThat(warnings()).containsExactly(
                "calendar.csv:2: district_id: ignored: only a district closure names a district");
    }

    @Test
    void teacherTrackWithoutCourseIsReportedOncePerTrack() {
        fixture.teachers.add(teacher("T-6", "S-1", "ART", "ru"));
        fixture.teachers.add(teacher("T-7", "S-1", "ART", "ru"));

        assertThat(errors()).containsExactly(
                "districts.csv:2: id: no venue hosting ART within 150 minutes of D-OSH",
                "teachers.csv:7: track: no course for track (ART)",
                "teachers.csv:7: track: no trainer teaches ART in ru");
    }

    @Test
    void weightsMustNameAConstraintAndReadAsAScore() {
        Policy p = fixture.policy;
        fixture.policy = new Policy(p.maxTravelMinutes(), p.maxShareAway(), p.maxDelegationSize(),
                p.trainerTransferMinutes(), p.bufferDays(), p.teacherPerDiem(), p.trainerPerDiem(),
                p.travelCostPerKm(), p.substituteDailyCost(), p.keepSchoolTeams(), p.roadFactor(),
                p.averageSpeedKmh(), java.util.Map.of("Venue rent", "lots", "No such rule", "5soft"));

        assertThat(errors()).hasSize(2).allMatch(e -> e.startsWith("policy.csv:"))
                .anyMatch(e -> e.endsWith("no constraint is named (No such rule)"))
                .anyMatch(e -> e.endsWith("weight of (Venue rent) is not a score such as 500soft, 1hard or"
                        + " 0hard/0medium/5soft (lots)"));
    }

    @Test
    void horizonEndingBeforeItStarts() {
        Programme p = fixture.programme;
        fixture.programme = new Programme(p.id(), p.name(), p.horizonStart(), date("2023-04-30"), p.currency(), null,
                null, 0);

        assertThat(errors()).containsExactly(
                "programme.csv:2: horizon_end: horizon ends (2023-04-30) before it starts (2023-05-01)");
    }

    @Test
    void nonPositiveCapacities() {
        Venue v = fixture.venues.get(0);
        fixture.venues.set(0, new Venue(v.id(), v.name(), v.districtId(), 0, v.tracks(), null, null, 5000));
        Trainer t = fixture.trainers.get(0);
        fixture.trainers.set(0, new Trainer(t.id(), t.name(), t.homeDistrictId(), t.languages(), t.tracks(),
                t.readyFrom(), t.unavailable(), -3, t.dailyFee()));
        fixture.courses.set(0, new Course("MATH", 0, 0, List.of(4, 4), 14, 42, 0, 12, 20, 25));
        fixture.courses.set(1, new Course("SCIENCE", 48, 6, List.of(5, 3), 7, 28, 0, 0, 15, 20));

        assertThat(errors()).containsExactly(
                "courses.csv:2: total_hours: must be positive (0)",
                "courses.csv:2: hours_per_day: must be positive (0)",
                "courses.csv:3: min_size: must be positive (0)",
                "trainers.csv:2: max_days: must be positive (-3)",
                "venues.csv:2: seats: must be positive (0)");
    }

    @Test
    void courseSizesOutOfOrder() {
        fixture.courses.set(0, new Course("MATH", 72, 8, List.of(4, 4), 14, 42, 8, 22, 20, 18));

        assertThat(errors()).containsExactly(
                "courses.csv:2: min_size: min size (22) is above ideal size (20)",
                "courses.csv:2: ideal_size: ideal size (20) is above max size (18)");
    }

    @Test
    void courseHoursThatDoNotAddUp() {
        fixture.courses.set(1, new Course("SCIENCE", 48, 6, List.of(5, 3), 7, 28, 4, 10, 15, 20));

        assertThat(errors()).containsExactly(
                "courses.csv:3: total_hours: in-person hours (48) + online hours (4) = 52, not total hours (48)");
    }

    @Test
    void calendarEntriesOutsideTheHorizonAreWarnings() {
        fixture.calendar.add(new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY, range("2024-01-01"), null, "Новый год"));
        fixture.calendar.add(new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY, range("2023-12-20..2024-01-10"), null,
                "Зимние каникулы"));

        ValidationReport report = report();

        assertThat(report.isValid()).isTrue();
        assertThat(warnings()).containsExactly(
                "calendar.csv:5: from: outside the horizon (2023-05-01..2023-12-22)",
                "calendar.csv:6: from: partly outside the horizon (2023-05-01..2023-12-22)");
    }

    @Test
    void venueAvailabilityOutsideTheHorizonIsAWarning() {
        Venue v2 = fixture.venues.get(1);
        fixture.venues.set(1, new Venue(v2.id(), v2.name(), v2.districtId(), 24, v2.tracks(), date("2024-01-10"),
                null, 3500));
        fixture.venues.add(new Venue("V-4", "Старый клуб", "D-OSH", 15, Set.of("MATH"), null, date("2023-04-01"),
                100));

        assertThat(warnings()).containsExactly(
                "venues.csv:3: available_from: after the horizon ends (2023-12-22)",
                "venues.csv:5: available_to: before the horizon starts (2023-05-01)");
    }

    @Test
    void teacherThatNoTrainerCovers() {
        fixture.teachers.add(teacher("T-6", "S-1", "SCIENCE", "ky"));
        fixture.teachers.add(teacher("T-7", "S-1", "SCIENCE", "ky"));

        assertThat(errors()).containsExactly("teachers.csv:7: track: no trainer teaches SCIENCE in ky");
    }

    @Test
    void districtWithoutAVenueInReach() {
        Venue v3 = fixture.venues.get(2);
        fixture.venues.set(2, new Venue(v3.id(), v3.name(), v3.districtId(), 20, Set.of("ART"), null, null, 2000));

        assertThat(errors()).containsExactly("districts.csv:4: id: no venue hosting MATH within 150 minutes of D-BAT");
    }

    @Test
    void venueInReachFollowsTheRoads() {
        Venue v3 = fixture.venues.get(2);
        fixture.venues.set(2, new Venue(v3.id(), v3.name(), v3.districtId(), 20, Set.of("ART"), null, null, 2000));
        fixture.travel.set(1, new TravelLink("D-BAT", "D-OSH", 150, 200.0));

        assertThat(errors()).isEmpty();
    }

    @Test
    void schoolLanguageNoTeacherUsesIsAWarning() {
        fixture.schools.set(1, new School("S-2", "Гимназия", "D-JA", Set.of("ky", "uz", "ru"), 0));

        assertThat(report().isValid()).isTrue();
        assertThat(warnings()).containsExactly(
                "schools.csv:3: languages: no teacher of this school uses ru",
                "schools.csv:3: languages: no teacher of this school uses uz");
    }

    @Test
    void trainerReadyAfterTheHorizonIsAWarning() {
        Trainer t = fixture.trainers.get(1);
        fixture.trainers.set(1, new Trainer(t.id(), t.name(), t.homeDistrictId(), t.languages(), t.tracks(),
                date("2024-02-01"), List.of(), t.maxDays(), t.dailyFee()));

        assertThat(warnings()).containsExactly("trainers.csv:3: ready_from: after the horizon ends (2023-12-22)");
    }

    @Test
    void reportsEveryFindingAtOnce() {
        fixture.teachers.set(2, teacher("T-3", "S-99", "MATH", "ky"));
        fixture.courses.set(1, new Course("SCIENCE", 48, 6, List.of(5, 3), 7, 28, 4, 10, 15, 20));
        fixture.venues.add(new Venue("V-1", "Копия", "D-OSH", 0, Set.of("MATH"), null, null, 0));
        Trainer t = fixture.trainers.get(1);
        fixture.trainers.set(1, new Trainer(t.id(), t.name(), t.homeDistrictId(), t.languages(), t.tracks(),
                date("2024-02-01"), List.of(), t.maxDays(), t.dailyFee()));

        ValidationReport report = report();

        assertThat(report.errors()).extracting(Object::toString).containsExactly(
                "courses.csv:3: total_hours: in-person hours (48) + online hours (4) = 52, not total hours (48)",
                "teachers.csv:4: school_id: unknown school (S-99)",
                "venues.csv:5: id: duplicate venue (V-1), first at venues.csv:2",
                "venues.csv:5: seats: must be positive (0)");
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "trainers.csv:3: ready_from: after the horizon ends (2023-12-22)");
    }
}

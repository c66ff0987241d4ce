package org.cohortplanner.problems.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problems.instances.Capacity.TrackLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceInstanceTest {

    private static TrainingProblem problem;
    private static final String BISHKEK = "BISHKEK-CITY";

    private static Map<String, String> districtBySchool;
    private static Geography geography;

    @BeforeAll
    static void build() {
        problem = ReferenceInstance.build();
        districtBySchool = problem.schools().stream().collect(Collectors.toMap(School::id, School::districtId));
        geography = Geography.of(problem.districts(), problem.travel(), problem.policy());
    }

    @Test
    void hasTheProgrammesCounts() {
        assertThat(problem.teachers()).hasSize(8850);
        Map<String, Long> byTrack = problem.teachers().stream()
                .collect(Collectors.groupingBy(Teacher::track, Collectors.counting()));
        assertThat(byTrack).containsExactlyInAnyOrderEntriesOf(
                Map.of(Tracks.PRIMARY, 4130L, Tracks.MATH, 1180L, Tracks.SCIENCE, 3540L));
        assertThat(problem.trainers()).hasSize(60);
        assertThat(trainingDistricts()).hasSize(26);
        assertThat(trainingDistricts().stream().map(District::region).distinct())
                .containsExactlyInAnyOrder("Osh region", "Osh city", "Jalal-Abad region", "Batken region");
        assertThat(problem.districts()).extracting(District::id).hasSize(27).contains(BISHKEK);
        assertThat(problem.schools()).hasSize(1260);
        assertThat(problem.courses()).extracting(Course::track)
                .containsExactly(Tracks.PRIMARY, Tracks.MATH, Tracks.SCIENCE);
        assertThat(problem.courses()).allSatisfy(course -> assertThat(
                course.inPersonHours() + course.onlineHours()).isEqualTo(course.totalHours()).isEqualTo(72));
    }

    @Test
    void isTheSameOnEveryCall() {
        assertThat(ReferenceInstance.build()).isEqualTo(problem);
    }

    @Test
    void idsAreUniqueAndReferencesResolve() {
        ProblemChecks.idsAreUnique(problem);
        ProblemChecks.referencesResolve(problem);
        ProblemChecks.schoolsFitTheirTeachers(problem);
        assertThat(trainingDistricts()).allSatisfy(d -> assertThat(d.id()).matches("(OSH|JA|BAT)-[A-Z-]+"));
        assertThat(problem.schools()).allSatisfy(s -> assertThat(s.id()).matches("SCH-\\d{4}"));
        assertThat(problem.teachers()).allSatisfy(t -> assertThat(t.id()).matches("T-\\d{5}"));
        assertThat(problem.trainers()).allSatisfy(t -> assertThat(t.id()).matches("TR-\\d{2}"));
        assertThat(problem.venues()).allSatisfy(v -> assertThat(v.id()).startsWith("V-" + v.districtId() + "-"));
    }

    @Test
    void coversTheHorizonOfTheProgramme() {
        assertThat(problem.programme().horizonStart()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(problem.programme().horizonEnd()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(problem.programme().currency()).isEqualTo("KGS");
        assertThat(problem.calendar()).allSatisfy(entry -> {
            assertThat(entry.dates().from()).isAfterOrEqualTo(problem.programme().horizonStart());
            assertThat(entry.dates().to()).isBeforeOrEqualTo(problem.programme().horizonEnd());
        });
        assertThat(problem.calendar()).contains(
                new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY,
                        new DateRange(LocalDate.of(2023, 5, 26), LocalDate.of(2023, 8, 31)), null, "Summer break 2023"),
                new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY, DateRange.day(LocalDate.of(2023, 5, 1)), null,
                        "Labour Day"));
        assertThat(problem.calendar().stream().filter(e -> e.kind() == CalendarKind.DISTRICT_CLOSURE)
                .map(CalendarEntry::districtId).distinct())
                .containsExactlyInAnyOrder("JA-CHATKAL", "JA-TOGUZ-TORO");
        assertThat(problem.trainers()).allSatisfy(trainer -> {
            assertThat(trainer.readyFrom()).isAfter(problem.programme().horizonStart());
            assertThat(trainer.maxDays()).isEqualTo(120);
        });
    }

    @Test
    void travelFollowsTheRoads() {
        assertThat(geography.minutes("OSH-CITY", "OSH-KARA-SUU")).isEqualTo(24);
        assertThat(geography.minutes("JA-TOKTOGUL", "JA-TASH-KUMYR-CITY")).isEqualTo(180);
        assertThat(geography.minutes("BAT-BATKEN", "BAT-BATKEN-CITY")).isEqualTo(18);
        // Behind high passes: no teacher from there reaches a venue elsewhere.
        for (String remote : List.of("JA-CHATKAL", "JA-TOGUZ-TORO", "OSH-CHONG-ALAY")) {
            assertThat(problem.districts()).filteredOn(d -> !d.id().equals(remote))
                    .allSatisfy(d -> assertThat(geography.minutes(remote, d.id())).isGreaterThan(180));
        }
    }

    @Test
    void bishkekIsOnTheRoadMapButNotATrainingDistrict() {
        assertThat(problem.schools()).noneMatch(school -> school.districtId().equals(BISHKEK));
        assertThat(problem.venues()).noneMatch(venue -> venue.districtId().equals(BISHKEK));
        assertThat(problem.trainers()).noneMatch(trainer -> trainer.homeDistrictId().equals(BISHKEK));
        assertThat(geography.minutes(BISHKEK, "OSH-CITY")).isEqualTo(690);
        assertThat(geography.km(BISHKEK, "OSH-CITY")).isEqualTo(680.0);
        // The Bishkek - Osh road passes Toktogul and Tash-Kumyr: the south-west is reached that way.
        assertThat(geography.km(BISHKEK, "JA-TASH-KUMYR-CITY")).isEqualTo(455.0);
    }

    @Test
    void kitsArePrintedInBishkekAndOshAndTruckedToTheDistricts() {
        assertThat(problem.plansDeliveries()).isTrue();
        assertThat(problem.printHouses()).extracting(PrintHouse::districtId)
                .containsExactly(BISHKEK, "OSH-CITY");
        assertThat(problem.printHouses()).allSatisfy(house -> assertThat(house.languages())
                .containsExactlyInAnyOrder(Tracks.KYRGYZ, Tracks.RUSSIAN));
        assertThat(problem.vehicles()).extracting(Vehicle::depotDistrictId)
                .containsExactly(BISHKEK, BISHKEK, "OSH-CITY", "OSH-CITY", "OSH-CITY");
        assertThat(problem.vehicles()).allSatisfy(vehicle -> {
            assertThat(vehicle.maxDrivingMinutesPerDay()).isEqualTo(540);
            assertThat(vehicle.capacityKits()).isGreaterThanOrEqualTo(30);
        });
        int weeks = (int) java.time.temporal.ChronoUnit.WEEKS.between(problem.programme().horizonStart(),
                problem.programme().horizonEnd());
        int printable = problem.printHouses().stream().mapToInt(PrintHouse::weeklyCapacity).sum() * weeks;
        assertThat(printable).as("kits the print houses can print in the horizon")
                .isGreaterThan(10 * problem.teachers().size());
        assertThat(problem.hubs()).singleElement().satisfies(hub -> {
            assertThat(hub.districtId()).isEqualTo("BAT-BATKEN-CITY");
            assertThat(hub.servedDistrictIds()).containsExactly("BAT-BATKEN");
        });
    }

    private static List<District> trainingDistricts() {
        return problem.districts().stream().filter(d -> !d.id().equals(BISHKEK)).toList();
    }

    @Test
    void everyTeacherHasAQualifiedTrainer() {
        ProblemChecks.everyTeacherHasAQualifiedTrainer(problem);
    }

    @Test
    void everyDistrictReachesAVenueForEachOfItsTracks() {
        ProblemChecks.everyDistrictReachesAVenuePerTrack(problem);
        assertThat(problem.venues()).allSatisfy(venue -> {
            assertThat(venue.seats()).isBetween(25, 40);
            if (venue.canHost(Tracks.SCIENCE)) {
                assertThat(venue.name()).contains("laboratory");
            }
        });
        assertThat(problem.venues().stream().map(Venue::districtId).distinct()).hasSize(26);
    }

    @Test
    void trainersOfferComfortablyMoreDaysThanNeeded() {
        Map<TrackLanguage, Integer> needed = Capacity.neededTrainerDaysByDistrict(problem);
        ProblemChecks.capacityCovers(needed, Capacity.availableTrainerDays(problem), 1.5);
        ProgrammeCalendar calendar = ProgrammeCalendar.of(problem.programme(), problem.calendar());
        int offered = problem.trainers().stream().mapToInt(t -> Capacity.trainerDays(t, calendar)).sum();
        int neededInAll = needed.values().stream().mapToInt(Integer::intValue).sum();
        assertThat((double) offered).isGreaterThanOrEqualTo(1.5 * neededInAll);
    }

    @Test
    void everyDistrictsVenuesCanHostItsOwnTeachers() {
        ProgrammeCalendar calendar = ProgrammeCalendar.of(problem.programme(), problem.calendar());
        Map<String, List<Teacher>> byDistrict = problem.teachers().stream()
                .collect(Collectors.groupingBy(t -> districtBySchool.get(t.schoolId())));
        byDistrict.forEach((district, teachers) -> {
            Map<TrackLanguage, Integer> needed = Capacity.neededTrainerDays(teachers, t -> district,
                    problem.courses());
            int allDays = needed.values().stream().mapToInt(Integer::intValue).sum();
            int scienceDays = needed.entrySet().stream().filter(e -> e.getKey().track().equals(Tracks.SCIENCE))
                    .mapToInt(Map.Entry::getValue).sum();
            List<Venue> venues = problem.venues().stream().filter(v -> v.districtId().equals(district)).toList();
            int open = calendar.openWorkingDays(district);
            assertThat(venues.size() * open).as("venue-days in %s", district).isGreaterThanOrEqualTo(allDays);
            assertThat(venues.stream().filter(v -> v.canHost(Tracks.SCIENCE)).count() * open)
                    .as("lab-days in %s", district).isGreaterThanOrEqualTo(scienceDays);
        });
    }

    /** Every teacher can meet at least a minimum-size group of the same track and language at some venue. */
    @Test
    void everyTeacherCanJoinAGroupOfMinimumSize() {
        Map<String, Course> courseByTrack = Capacity.courseByTrack(problem.courses());
        Map<List<String>, Long> pools = problem.teachers().stream().collect(Collectors.groupingBy(
                t -> List.of(districtBySchool.get(t.schoolId()), t.track(), t.language()), Collectors.counting()));
        pools.keySet().forEach(pool -> {
            String district = pool.get(0);
            String track = pool.get(1);
            boolean fillsSomewhere = problem.venues().stream()
                    .filter(v -> v.canHost(track) && geography.minutes(district, v.districtId()) <= 180)
                    .anyMatch(v -> reachableTeachers(pools, v.districtId(), track, pool.get(2))
                            >= courseByTrack.get(track).minSize());
            assertThat(fillsSomewhere).as("a group for %s", pool).isTrue();
        });
    }

    private static long reachableTeachers(Map<List<String>, Long> pools, String venueDistrict, String track,
            String language) {
        return pools.entrySet().stream()
                .filter(e -> e.getKey().get(1).equals(track) && e.getKey().get(2).equals(language)
                        && geography.minutes(e.getKey().get(0), venueDistrict) <= 180)
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Test
    void languagesFollowTheRegions() {
        Map<String, District> districtById = problem.districts().stream()
                .collect(Collectors.toMap(District::id, Function.identity()));
        Map<String, long[]> byRegion = new HashMap<>();
        for (Teacher teacher : problem.teachers()) {
            String region = districtById.get(districtBySchool.get(teacher.schoolId())).region();
            byRegion.computeIfAbsent(region, r -> new long[2])[teacher.language().equals(Tracks.RUSSIAN) ? 1 : 0]++;
        }
        assertThat(share(byRegion.get("Osh city"))).isBetween(0.75, 0.85);
        assertThat(share(byRegion.get("Osh region"))).isBetween(0.24, 0.29);
        assertThat(share(byRegion.get("Jalal-Abad region"))).isBetween(0.25, 0.30);
        assertThat(share(byRegion.get("Batken region"))).isBetween(0.18, 0.23);
        Set<String> kyrgyzOnly = Set.of("OSH-ALAY", "OSH-CHONG-ALAY", "OSH-KARA-KULJA", "JA-CHATKAL", "JA-TOGUZ-TORO");
        assertThat(problem.teachers()).filteredOn(t -> kyrgyzOnly.contains(districtBySchool.get(t.schoolId())))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.language()).isEqualTo(Tracks.KYRGYZ));
        assertThat(problem.teachers()).anyMatch(t -> !t.unavailable().isEmpty())
                .anyMatch(t -> t.onlineAccess() == org.cohortplanner.problem.OnlineAccess.POOR);
    }

    private static double share(long[] counts) {
        return (double) counts[1] / (counts[0] + counts[1]);
    }
}

package org.cohortplanner.benchmarks.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.cohortplanner.benchmarks.BenchmarkSet;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.instances.ReferenceInstance;
import org.cohortplanner.problems.instances.Shape;
import org.cohortplanner.problems.validation.ProblemValidator;

/** The shape instances and the reference without logistics: valid, reproducible, and of the shape their name says. */
class ShapeInstancesTest {

    static Stream<String> shapeNames() {
        return BenchmarkInstances.SHAPES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("shapeNames")
    void everyShapeIsValidReproducibleAndNotTheStandardProblem(String name) {
        TrainingProblem problem = BenchmarkInstances.named(name).build();
        GeneratorOptions options = BenchmarkInstances.SHAPES.get(name);

        assertThat(ProblemValidator.validate(problem).issues()).as(name).isEmpty();
        assertThat(BenchmarkInstances.named(name).build()).as("same seed, same problem").isEqualTo(problem);
        assertThat(problem.teachers()).hasSize(Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)));
        assertThat(options.seed()).isEqualTo(BenchmarkInstances.SEED);
        assertThat(problem).as("differs from the standard problem of its size and seed")
                .isNotEqualTo(ProblemGenerator.generate(GeneratorOptions.of(options.teachers(), options.seed())));
    }

    @Test
    void shapesCoverEightOrMoreSizesFrom1500To20000() {
        Map<String, GeneratorOptions> shapes = BenchmarkInstances.SHAPES;
        assertThat(shapes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(shapes.keySet()).allSatisfy(name -> assertThat(name).startsWith("shape-"));
        assertThat(shapes.values().stream().mapToInt(GeneratorOptions::teachers).min().orElseThrow()).isEqualTo(1500);
        assertThat(shapes.values().stream().mapToInt(GeneratorOptions::teachers).max().orElseThrow())
                .isEqualTo(20_000);
        assertThat(shapes.values().stream().map(GeneratorOptions::shape).collect(Collectors.toSet()))
                .as("no two instances share a shape")
                .hasSize(shapes.size());
    }

    @Test
    void manyRegionsHasTenSmallRegions() {
        TrainingProblem problem = build("shape-many-regions-1500");
        assertThat(problem.districts().stream().map(District::region).distinct()).hasSize(10);
    }

    @Test
    void farPrintHouseIsMoreThanFiveHoursFromEveryDistrictWithSchools() {
        TrainingProblem problem = build("shape-far-print-house-2500");
        String printCity = problem.printHouses().get(0).districtId();
        assertThat(problem.printHouses()).hasSize(1);
        assertThat(printCity).isEqualTo(ProblemGenerator.FAR_PRINT_CITY_ID);
        assertThat(problem.schools()).noneMatch(school -> school.districtId().equals(printCity));
        assertThat(problem.venues()).noneMatch(venue -> venue.districtId().equals(printCity));
        Geography geography = geography(problem);
        assertThat(schoolDistricts(problem)).allSatisfy(district ->
                assertThat(geography.minutes(printCity, district)).isGreaterThan(300));
        assertThat(problem.vehicles().get(0).depotDistrictId()).isEqualTo(printCity);
    }

    @Test
    void longLeaveKeepsAboutFourTrainersInTenAwayForSixteenWeeks() {
        TrainingProblem problem = build("shape-long-leave-3000");
        long onLongLeave = problem.trainers().stream().filter(ShapeInstancesTest::onLongLeave).count();
        assertThat(onLongLeave).isEqualTo(Math.round(0.4 * problem.trainers().size()));
    }

    @Test
    void mountainRoadLeavesTheLastRegionFarAndADistrictBeyondAPass() {
        TrainingProblem problem = build("shape-mountain-road-4000");
        Geography geography = geography(problem);
        List<District> first = region(problem, "Region 1");
        List<District> remote = region(problem, "Region 2");
        for (District near : first) {
            for (District far : remote) {
                assertThat(geography.minutes(near.id(), far.id())).as(near.id() + " to " + far.id())
                        .isGreaterThanOrEqualTo(BenchmarkInstances.MOUNTAIN_ROAD_MINUTES);
            }
        }
        // Exactly one road leaves the remote region.
        Set<String> remoteIds = remote.stream().map(District::id).collect(Collectors.toSet());
        assertThat(problem.travel().stream()
                .filter(link -> remoteIds.contains(link.fromDistrictId()) != remoteIds.contains(link.toDistrictId())))
                .hasSize(1);
        // The district beyond the pass: one road, to its city, and more than 150 minutes from every other district.
        String city = remote.get(0).id();
        List<String> beyondPass = remote.stream().map(District::id)
                .filter(id -> problem.travel().stream().filter(link -> touches(link, id)).count() == 1
                        && problem.travel().stream().anyMatch(link -> touches(link, id) && touches(link, city)
                                && link.minutes() == Shape.PASS_MINUTES))
                .toList();
        assertThat(beyondPass).hasSize(1);
        String pass = beyondPass.get(0);
        for (District other : problem.districts()) {
            if (!other.id().equals(pass)) {
                assertThat(geography.minutes(pass, other.id())).isGreaterThan(150);
            }
        }
        assertThat(problem.calendar()).anyMatch(entry -> entry.kind() == CalendarKind.DISTRICT_CLOSURE
                && pass.equals(entry.districtId()));
    }

    @Test
    void lineOfValleysJoinsEachCityToTheNextOnly() {
        TrainingProblem problem = build("shape-line-of-valleys-5000");
        List<District> cities = problem.districts().stream().filter(d -> d.id().endsWith("-D01")).toList();
        assertThat(cities).hasSize(6);
        Set<String> cityIds = cities.stream().map(District::id).collect(Collectors.toSet());
        List<TravelLink> cityRoads = problem.travel().stream()
                .filter(link -> cityIds.contains(link.fromDistrictId()) && cityIds.contains(link.toDistrictId()))
                .toList();
        assertThat(cityRoads).hasSize(cities.size() - 1);
        for (int c = 0; c + 1 < cities.size(); c++) {
            assertThat(cities.get(c + 1).longitude()).isGreaterThan(cities.get(c).longitude());
        }
        assertThat(geography(problem).minutes(cities.get(0).id(), cities.get(cities.size() - 1).id()))
                .as("end to end along the valleys").isGreaterThan(600);
    }

    @Test
    void russianMajorityRegionIsMostlyRussianAmongThirtyOneDistrictsAndFortyTrainers() {
        TrainingProblem problem = build("shape-russian-majority-6000");
        Map<String, String> regionBySchool = regionBySchool(problem);
        Map<String, List<Teacher>> byRegion = problem.teachers().stream()
                .collect(Collectors.groupingBy(teacher -> regionBySchool.get(teacher.schoolId())));
        assertThat(russianShare(byRegion.get("Region 1"))).isGreaterThan(0.5);
        assertThat(russianShare(byRegion.get("Region 2"))).isLessThan(0.5);
        assertThat(russianShare(problem.teachers())).isGreaterThan(0.35);
        assertThat(problem.districts()).hasSize(31);
        assertThat(problem.trainers()).hasSize(40);
    }

    @Test
    void lateTrainersAreReadyOnlyInMarch() {
        TrainingProblem problem = build("shape-late-trainers-8000");
        long late = problem.trainers().stream().filter(t -> Shape.LATE_READY.equals(t.readyFrom())).count();
        assertThat(late).isEqualTo(Math.round(0.5 * problem.trainers().size()));
        assertThat(problem.trainers().size())
                .as("more trainers than the standard problem, to make up for the late ones")
                .isGreaterThan(ProblemGenerator.generate(GeneratorOptions.of(8000, BenchmarkInstances.SEED))
                        .trainers().size());
    }

    @Test
    void winterClosesAboutHalfTheDistricts() {
        TrainingProblem problem = build("shape-winter-closures-10000");
        long closed = problem.calendar().stream().filter(entry -> entry.kind() == CalendarKind.DISTRICT_CLOSURE)
                .map(entry -> entry.districtId()).distinct().count();
        long others = problem.districts().stream().filter(d -> !d.id().endsWith("-D01")).count();
        assertThat(closed / (double) others).isBetween(0.3, 0.7);
    }

    @Test
    void compactClusterKeepsEveryDistrictWithinAFewHoursOfEveryOther() {
        TrainingProblem problem = build("shape-compact-cluster-12000");
        List<District> districts = problem.districts();
        double widest = 0;
        for (District a : districts) {
            for (District b : districts) {
                widest = Math.max(widest, Math.hypot(a.latitude() - b.latitude(), a.longitude() - b.longitude()));
            }
        }
        assertThat(widest).as("degrees across the whole map").isLessThan(3.5);
        List<District> cities = districts.stream().filter(d -> d.id().endsWith("-D01")).toList();
        Geography geography = geography(problem);
        assertThat(geography.minutes(cities.get(0).id(), cities.get(1).id()))
                .as("neighbouring cities").isLessThan(180);
    }

    @Test
    void fewTrucksCarryFifteenThousandKits() {
        assertThat(build("shape-few-trucks-15000").vehicles()).hasSize(2);
    }

    @Test
    void everyRegionPrintsItsOwnKits() {
        TrainingProblem problem = build("shape-print-per-region-20000");
        Set<String> cities = problem.districts().stream().filter(d -> d.id().endsWith("-D01")).map(District::id)
                .collect(Collectors.toSet());
        assertThat(problem.printHouses()).hasSize(cities.size()).hasSizeGreaterThan(1);
        assertThat(problem.printHouses().stream().map(house -> house.districtId()).collect(Collectors.toSet()))
                .isEqualTo(cities);
    }

    @Test
    void referenceWithoutLogisticsPlansNoDeliveriesAndKeepsEverythingElse() {
        TrainingProblem reference = ReferenceInstance.build();
        TrainingProblem problem = BenchmarkInstances.named("reference-no-logistics").build();

        assertThat(reference.plansDeliveries()).isTrue();
        assertThat(problem.plansDeliveries()).isFalse();
        assertThat(problem.printHouses()).isEmpty();
        assertThat(problem.vehicles()).isEmpty();
        assertThat(problem.hubs()).isEmpty();
        assertThat(problem.withLogistics(reference.printHouses(), reference.vehicles(), reference.hubs()))
                .isEqualTo(reference);
        assertThat(ProblemValidator.validate(problem).errors()).isEmpty();
    }

    @Test
    void setsListTheNewInstances() {
        BenchmarkSet shapes = BenchmarkSet.named("shapes");
        assertThat(shapes.instances()).containsExactlyElementsOf(BenchmarkInstances.SHAPES.keySet());
        assertThat(shapes.entries()).allSatisfy(entry -> {
            assertThat(entry.variants()).containsExactly("default", "construction-only", "tuned");
            assertThat(entry.timeLimit()).isEqualTo(Duration.of(60, ChronoUnit.SECONDS));
        });
        for (String set : new String[] {"smoke", "default"}) {
            List<String> instances = BenchmarkSet.named(set).instances();
            assertThat(instances.indexOf("reference-no-logistics")).as(set)
                    .isEqualTo(instances.indexOf("reference-8850") + 1);
        }
        BenchmarkSet.all().forEach(set -> set.instances().forEach(BenchmarkInstances::named));
    }

    private static TrainingProblem build(String name) {
        return BenchmarkInstances.named(name).build();
    }

    private static Geography geography(TrainingProblem problem) {
        return Geography.of(problem.districts(), problem.travel(), problem.policy());
    }

    private static boolean touches(TravelLink link, String districtId) {
        return link.fromDistrictId().equals(districtId) || link.toDistrictId().equals(districtId);
    }

    private static List<District> region(TrainingProblem problem, String region) {
        return problem.districts().stream().filter(d -> d.region().equals(region)).toList();
    }

    private static Set<String> schoolDistricts(TrainingProblem problem) {
        return problem.schools().stream().map(School::districtId).collect(Collectors.toSet());
    }

    private static Map<String, String> regionBySchool(TrainingProblem problem) {
        Map<String, String> regionByDistrict = new HashMap<>();
        problem.districts().forEach(d -> regionByDistrict.put(d.id(), d.region()));
        Map<String, String> regionBySchool = new HashMap<>();
        problem.schools().forEach(s -> regionBySchool.put(s.id(), regionByDistrict.get(s.districtId())));
        return regionBySchool;
    }

    private static double russianShare(List<Teacher> teachers) {
        return teachers.stream().filter(t -> t.language().equals("ru")).count() / (double) teachers.size();
    }

    private static boolean onLongLeave(Trainer trainer) {
        return trainer.unavailable().stream()
                .anyMatch(range -> ChronoUnit.DAYS.between(range.from(), range.to()) + 1
                        == 7L * Shape.LONG_LEAVE_WEEKS);
    }
}

package org.cohortplanner.problems.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;

import org.cohortplanner.problem.District;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.instances.Capacity.TrackLanguage;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.validation.ProblemValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProblemGeneratorTest {

    private static final TrackLanguage RUSSIAN_SCIENCE = new TrackLanguage(Tracks.SCIENCE, Tracks.RUSSIAN);

    @Test
    void sameOptionsGiveAnEqualProblem() {
        GeneratorOptions options = GeneratorOptions.of(8850, 42);
        assertThat(ProblemGenerator.generate(options)).isEqualTo(ProblemGenerator.generate(options));
        assertThat(ProblemGenerator.generate(GeneratorOptions.of(8850, 43)))
                .isNotEqualTo(ProblemGenerator.generate(options));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 8850, 15000})
    void generatesAConsistentFeasibleProblemOfTheAskedSize(int teachers) {
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(teachers, 7));

        assertThat(problem.teachers()).hasSize(teachers);
        Map<String, Long> byTrack = problem.teachers().stream()
                .collect(Collectors.groupingBy(Teacher::track, Collectors.counting()));
        assertThat(byTrack.get(Tracks.PRIMARY)).isCloseTo(Math.round(0.47 * teachers), within(1L));
        assertThat(byTrack.get(Tracks.MATH)).isCloseTo(Math.round(0.13 * teachers), within(1L));
        double russian = problem.teachers().stream().filter(t -> t.language().equals(Tracks.RUSSIAN)).count()
                / (double) teachers;
        assertThat(russian).isBetween(teachers < 1000 ? 0.0 : 0.15, 0.35);

        ProblemChecks.idsAreUnique(problem);
        ProblemChecks.referencesResolve(problem);
        ProblemChecks.schoolsFitTheirTeachers(problem);
        ProblemChecks.everyTeacherHasAQualifiedTrainer(problem);
        ProblemChecks.everyDistrictReachesAVenuePerTrack(problem);
        ProblemChecks.capacityCovers(Capacity.neededTrainerDaysByRegion(problem),
                Capacity.availableTrainerDays(problem), 1.0);
        assertThat(problem.venues().stream().map(Venue::districtId).distinct())
                .hasSize(problem.districts().size());
        Map<String, Long> enrolled = problem.teachers().stream()
                .collect(Collectors.groupingBy(Teacher::schoolId, Collectors.counting()));
        if (teachers >= 8850) {
            assertThat(enrolled.values().stream().mapToLong(Long::longValue).average().orElseThrow())
                    .isBetween(20.0, 40.0);
            assertThat(enrolled.values()).allSatisfy(count -> assertThat(count).isBetween(10L, 60L));
            assertThat(problem.districts().size() / (double) problem.districts().stream()
                    .map(District::region).distinct().count()).isBetween(8.0, 12.0);
        }
    }

    @Test
    void generatesSeventyFiveThousandTeachersInAFewSeconds() {
        ProblemGenerator.generate(GeneratorOptions.of(2000, 1)); // warm up the JIT
        long start = System.nanoTime();
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(75_000, 1));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("75,000 teachers generated in %.2f s%n", seconds);

        assertThat(problem.teachers()).hasSize(75_000);
        assertThat(seconds).isLessThan(10.0);
        ProblemChecks.idsAreUnique(problem);
        ProblemChecks.referencesResolve(problem);
        ProblemChecks.capacityCovers(Capacity.neededTrainerDaysByRegion(problem),
                Capacity.availableTrainerDays(problem), 1.0);
    }

    @Test
    void tighterProblemsHaveFewerTrainers() {
        GeneratorOptions normal = GeneratorOptions.of(8850, 5);
        int trainers = ProblemGenerator.generate(normal).trainers().size();
        int tight = ProblemGenerator.generate(normal.withTightness(1.5)).trainers().size();
        assertThat(tight).isLessThan(trainers);
    }

    @Test
    void honoursExplicitTrainerAndVenueCounts() {
        TrainingProblem problem = ProblemGenerator.generate(new GeneratorOptions(2000, 3, 1, 25, 2, 1.0, false));
        assertThat(problem.trainers()).hasSize(25);
        assertThat(problem.venues()).hasSize(2 * problem.districts().size());
        ProblemChecks.everyTeacherHasAQualifiedTrainer(problem);
    }

    @Test
    void overConstrainedProblemLacksRussianScienceTrainers() {
        GeneratorOptions options = GeneratorOptions.of(8850, 11).withOverConstrained(true);
        TrainingProblem problem = ProblemGenerator.generate(options);
        Map<TrackLanguage, Integer> needed = Capacity.neededTrainerDaysByRegion(problem);
        Map<TrackLanguage, Integer> available = Capacity.availableTrainerDays(problem);

        assertThat(needed.get(RUSSIAN_SCIENCE)).isPositive();
        assertThat(available.getOrDefault(RUSSIAN_SCIENCE, 0)).isLessThan(needed.get(RUSSIAN_SCIENCE));
        needed.forEach((pair, days) -> {
            if (!pair.equals(RUSSIAN_SCIENCE)) {
                assertThat(available.get(pair)).as("%s", pair).isGreaterThanOrEqualTo(days);
            }
        });
        assertThat(problem.teachers()).isEqualTo(ProblemGenerator.generate(options.withOverConstrained(false))
                .teachers());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 8850})
    void kitsArePrintedInTheMainCityAndTruckedEverywhere(int teachers) {
        GeneratorOptions options = GeneratorOptions.of(teachers, 9);
        TrainingProblem problem = ProblemGenerator.generate(options);

        assertThat(problem.plansDeliveries()).isTrue();
        assertThat(ProblemValidator.validate(problem).issues()).isEmpty();
        PrintHouse printHouse = problem.printHouses().get(0);
        assertThat(problem.printHouses()).hasSize(1);
        assertThat(printHouse.districtId()).isEqualTo(problem.districts().get(0).id());
        assertThat(printHouse.languages()).isEqualTo(problem.teachers().stream().map(Teacher::language)
                .collect(Collectors.toSet()));
        assertThat(printHouse.weeklyCapacity() * ProblemGenerator.PRINT_WEEKS)
                .as("the whole programme printed in ten weeks").isGreaterThanOrEqualTo(teachers);
        assertThat(problem.vehicles()).hasSizeGreaterThanOrEqualTo(Math.max(2, teachers / 3000));
        assertThat(problem.vehicles()).extracting(Vehicle::depotDistrictId).first()
                .isEqualTo(printHouse.districtId());
        assertThat(problem.hubs()).isEmpty();
    }

    @Test
    void logisticsCanBeLeftOutWithoutChangingAnythingElse() {
        GeneratorOptions options = GeneratorOptions.of(3000, 4);
        TrainingProblem with = ProblemGenerator.generate(options);
        TrainingProblem without = ProblemGenerator.generate(options.withLogistics(false));

        assertThat(without.plansDeliveries()).isFalse();
        assertThat(without.printHouses()).isEmpty();
        assertThat(without.vehicles()).isEmpty();
        assertThat(with.withLogistics(java.util.List.of(), java.util.List.of(), java.util.List.of()))
                .isEqualTo(without);
    }

    @Test
    void rejectsOptionsThatCannotFillTheirGroups() {
        assertThatThrownBy(() -> new GeneratorOptions(200, 1, 5, null, null, 1.0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorOptions(200, 1, 1, null, null, 0.0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardShapeIsTheShapeOfEveryProblemBefore() {
        GeneratorOptions options = GeneratorOptions.of(3000, 2);
        assertThat(options.shape()).isEqualTo(Shape.STANDARD);
        assertThat(new GeneratorOptions(3000, 2, 1, null, null, 1.0, false, true, null).shape())
                .isEqualTo(Shape.STANDARD);
        assertThat(ProblemGenerator.generate(options.withShape(Shape.STANDARD)))
                .isEqualTo(ProblemGenerator.generate(options));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line", "cluster", "mountain", "russian", "late", "leave", "winter", "per-region",
            "far-away", "trucks"})
    void everyShapeGivesAValidProblem(String which) {
        // Five regions: the grid puts up to four in one row, which is the line layout already.
        GeneratorOptions options = GeneratorOptions.of(1500, 6).withRegions(5);
        Shape standard = Shape.STANDARD;
        Shape shape = switch (which) {
            case "line" -> standard.withLayout(Shape.Layout.LINE);
            case "cluster" -> standard.withLayout(Shape.Layout.CLUSTER);
            case "mountain" -> standard.withMountainRoadMinutes(300);
            case "russian" -> standard.withRussianShares(java.util.List.of(0.9));
            case "late" -> standard.withLateTrainerShare(0.5);
            case "leave" -> standard.withLongLeaveShare(0.5);
            case "winter" -> standard.withWinterClosureShare(1.0);
            case "per-region" -> standard.withPrintHouses(Shape.PrintHouses.PER_REGION);
            case "far-away" -> standard.withPrintHouses(Shape.PrintHouses.FAR_AWAY);
            default -> standard.withTrucks(1);
        };
        TrainingProblem problem = ProblemGenerator.generate(options.withShape(shape));

        assertThat(ProblemValidator.validate(problem).issues()).isEmpty();
        assertThat(problem.equals(ProblemGenerator.generate(options.withShape(shape)))).as("reproducible").isTrue();
        assertThat(problem.equals(ProblemGenerator.generate(options))).as("differs from the standard").isFalse();
        ProblemChecks.idsAreUnique(problem);
        ProblemChecks.referencesResolve(problem);
        ProblemChecks.everyTeacherHasAQualifiedTrainer(problem);
        ProblemChecks.capacityCovers(Capacity.neededTrainerDaysByRegion(problem),
                Capacity.availableTrainerDays(problem), 1.0);
    }

    @Test
    void eachShapeOptionSaysWhatIsWrong() {
        Shape standard = Shape.STANDARD;
        GeneratorOptions options = GeneratorOptions.of(3000, 1);
        assertThatThrownBy(() -> standard.withLayout(null)).hasMessage("Layout must be grid, line or cluster (none"
                + " given)");
        assertThatThrownBy(() -> Shape.Layout.ofOption("ring")).hasMessage("Layout must be grid, line or cluster"
                + " (ring)");
        assertThatThrownBy(() -> standard.withMountainRoadMinutes(60))
                .hasMessage("Mountain road must take from 120 to 1440 minutes, or 0 for none (60)");
        assertThatThrownBy(() -> standard.withMountainRoadMinutes(2000))
                .hasMessage("Mountain road must take from 120 to 1440 minutes, or 0 for none (2000)");
        assertThatThrownBy(() -> options.withRegions(1).withShape(standard.withMountainRoadMinutes(300)))
                .hasMessage("A mountain road joins the last region to the others: at least 2 regions needed (1)");
        assertThatThrownBy(() -> standard.withRussianShares(java.util.List.of(0.5, 1.5)))
                .hasMessage("Each region's Russian share must be from 0 to 1 (1.5)");
        assertThatThrownBy(() -> options.withShape(standard.withRussianShares(java.util.List.of(0.5, 0.5))))
                .hasMessage("More Russian shares (2) than regions (1)");
        assertThatThrownBy(() -> standard.withLateTrainerShare(-0.1))
                .hasMessage("Late trainer share must be from 0 to 1 (-0.1)");
        assertThatThrownBy(() -> standard.withLongLeaveShare(1.2))
                .hasMessage("Long leave share must be from 0 to 1 (1.2)");
        assertThatThrownBy(() -> standard.withLateTrainerShare(0.6).withLongLeaveShare(0.5))
                .hasMessage("Late trainer share and long leave share add up to more than 1 (0.6 + 0.5)");
        assertThatThrownBy(() -> standard.withWinterClosureShare(Double.NaN))
                .hasMessage("Winter closure share must be from 0 to 1 (NaN)");
        assertThatThrownBy(() -> standard.withPrintHouses(null))
                .hasMessage("Print houses must be first-city, per-region or far-away (none given)");
        assertThatThrownBy(() -> Shape.PrintHouses.ofOption("nearby"))
                .hasMessage("Print houses must be first-city, per-region or far-away (nearby)");
        assertThatThrownBy(() -> standard.withTrucks(0)).hasMessage("At least one truck (0)");
        assertThatThrownBy(() -> options.withRegions(30))
                .hasMessage("Between 1 and one region per 150 teachers, so that every region fills its groups (30)");
    }

    @Test
    void aMountainRoadIsTheOnlyWayToTheLastRegion() {
        TrainingProblem problem = ProblemGenerator.generate(GeneratorOptions.of(1200, 6).withRegions(3)
                .withShape(Shape.STANDARD.withMountainRoadMinutes(300)));
        org.cohortplanner.geography.Geography geography = org.cohortplanner.geography.Geography.of(
                problem.districts(), problem.travel(), problem.policy());
        for (District near : problem.districts()) {
            for (District far : problem.districts()) {
                if (!near.region().equals("Region 3") && far.region().equals("Region 3")) {
                    assertThat(geography.minutes(near.id(), far.id())).isGreaterThanOrEqualTo(300);
                }
            }
        }
    }
}

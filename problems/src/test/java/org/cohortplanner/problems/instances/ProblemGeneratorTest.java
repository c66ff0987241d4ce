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
}

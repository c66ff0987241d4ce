package org.cohortplanner.benchmarks.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ReferenceInstance;

class BenchmarkInstancesTest {

    private static final TrainingProblem REFERENCE = ReferenceInstance.build();

    @Test
    void fewRussianScienceTrainersLeavesThreeAndOtherTracksIntact() {
        TrainingProblem variant = BenchmarkInstances.fewRussianScienceTrainers(REFERENCE);

        assertThat(variant.trainers().stream().filter(t -> t.isQualifiedFor("SCIENCE", "ru")))
                .hasSize(BenchmarkInstances.RU_SCIENCE_TRAINERS_KEPT);
        assertThat(REFERENCE.trainers().stream().filter(t -> t.isQualifiedFor("SCIENCE", "ru")).count())
                .isGreaterThan(BenchmarkInstances.RU_SCIENCE_TRAINERS_KEPT);
        // Other tracks keep every trainer they had, in both languages.
        for (String track : new String[] {"PRIMARY", "MATH"}) {
            for (String language : new String[] {"ky", "ru"}) {
                assertThat(count(variant, track, language)).as(track + " " + language)
                        .isEqualTo(count(REFERENCE, track, language));
            }
        }
        assertThat(variant.teachers()).isEqualTo(REFERENCE.teachers());
    }

    @Test
    void shortHorizonEndsEarlyAndKeepsTheRest() {
        TrainingProblem variant = BenchmarkInstances.shortHorizon(REFERENCE);

        assertThat(variant.programme().horizonEnd()).isEqualTo(BenchmarkInstances.SHORT_HORIZON_END);
        assertThat(variant.programme().horizonStart()).isEqualTo(REFERENCE.programme().horizonStart());
        assertThat(variant.teachers()).isEqualTo(REFERENCE.teachers());
    }

    @Test
    void instancesAreKnownByName() {
        assertThat(BenchmarkInstances.all()).extracting(BenchmarkInstance::name).contains("tiny-200",
                "reference-8850", "generated-15000", "national-75000", "hard-few-ru-science", "hard-short-horizon");
        assertThat(BenchmarkInstances.named("tiny-200").build().teachers()).hasSize(200);
        assertThatThrownBy(() -> BenchmarkInstances.named("huge")).hasMessageContaining("Unknown benchmark instance");
    }

    private static long count(TrainingProblem problem, String track, String language) {
        return problem.trainers().stream().filter(t -> t.isQualifiedFor(track, language)).map(Trainer::id).count();
    }
}

package org.cohortplanner.benchmarks.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.instances.ReferenceInstance;

/**
 * The benchmark's problems. Generated ones use seed 1; the hard variants change one fact of the reference
 * instance each.
 */
public final class BenchmarkInstances {

    public static final long SEED = 1L;
    /** Trainers who may still teach science in Russian in the {@code hard-few-ru-science} variant. */
    public static final int RU_SCIENCE_TRAINERS_KEPT = 3;
    /** The last day of the {@code hard-short-horizon} variant: about seven months instead of fourteen. */
    public static final LocalDate SHORT_HORIZON_END = LocalDate.of(2023, 10, 31);

    private static final Map<String, BenchmarkInstance> ALL = new LinkedHashMap<>();

    static {
        add(new BenchmarkInstance("tiny-200", "generated, 200 teachers, seed 1",
                () -> ProblemGenerator.generate(GeneratorOptions.of(200, SEED))));
        add(new BenchmarkInstance("reference-8850", "southern Kyrgyzstan 2023-24 (problems/data/south-kyrgyzstan-2023)",
                ReferenceInstance::build));
        add(new BenchmarkInstance("generated-15000", "generated, 15,000 teachers, seed 1",
                () -> ProblemGenerator.generate(GeneratorOptions.of(15_000, SEED))));
        add(new BenchmarkInstance("national-75000", "generated, 75,000 teachers, seed 1",
                () -> ProblemGenerator.generate(GeneratorOptions.of(75_000, SEED))));
        add(new BenchmarkInstance("hard-few-ru-science",
                "reference with only " + RU_SCIENCE_TRAINERS_KEPT + " trainers teaching science in Russian",
                () -> fewRussianScienceTrainers(ReferenceInstance.build())));
        add(new BenchmarkInstance("hard-short-horizon", "reference with the horizon ending " + SHORT_HORIZON_END,
                () -> shortHorizon(ReferenceInstance.build())));
    }

    private BenchmarkInstances() {
    }

    private static void add(BenchmarkInstance instance) {
        ALL.put(instance.name(), instance);
    }

    public static List<BenchmarkInstance> all() {
        return List.copyOf(ALL.values());
    }

    public static BenchmarkInstance named(String name) {
        BenchmarkInstance instance = ALL.get(name);
        if (instance == null) {
            throw new IllegalArgumentException("Unknown benchmark instance (" + name + "); known: " + ALL.keySet());
        }
        return instance;
    }

    /**
     * Keeps the first few trainers of science in Russian; the others stop teaching science in Russian: one
     * with other tracks drops science, a science-only one drops Russian, or leaves when it has no other language.
     */
    static TrainingProblem fewRussianScienceTrainers(TrainingProblem problem) {
        List<Trainer> trainers = new ArrayList<>();
        int kept = 0;
        for (Trainer trainer : problem.trainers()) {
            if (!trainer.isQualifiedFor("SCIENCE", "ru") || kept++ < RU_SCIENCE_TRAINERS_KEPT) {
                trainers.add(trainer);
                continue;
            }
            Set<String> languages = new HashSet<>(trainer.languages());
            Set<String> tracks = new HashSet<>(trainer.tracks());
            if (tracks.size() > 1) {
                tracks.remove("SCIENCE");
            } else {
                languages.remove("ru");
            }
            if (!languages.isEmpty()) {
                trainers.add(new Trainer(trainer.id(), trainer.name(), trainer.homeDistrictId(), Set.copyOf(languages),
                        Set.copyOf(tracks), trainer.readyFrom(), trainer.unavailable(), trainer.maxDays(),
                        trainer.dailyFee()));
            }
        }
        return problem.withTrainers(trainers);
    }

    static TrainingProblem shortHorizon(TrainingProblem problem) {
        Programme programme = problem.programme();
        return problem.withProgramme(new Programme(programme.id(), programme.name(), programme.horizonStart(),
                SHORT_HORIZON_END, programme.currency(), null, programme.now(), programme.frozenDays()));
    }
}

package org.cohortplanner.benchmarks.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.cohortplanner.problems.instances.Shape;

/**
 * The benchmark's problems. Generated ones use seed 1; the hard variants change one fact of the reference
 * instance each; the {@code shape-} instances are generated in shapes other than the standard one (see
 * {@link #SHAPES}), each named by what makes it different and its number of teachers.
 */
public final class BenchmarkInstances {

    public static final long SEED = 1L;
    /** Trainers who may still teach science in Russian in the {@code hard-few-ru-science} variant. */
    public static final int RU_SCIENCE_TRAINERS_KEPT = 3;
    /** The last day of the {@code hard-short-horizon} variant: about seven months instead of fourteen. */
    public static final LocalDate SHORT_HORIZON_END = LocalDate.of(2023, 10, 31);

    /** The Russian-taught share of the regions of {@code shape-russian-majority-6000}, the first mostly Russian. */
    public static final List<Double> RUSSIAN_MAJORITY_SHARES = List.of(0.75, 0.35, 0.3);
    public static final int MOUNTAIN_ROAD_MINUTES = 420;

    /** The generator options of each shape instance, in the order they run. */
    public static final Map<String, GeneratorOptions> SHAPES = shapes();

    private static final Map<String, BenchmarkInstance> ALL = new LinkedHashMap<>();

    static {
        add(new BenchmarkInstance("tiny-200", "generated, 200 teachers, seed 1",
                () -> ProblemGenerator.generate(GeneratorOptions.of(200, SEED))));
        add(new BenchmarkInstance("reference-8850", "southern Kyrgyzstan 2023-24 (problems/data/south-kyrgyzstan-2023)",
                ReferenceInstance::build));
        add(new BenchmarkInstance("reference-no-logistics",
                "the reference without print houses, vehicles and hubs: no deliveries planned",
                () -> withoutLogistics(ReferenceInstance.build())));
        add(new BenchmarkInstance("generated-15000", "generated, 15,000 teachers, seed 1",
                () -> ProblemGenerator.generate(GeneratorOptions.of(15_000, SEED))));
        add(new BenchmarkInstance("national-75000", "generated, 75,000 teachers, seed 1",
                () -> ProblemGenerator.generate(GeneratorOptions.of(75_000, SEED))));
        add(new BenchmarkInstance("hard-few-ru-science",
                "reference with only " + RU_SCIENCE_TRAINERS_KEPT + " trainers teaching science in Russian",
                () -> fewRussianScienceTrainers(ReferenceInstance.build())));
        add(new BenchmarkInstance("hard-short-horizon", "reference with the horizon ending " + SHORT_HORIZON_END,
                () -> shortHorizon(ReferenceInstance.build())));
        SHAPES.forEach((name, options) -> add(new BenchmarkInstance(name, describe(options),
                () -> ProblemGenerator.generate(options))));
    }

    private static Map<String, GeneratorOptions> shapes() {
        Map<String, GeneratorOptions> shapes = new LinkedHashMap<>();
        Shape standard = Shape.STANDARD;
        shapes.put("shape-many-regions-1500", GeneratorOptions.of(1500, SEED).withRegions(10));
        shapes.put("shape-far-print-house-2500", GeneratorOptions.of(2500, SEED)
                .withShape(standard.withPrintHouses(Shape.PrintHouses.FAR_AWAY)));
        shapes.put("shape-long-leave-3000", GeneratorOptions.of(3000, SEED)
                .withShape(standard.withLongLeaveShare(0.4)));
        shapes.put("shape-mountain-road-4000", GeneratorOptions.of(4000, SEED).withRegions(2)
                .withShape(standard.withMountainRoadMinutes(MOUNTAIN_ROAD_MINUTES)));
        shapes.put("shape-line-of-valleys-5000", GeneratorOptions.of(5000, SEED).withRegions(6)
                .withShape(standard.withLayout(Shape.Layout.LINE)));
        // Like the region that broke the shipped solver: 31 districts, 6,000 teachers, 40 trainers, more Russian.
        shapes.put("shape-russian-majority-6000", GeneratorOptions.of(6000, SEED).withRegions(3).withTrainers(40)
                .withShape(standard.withRussianShares(RUSSIAN_MAJORITY_SHARES)));
        shapes.put("shape-late-trainers-8000", GeneratorOptions.of(8000, SEED)
                .withShape(standard.withLateTrainerShare(0.5)));
        shapes.put("shape-winter-closures-10000", GeneratorOptions.of(10_000, SEED)
                .withShape(standard.withWinterClosureShare(0.5)));
        shapes.put("shape-compact-cluster-12000", GeneratorOptions.of(12_000, SEED)
                .withShape(standard.withLayout(Shape.Layout.CLUSTER)));
        shapes.put("shape-few-trucks-15000", GeneratorOptions.of(15_000, SEED).withShape(standard.withTrucks(2)));
        shapes.put("shape-print-per-region-20000", GeneratorOptions.of(20_000, SEED)
                .withShape(standard.withPrintHouses(Shape.PrintHouses.PER_REGION)));
        return Collections.unmodifiableMap(shapes);
    }

    /** What sets the options apart from the standard ones, in words. */
    static String describe(GeneratorOptions options) {
        Shape shape = options.shape();
        List<String> parts = new ArrayList<>();
        parts.add(String.format("generated, %,d teachers, seed %d, %d region%s", options.teachers(), options.seed(),
                options.regions(), options.regions() == 1 ? "" : "s"));
        if (options.trainers() != null) {
            parts.add(options.trainers() + " trainers");
        }
        if (shape.layout() != Shape.Layout.GRID) {
            parts.add(shape.layout().option() + " layout");
        }
        if (shape.mountainRoadMinutes() > 0) {
            parts.add("last region behind a " + shape.mountainRoadMinutes() + "-minute mountain road, a district"
                    + " beyond a pass");
        }
        if (!shape.russianShares().isEmpty()) {
            parts.add("Russian shares " + shape.russianShares());
        }
        if (shape.lateTrainerShare() > 0) {
            parts.add(Math.round(shape.lateTrainerShare() * 100) + " % of trainers ready from " + Shape.LATE_READY);
        }
        if (shape.longLeaveShare() > 0) {
            parts.add(Math.round(shape.longLeaveShare() * 100) + " % of trainers on " + Shape.LONG_LEAVE_WEEKS
                    + " weeks' leave");
        }
        if (shape.winterClosureShare() != Shape.STANDARD_WINTER_CLOSURE_SHARE) {
            parts.add(Math.round(shape.winterClosureShare() * 100) + " % of districts closed in winter");
        }
        if (shape.printHouses() != Shape.PrintHouses.FIRST_CITY) {
            parts.add("print houses " + shape.printHouses().option());
        }
        if (shape.trucks() != null) {
            parts.add(shape.trucks() + " trucks");
        }
        return String.join(", ", parts);
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

    /** The problem without print houses, vehicles and hubs, so that it plans no deliveries. */
    static TrainingProblem withoutLogistics(TrainingProblem problem) {
        return problem.withLogistics(List.of(), List.of(), List.of());
    }

    static TrainingProblem shortHorizon(TrainingProblem problem) {
        Programme programme = problem.programme();
        return problem.withProgramme(new Programme(programme.id(), programme.name(), programme.horizonStart(),
                SHORT_HORIZON_END, programme.currency(), null, programme.now(), programme.frozenDays()));
    }
}

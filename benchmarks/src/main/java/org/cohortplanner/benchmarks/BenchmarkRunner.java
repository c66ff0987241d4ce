package org.cohortplanner.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ai.timefold.solver.benchmark.api.PlannerBenchmark;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkException;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.benchmark.impl.result.PlannerBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SingleBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SolverBenchmarkResult;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.cohortplanner.benchmarks.baseline.GreedyPlanner;
import org.cohortplanner.benchmarks.bounds.CostBound;
import org.cohortplanner.benchmarks.bounds.LowerBounds;
import org.cohortplanner.benchmarks.configs.SolverVariants;
import org.cohortplanner.benchmarks.instances.BenchmarkInstances;
import org.cohortplanner.benchmarks.measure.MemoryWatch;
import org.cohortplanner.benchmarks.measure.PlanFileIO;
import org.cohortplanner.benchmarks.measure.RunOutcome;
import org.cohortplanner.benchmarks.replan.ReplanBenchmark;
import org.cohortplanner.benchmarks.summary.SummaryRow;
import org.cohortplanner.benchmarks.summary.SummaryTable;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;

/**
 * Runs a benchmark set: writes each instance as a problem file, plans it with the greedy baseline, computes its
 * lower bound (the larger of {@code CostLowerBound} and {@code TimeAwareLowerBound}), solves it with each
 * configuration through the Timefold Benchmarker (one run at a time), and
 * writes the Benchmarker's HTML report and the summary table.
 * <p>
 * {@code java -jar cohort-planner-benchmarks.jar --set smoke|default|shapes|reference|national --out DIR}
 */
public final class BenchmarkRunner {

    public static final String BASELINE = "baseline (greedy)";
    public static final int OK = 0;
    public static final int USAGE = 64;
    /** The set of re-plans ({@link ReplanBenchmark}), run outside the Timefold Benchmarker. */
    public static final String REPLAN_SET = "replan";

    private BenchmarkRunner() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String setName = null;
        String out = null;
        String instance = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> setName = i + 1 < args.length ? args[++i] : null;
                case "--out" -> out = i + 1 < args.length ? args[++i] : null;
                case "--instance" -> instance = i + 1 < args.length ? args[++i] : null;
                default -> {
                    return usage("unknown argument " + args[i]);
                }
            }
        }
        if (setName == null || out == null) {
            return usage("--set and --out are required");
        }
        if (setName.equals(REPLAN_SET)) {
            List<String> instances = instance == null ? ReplanBenchmark.INSTANCES : List.of(instance);
            if (!ReplanBenchmark.INSTANCES.containsAll(instances)) {
                return usage("the replan set runs on " + ReplanBenchmark.INSTANCES + " (" + instance + ")");
            }
            var rows = ReplanBenchmark.run(instances, Path.of(out));
            System.out.println("re-plan summary written to " + Path.of(out).resolve("replan.md") + " (" + rows.size()
                    + " rows)");
            return OK;
        }
        if (instance != null) {
            return usage("--instance is for the replan set only");
        }
        BenchmarkSet set;
        try {
            set = BenchmarkSet.named(setName);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        List<SummaryRow> rows = run(set, Path.of(out));
        System.out.println("summary written to " + Path.of(out).resolve("summary.md") + " (" + rows.size()
                + " rows)");
        return OK;
    }

    private static int usage(String problem) {
        System.err.println("error: " + problem);
        System.err.println("Usage: java -jar cohort-planner-benchmarks.jar --set NAME --out DIR");
        BenchmarkSet.all().forEach(s -> System.err.println("  --set " + s.name() + "  " + s.description()));
        System.err.println("  --set " + REPLAN_SET + " [--instance NAME]  a published plan of each of "
                + ReplanBenchmark.INSTANCES + " re-planned after six disruptions each (trainer out next week, venue"
                + " closed a month, district closed in winter, 20 withdrawn, 30 late registrants, print batch two"
                + " weeks late); about 5 minutes an instance");
        return USAGE;
    }

    public static List<SummaryRow> run(BenchmarkSet set, Path out) {
        MemoryWatch.install();
        Path instancesDir = out.resolve("instances");
        Map<String, TrainingProblem> problems = new LinkedHashMap<>();
        Map<String, CostBound> bounds = new LinkedHashMap<>();
        Map<String, Integer> teachers = new LinkedHashMap<>();
        Map<String, SummaryRow> baselines = new LinkedHashMap<>();
        Map<TrainingProblem, LowerBounds.Best> boundsWithoutLogistics = new HashMap<>();
        for (String name : set.instances()) {
            TrainingProblem problem = BenchmarkInstances.named(name).build();
            ProblemFiles.write(problem, instancesDir.resolve(name + ".json"));
            problems.put(name, problem);
            teachers.put(name, problem.teachers().size());
            // Neither bound sees deliveries, and a plan with deliveries is a plan without them that pays trucking
            // too: the bound of the problem without logistics holds for both, so it is computed once for both.
            LowerBounds.Best best = boundsWithoutLogistics.computeIfAbsent(
                    problem.withLogistics(List.of(), List.of(), List.of()),
                    p -> LowerBounds.best(PlanFactory.create(p)));
            bounds.put(name, best.bound());
            baselines.put(name, baseline(name, problem, bounds.get(name), out.resolve("baseline")));
            System.out.printf("%s: %d teachers, lower bound %,d (%s; combinatorial %,d; time-aware LP: %s, %.0f s), "
                    + "baseline %s%n", name, problem.teachers().size(), bounds.get(name).total(), best.source(),
                    best.combinatorial().total(), best.timeAware().bound() == null ? best.timeAware().note()
                            : String.format("%,d", best.timeAware().bound().total()),
                    best.timeAware().seconds(), baselines.get(name).score());
        }
        boundsWithoutLogistics.clear();
        problems.clear();

        PlannerBenchmarkResult result = benchmark(set, instancesDir, out.resolve("report"));
        File reportDir = result.getBenchmarkReportDirectory();
        List<SummaryRow> rows = new ArrayList<>();
        for (String name : set.instances()) {
            rows.add(baselines.get(name));
            rows.addAll(solverRows(name, teachers.get(name), bounds.get(name), result));
        }
        rows.stream().filter(row -> row.boundCheck() == SummaryRow.BoundCheck.VIOLATED).forEach(row -> System.err
                .printf("error: the lower bound %,d of %s lies above the soft penalty %,d of %s's plan%n",
                        row.lowerBound(), row.instance(), row.softPenalty(), row.configuration()));
        SummaryTable.write(rows, "Benchmark set " + set.name() + ", " + timestamp(), notes(set, reportDir, out), out);
        return rows;
    }

    private static SummaryRow baseline(String name, TrainingProblem problem, CostBound bound, Path dir) {
        MemoryWatch.reset();
        long start = System.nanoTime();
        TrainingPlan plan = GreedyPlanner.plan(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = MemoryWatch.peakBytes();
        PlanReport report = new PlanReporter().report(plan);
        PlanJson.write(report, dir.resolve(name + ".json"));
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(report.score());
        boolean placesEveryone = report.feasible() && report.kpis().teachersPlaced() >= bound.placeableTeachers();
        return new SummaryRow(name, problem.teachers().size(), bound.placeableTeachers(), BASELINE,
                placesEveryone ? seconds : null, report.feasible() ? seconds : null, report.score(),
                report.kpis().teachersPlaced(), report.kpis().totalCost(), -score.softScore(), null, peak,
                bound.total(), report.feasible());
    }

    private static PlannerBenchmarkResult benchmark(BenchmarkSet set, Path instancesDir, Path reportDir) {
        Map<String, SolverBenchmarkConfig> benchmarks = new LinkedHashMap<>();
        Map<String, List<File>> problemFiles = new LinkedHashMap<>();
        for (BenchmarkSet.Entry entry : set.entries()) {
            for (String variant : entry.variants()) {
                String name = solverBenchmarkName(variant, entry.timeLimit());
                benchmarks.computeIfAbsent(name, n -> new SolverBenchmarkConfig().withName(n)
                        .withSolverConfig(withTimeLimit(SolverVariants.named(variant).build(), entry.timeLimit())));
                problemFiles.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(instancesDir.resolve(entry.instance() + ".json").toFile());
            }
        }
        benchmarks.forEach((name, benchmark) -> benchmark.setProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                .withSolutionFileIOClass(PlanFileIO.class)
                .withWriteOutputSolutionEnabled(true)
                .withInputSolutionFileList(problemFiles.get(name))
                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE,
                        ProblemStatisticType.SCORE_CALCULATION_SPEED, ProblemStatisticType.MEMORY_USE)));
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName(set.name())
                .withBenchmarkDirectory(reportDir.toFile())
                .withParallelBenchmarkCount("1") // runs must not overlap: memory is measured per run
                .withWarmUpSecondsSpentLimit(0L)
                .withSolverBenchmarkConfigList(new ArrayList<>(benchmarks.values()));
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark();
        try {
            benchmark.benchmark();
        } catch (PlannerBenchmarkException e) {
            // The report is still written; the failed runs show as such in the summary.
            System.err.println("warning: " + e.getMessage());
        } catch (RuntimeException e) {
            // Timefold's HTML report fails on a chart whose value is infinite (a run whose local search never
            // scored a move, the booking search having taken its time): the runs are done, the summary still counts.
            System.err.println("warning: the HTML report is incomplete: " + e);
        }
        return ((DefaultPlannerBenchmark) benchmark).getPlannerBenchmarkResult();
    }

    static String solverBenchmarkName(String variant, Duration timeLimit) {
        return variant + " " + timeLimit.toSeconds() + "s";
    }

    private static SolverConfig withTimeLimit(SolverConfig config, Duration timeLimit) {
        return config.withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
    }

    private static List<SummaryRow> solverRows(String instance, int teachers, CostBound bound,
            PlannerBenchmarkResult result) {
        List<SummaryRow> rows = new ArrayList<>();
        for (SolverBenchmarkResult solver : result.getSolverBenchmarkResultList()) {
            for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                if (!single.getProblemBenchmarkResult().getName().equals(instance)) {
                    continue;
                }
                File runDir = single.getSubSingleBenchmarkResultList().get(0).getResultDirectory();
                RunOutcome outcome = outcome(runDir.toPath(), instance);
                if (outcome == null) {
                    rows.add(new SummaryRow(instance, teachers, bound.placeableTeachers(), solver.getName(), null,
                            null, "failed", 0, 0L, 0L, null, 0L, bound.total(), false));
                    continue;
                }
                FirstTimes first = firstTimes(runDir.toPath(), teachers - bound.placeableTeachers());
                rows.add(new SummaryRow(instance, teachers, bound.placeableTeachers(), solver.getName(),
                        withFormation(first.feasibleMillis(), outcome), withFormation(first.hardZeroMillis(), outcome),
                        outcome.score(), outcome.teachersPlaced(), outcome.totalCost(), outcome.softPenalty(),
                        single.getScoreCalculationSpeed(), outcome.peakHeapBytes(), bound.total(),
                        outcome.feasible()));
            }
        }
        return rows;
    }

    private static Double withFormation(Long solverMillis, RunOutcome outcome) {
        return solverMillis == null ? null : (solverMillis + outcome.formationMillis()) / 1000.0;
    }

    /** The outcome the run wrote, or null when it failed before writing one. */
    private static RunOutcome outcome(Path runDir, String instance) {
        Path file = PlanFileIO.outcomeFile(runDir.resolve(instance + ".json"));
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return PlanFileIO.readOutcome(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No outcome of the run in " + runDir, e);
        }
    }

    /**
     * Solver times of a run's first best scores, read from the Benchmarker's best-score statistic; null where the
     * run found none.
     *
     * @param hardZeroMillis the first best score without hard violations
     * @param feasibleMillis the first one that also leaves out no teacher any plan could place
     */
    record FirstTimes(Long hardZeroMillis, Long feasibleMillis) {
    }

    /**
     * The first best scores of a run without hard violations, and without them and with at most {@code unplaceable}
     * teachers left out: the medium score counts the teachers left out ("Teacher not placed", one a teacher).
     */
    static FirstTimes firstTimes(Path runDir, int unplaceable) {
        try (Stream<Path> files = Files.walk(runDir)) {
            Path csv = files.filter(f -> f.getFileName().toString().equals("BEST_SCORE.csv"))
                    .findFirst().orElse(null);
            if (csv == null) {
                return new FirstTimes(null, null);
            }
            Long hardZero = null;
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                // "timeMillisSpent","score","initialized": a header, then one line per new best score
                String[] cells = line.replace("\"", "").split(",");
                if (cells.length < 2 || !cells[0].trim().matches("\\d+")) {
                    continue;
                }
                HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(cells[1].trim());
                if (score.hardScore() != 0) {
                    continue;
                }
                long millis = Long.parseLong(cells[0].trim());
                hardZero = hardZero == null ? millis : hardZero;
                if (-score.mediumScore() <= unplaceable) {
                    return new FirstTimes(hardZero, millis);
                }
            }
            return new FirstTimes(hardZero, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> notes(BenchmarkSet set, File reportDir, Path out) {
        List<String> notes = new ArrayList<>();
        notes.add("Command: `java -jar benchmarks/target/cohort-planner-benchmarks.jar --set " + set.name()
                + " --out " + out + "`; runs one at a time; each configuration's name ends with its time limit.");
        notes.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", JVM arguments "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ".");
        notes.add("HTML report: " + reportDir.toPath().resolve("index.html") + ".");
        notes.add("Code: commit " + commit() + " of the working directory the runner started in.");
        notes.add("First feasible: seconds from the start of the run (the warm start included) to the first plan "
                + "that breaks no hard rule and places every teacher that any plan could place; first hard 0: to "
                + "the first plan that breaks no hard rule, whoever it leaves out.");
        notes.add("Lower bound: on the soft penalty (money plus weighted preferences) of any feasible plan placing "
                + "every placeable teacher, the larger of the combinatorial bound and the time-aware LP bound (both "
                + "hold); the gap is (soft penalty - bound) / bound. Bound ≤ soft checks each such plan against the "
                + "bound (VIOLATED would mean a wrong bound); n/a for plans that break a hard rule or leave a "
                + "placeable teacher out, of which the bound says nothing.");
        notes.add("Peak heap: the largest heap in use after a garbage collection during the run.");
        return notes;
    }

    /** The commit of the working directory, with "+ changes" when it has uncommitted ones; "unknown" outside git. */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            return head.isEmpty() ? "unknown" : head + (git("status", "--porcelain", "--untracked-files=no").isEmpty()
                    ? "" : " + uncommitted changes");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.waitFor() == 0 ? output : "";
    }

    private static String timestamp() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }
}

package org.cohortplanner.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ReadResult;
import org.cohortplanner.problems.instances.ProblemGenerator;
import org.cohortplanner.problems.instances.ReferenceInstance;
import org.cohortplanner.problems.instances.Shape;
import org.cohortplanner.problems.instances.ProblemGenerator.GeneratorOptions;
import org.cohortplanner.problems.validation.ValidationIssue;
import org.cohortplanner.report.Kpis;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.PlanMismatchException;
import org.cohortplanner.solving.PlanRestorer;
import org.cohortplanner.solving.PlanSolver;

/**
 * The commands of the jar. Exit status: 0 done, 1 failed, 2 the problem is invalid, 64 wrong usage.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;
    public static final int USAGE = 64;

    private static final String SERVE = "serve";
    private static final Set<String> COMMANDS = Set.of("solve", "validate", "score", "generate", "replan", "recommend",
            "help", "--help");
    private static final String USAGE_TEXT = """
            Usage: java -jar cohort-planner.jar [COMMAND]
              (no command) or serve [--spring.option=value ...]
                                                start the planning service
              solve PROBLEM --out PLAN.json|DIR|PLAN.zip [--time-limit 60s] [--unimproved 30s]
                                                solve a problem (JSON file, CSV folder or .zip) and write the plan
                                                (JSON, or a CSV bundle for a folder or .zip)
              validate PROBLEM                  check a problem; every error as FILE:LINE: FIELD: reason
              score PROBLEM PLAN                recompute the score of a plan (JSON, CSV folder or .zip), whoever
                                                made it: constraint breakdown and every broken rule; exit 0 when
                                                feasible, 1 when it breaks a hard rule, 2 when a file is bad
              generate --reference --out DIR|FILE.json|FILE.zip
                                                write the southern-Kyrgyzstan reference instance
              generate --teachers N --seed S --out DIR|FILE.json|FILE.zip
                       [--regions R] [--trainers T] [--venues-per-district V] [--tightness X] [--over-constrained]
                       [--layout grid|line|cluster] [--mountain-road MINUTES] [--russian-shares S1,S2,...]
                       [--late-trainers SHARE] [--long-leave SHARE] [--winter-closures SHARE]
                       [--print-houses first-city|per-region|far-away] [--trucks N] [--no-logistics]
                                                write a generated problem, the same for the same options. Shape:
                                                regions in a grid, a line of valleys or a compact cluster; the
                                                last region joined by one mountain road of MINUTES (and a district
                                                beyond a pass); the Russian-taught share of the first regions;
                                                shares of trainers ready only in March or on 16 weeks' leave;
                                                share of districts closed in winter (default 0.1); kits printed in
                                                the first city, in every region or far away; the number of trucks
              replan PROBLEM PLAN.json DISRUPTIONS --out NEW.json|DIR|NEW.zip [--diff DIFF.json]
                     [--time-limit 30s] [--unimproved 10s]
                                                re-plan a published plan after disruptions (a .json file or a CSV
                                                bundle; "now" comes from it), changing as little as possible;
                                                prints what changed and whom to tell
              recommend PROBLEM PLAN.json REGISTRANTS [--count 3] [--out RECOMMENDATIONS.json]
                                                the best cohorts for the late registrants (TEACHERS_ADDED) of a
                                                disruptions file, without re-solving
            """;

    private CommandLine() {
    }

    /**
     * The service starts with no arguments, with {@code serve}, or with Spring options only ({@code --server.port=…});
     * any other first word is a command, and an unknown one is a usage error rather than a service on port 8080.
     */
    public static boolean startsService(String[] args) {
        return args.length == 0 || SERVE.equals(args[0]) || args[0].startsWith("--") && !COMMANDS.contains(args[0]);
    }

    /** The arguments the service is started with: those after {@code serve}, or all of them. */
    public static String[] serviceArguments(String[] args) {
        return args.length > 0 && SERVE.equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return switch (args[0]) {
                case "solve" -> solve(new Arguments(args, Set.of("--out", "--time-limit", "--unimproved"), Set.of()),
                        out, err);
                case "validate" -> validate(new Arguments(args, Set.of(), Set.of()), out, err);
                case "score" -> score(new Arguments(args, Set.of(), Set.of()), out, err);
                case "generate" -> generate(new Arguments(args, Set.of("--teachers", "--seed", "--out", "--regions",
                        "--trainers", "--venues-per-district", "--tightness", "--layout", "--mountain-road",
                        "--russian-shares", "--late-trainers", "--long-leave", "--winter-closures", "--print-houses",
                        "--trucks"), Set.of("--over-constrained", "--reference", "--no-logistics")), out);
                case "replan" -> ReplanCommands.replan(new Arguments(args, Set.of("--out", "--diff", "--time-limit",
                        "--unimproved"), Set.of()), out, err);
                case "recommend" -> ReplanCommands.recommend(new Arguments(args, Set.of("--count", "--out"), Set.of()),
                        out, err);
                case "help", "--help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown command " + (args[0].length() > 40 ? args[0].substring(0, 40) + "…" : args[0]));
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException | OutOfMemoryError e) {
            // one line, no stack trace: what failed is in the message (a file name, a limit)
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        }
    }

    static ReadResult read(String location, PrintStream out, PrintStream err) {
        Path path = Path.of(location);
        ReadResult result = ProblemFiles.read(path);
        result.report().warnings().forEach(w -> err.println("warning: " + w));
        result.report().errors().forEach(out::println);
        return result;
    }

    private static int validate(Arguments arguments, PrintStream out, PrintStream err) {
        ReadResult result = read(arguments.positional(0, "PROBLEM"), out, err);
        if (!result.isValid()) {
            err.println(result.report().errors().size() + " errors");
            return INVALID;
        }
        TrainingProblem problem = result.problem();
        out.printf("valid: %d teachers, %d schools, %d trainers, %d venues, %d districts, %s to %s, %d warnings%n",
                problem.teachers().size(), problem.schools().size(), problem.trainers().size(),
                problem.venues().size(), problem.districts().size(), problem.programme().horizonStart(),
                problem.programme().horizonEnd(), result.report().warnings().size());
        return OK;
    }

    /**
     * Rebuilds the model from a plan file and scores it with the constraints, ignoring the score the file states.
     * Exit 0 when the plan breaks no hard rule, 1 when it does, 2 when the problem or the plan cannot be read.
     */
    private static int score(Arguments arguments, PrintStream out, PrintStream err) {
        ReadResult result = read(arguments.positional(0, "PROBLEM"), out, err);
        Path planPath = Path.of(arguments.positional(1, "PLAN"));
        if (!result.isValid()) {
            err.println(result.report().errors().size() + " errors in the problem: nothing scored");
            return INVALID;
        }
        PlanReport stated;
        TrainingPlan plan;
        try {
            stated = PlanFiles.read(planPath);
            plan = PlanRestorer.restore(result.problem(), stated);
        } catch (PlanFiles.UnreadablePlanException e) {
            e.issues().forEach(out::println);
            err.println(e.issues().size() + " errors in the plan: nothing scored");
            return INVALID;
        } catch (PlanMismatchException e) {
            String file = planPath.getFileName().toString();
            e.mismatches().forEach(m -> out.println(ValidationIssue.error(file, 0,
                    "cohort " + m.cohortId() + " " + m.field(), m.reason())));
            err.println(e.mismatches().size() + " parts of the plan do not fit the problem: nothing scored");
            return INVALID;
        }
        PlanReport report = new PlanReporter().report(plan);
        out.printf("score: %s%s%n", report.score(),
                stated.score() == null || report.score().equals(stated.score()) ? ""
                        : "  (the file states " + stated.score() + ")");
        printKpis(report, out);
        out.println("score by constraint:");
        report.violations().forEach(v -> out.printf("  %-48s %-30s %d matches%n", v.constraint(), v.score(),
                v.matchCount()));
        for (var violation : report.violations()) {
            if (!violation.level().equals("soft")) {
                violation.matches().forEach(match -> out.printf("broken: %s: %s%n", violation.constraint(), match));
            }
        }
        return report.feasible() ? OK : FAILED;
    }

    private static int solve(Arguments arguments, PrintStream out, PrintStream err) {
        String location = arguments.positional(0, "PROBLEM");
        Path output = Path.of(arguments.required("--out"));
        Duration timeLimit = Durations.parse(arguments.option("--time-limit", "60s"));
        String unimproved = arguments.option("--unimproved", null);
        ReadResult result = read(location, out, err);
        if (!result.isValid()) {
            err.println(result.report().errors().size() + " errors: nothing solved");
            return INVALID;
        }
        long start = System.nanoTime();
        TrainingPlan plan = PlanFactory.create(result.problem());
        out.printf("solving %d teachers in %d delegations, %d cohort slots, for up to %s%n",
                result.problem().teachers().size(), plan.getDelegations().size(), plan.getCohorts().size(),
                timeLimit);
        AtomicReference<HardMediumSoftLongScore> lastShown = new AtomicReference<>();
        AtomicReference<Long> lastShownAt = new AtomicReference<>(0L);
        TrainingPlan solved = PlanSolver.solve(plan,
                PlanSolver.config(timeLimit, unimproved == null ? null : Durations.parse(unimproved)),
                best -> showProgress(best.getScore(), start, lastShown, lastShownAt, out));
        PlanReport report = new PlanReporter().report(solved);
        PlanFiles.write(report, output);
        out.printf("%.1fs  final score %s%n", seconds(start), report.score());
        printKpis(report, out);
        out.println("plan written to " + output);
        return OK;
    }

    /** At most one line a second, but always when the plan first becomes feasible. */
    private static void showProgress(HardMediumSoftLongScore score, long start,
            AtomicReference<HardMediumSoftLongScore> lastShown, AtomicReference<Long> lastShownAt, PrintStream out) {
        HardMediumSoftLongScore previous = lastShown.get();
        boolean becameFeasible = score.isFeasible() && (previous == null || !previous.isFeasible());
        long now = System.nanoTime();
        if (becameFeasible || now - lastShownAt.get() > 1_000_000_000L) {
            out.printf("%.1fs  best score %s%s%n", seconds(start), score, becameFeasible ? "  (feasible)" : "");
            lastShown.set(score);
            lastShownAt.set(now);
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void printKpis(PlanReport report, PrintStream out) {
        Kpis kpis = report.kpis();
        out.printf("feasible: %s%n", report.feasible());
        out.printf("teachers placed: %d, unplaced: %d, cohorts: %d, trainers used: %d%n", kpis.teachersPlaced(),
                kpis.teachersUnplaced(), kpis.cohortsUsed(), kpis.trainersUsed());
        out.printf("total cost: %,d%n", kpis.totalCost());
        for (Map.Entry<String, Long> cost : kpis.costByComponent().entrySet()) {
            out.printf("  %-30s %,15d%n", cost.getKey(), cost.getValue());
        }
        out.printf("completion: %s, trainer utilisation: %.0f%%, teacher travel: mean %.0f min, max %d min%n",
                kpis.completionDate(), kpis.trainerUtilisation() * 100, kpis.meanTravelMinutes(),
                kpis.maxTravelMinutes());
        if (kpis.trips() > 0) {
            out.printf("deliveries: %d trips, %,.0f km, kits printed %s%n", kpis.trips(), kpis.truckingKm(),
                    kpis.kitsPrintedByLanguage());
        }
        report.violations().stream().filter(v -> !v.level().equals("soft"))
                .forEach(v -> out.printf("broken: %s %s (%d)%n", v.constraint(), v.score(), v.matchCount()));
    }

    private static int generate(Arguments arguments, PrintStream out) {
        if (arguments.flag("--reference")) {
            return write(ReferenceInstance.build(), Path.of(arguments.required("--out")), out);
        }
        int teachers = arguments.intOption("--teachers", -1);
        if (teachers <= 0) {
            throw new UsageException("--teachers must be a positive whole number");
        }
        long seed;
        try {
            seed = Long.parseLong(arguments.required("--seed"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed is not a whole number");
        }
        GeneratorOptions defaults = GeneratorOptions.of(teachers, seed);
        String trainers = arguments.option("--trainers", null);
        String venues = arguments.option("--venues-per-district", null);
        TrainingProblem problem;
        try {
            GeneratorOptions options = new GeneratorOptions(teachers, seed,
                    arguments.intOption("--regions", defaults.regions()),
                    trainers == null ? defaults.trainers() : Integer.valueOf(arguments.intOption("--trainers", 0)),
                    venues == null ? defaults.venuesPerDistrict()
                            : Integer.valueOf(arguments.intOption("--venues-per-district", 0)),
                    arguments.doubleOption("--tightness", defaults.tightness()),
                    arguments.flag("--over-constrained"), !arguments.flag("--no-logistics"), shape(arguments));
            problem = ProblemGenerator.generate(options);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return write(problem, Path.of(arguments.required("--out")), out);
    }

    /** The shape options of {@code generate}, the standard shape's value for each one not given. */
    private static Shape shape(Arguments arguments) {
        Shape standard = Shape.STANDARD;
        String layout = arguments.option("--layout", null);
        String printHouses = arguments.option("--print-houses", null);
        String trucks = arguments.option("--trucks", null);
        return new Shape(layout == null ? standard.layout() : Shape.Layout.ofOption(layout),
                arguments.intOption("--mountain-road", standard.mountainRoadMinutes()),
                russianShares(arguments.option("--russian-shares", null)),
                arguments.doubleOption("--late-trainers", standard.lateTrainerShare()),
                arguments.doubleOption("--long-leave", standard.longLeaveShare()),
                arguments.doubleOption("--winter-closures", standard.winterClosureShare()),
                printHouses == null ? standard.printHouses() : Shape.PrintHouses.ofOption(printHouses),
                trucks == null ? standard.trucks() : Integer.valueOf(arguments.intOption("--trucks", 0)));
    }

    private static List<Double> russianShares(String value) {
        if (value == null) {
            return List.of();
        }
        List<Double> shares = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            try {
                shares.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--russian-shares is not a list of numbers such as 0.8,0.2 (" + value + ")");
            }
        }
        return shares;
    }

    private static int write(TrainingProblem problem, Path output, PrintStream out) {
        ProblemFiles.write(problem, output);
        out.printf("generated %d teachers, %d schools, %d trainers, %d venues, %d districts into %s%n",
                problem.teachers().size(), problem.schools().size(), problem.trainers().size(),
                problem.venues().size(), problem.districts().size(), output);
        return Files.exists(output) ? OK : FAILED;
    }
}

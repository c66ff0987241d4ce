package org.cohortplanner.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problems.DisruptionFiles;
import org.cohortplanner.problems.ReadResult;
import org.cohortplanner.problems.json.ReplanJson;
import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.Recommendation;
import org.cohortplanner.replan.Recommender;
import org.cohortplanner.replan.ReplanResult;
import org.cohortplanner.replan.Replanner;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.solving.PlanMismatchException;
import org.cohortplanner.solving.PlanSolver;

/** The {@code replan} and {@code recommend} commands. */
final class ReplanCommands {

    private ReplanCommands() {
    }

    /** The three inputs of both commands, or null after printing why they cannot be used. */
    private record Inputs(TrainingProblem problem, PlanReport plan, DisruptionFiles.Result disruptions) {
    }

    private static Inputs read(Arguments arguments, PrintStream out, PrintStream err) {
        ReadResult problem = CommandLine.read(arguments.positional(0, "PROBLEM"), out, err);
        if (!problem.isValid()) {
            err.println(problem.report().errors().size() + " errors in the problem");
            return null;
        }
        Path planPath = Path.of(arguments.positional(1, "PLAN.json"));
        PlanReport plan;
        try {
            plan = PlanFiles.read(planPath);
        } catch (PlanFiles.UnreadablePlanException e) {
            e.issues().forEach(out::println);
            err.println(e.issues().size() + " errors in the plan");
            return null;
        }
        DisruptionFiles.Result disruptions = DisruptionFiles.read(Path.of(arguments.positional(2, "DISRUPTIONS")),
                problem.problem(), plan);
        disruptions.report().warnings().forEach(w -> err.println("warning: " + w));
        disruptions.report().errors().forEach(out::println);
        if (!disruptions.isValid()) {
            err.println(disruptions.report().errors().size() + " errors in the disruptions");
            return null;
        }
        return new Inputs(problem.problem(), plan, disruptions);
    }

    static int replan(Arguments arguments, PrintStream out, PrintStream err) {
        Path output = Path.of(arguments.required("--out"));
        Duration timeLimit = Durations.parse(arguments.option("--time-limit", "30s"));
        String unimproved = arguments.option("--unimproved", "10s");
        Inputs inputs = read(arguments, out, err);
        if (inputs == null) {
            return CommandLine.INVALID;
        }
        long start = System.nanoTime();
        ReplanResult result;
        try {
            result = Replanner.replan(inputs.problem(), inputs.plan(), inputs.disruptions().disruptions(),
                    PlanSolver.config(timeLimit, Durations.parse(unimproved)));
        } catch (PlanMismatchException e) {
            e.mismatches().forEach(m -> out.println("plan does not fit the problem: " + m));
            return CommandLine.INVALID;
        }
        PlanReport report = result.plan();
        PlanFiles.write(report, output);
        String diffFile = arguments.option("--diff", null);
        if (diffFile != null) {
            ReplanJson.write(ReplanJson.toJson(result), Path.of(diffFile));
        }
        out.printf("%.1fs  re-planned: score %s (published %s)%n", CommandLine.seconds(start), report.score(),
                inputs.plan().score());
        CommandLine.printKpis(report, out);
        result.conflicts().forEach(c -> out.println("CONFLICT: " + c));
        result.alreadyBroken().forEach(line -> out.println("already broken before this re-plan: " + line));
        result.notApplied().forEach(n -> out.println("not applied: " + n));
        out.printf("changes: %d cohorts, %d teachers moved, %d teachers to notify%n", result.diff().cohorts().size(),
                result.diff().teachersMoved(), result.diff().toNotify().teacherIds().size());
        result.diff().lines().forEach(line -> out.println("  " + line));
        out.println("notify trainers: " + String.join(", ", result.diff().toNotify().trainerIds()));
        out.println("notify venues: " + String.join(", ", result.diff().toNotify().venueIds()));
        out.println("notify teachers: " + String.join(", ", result.diff().toNotify().teacherIds()));
        out.println("plan written to " + output + (diffFile == null ? "" : ", changes to " + diffFile));
        return CommandLine.OK;
    }

    static int recommend(Arguments arguments, PrintStream out, PrintStream err) {
        int count = arguments.intOption("--count", 3);
        Inputs inputs = read(arguments, out, err);
        if (inputs == null) {
            return CommandLine.INVALID;
        }
        var disruptions = inputs.disruptions().disruptions();
        List<Teacher> registrants = Recommender.registrants(disruptions);
        if (registrants.isEmpty()) {
            throw new UsageException("REGISTRANTS lists no late registrants (TEACHERS_ADDED)");
        }
        if (disruptions.disruptions().size() > disruptions.ofType(Disruption.TeachersAdded.class).size()) {
            err.println("warning: recommend uses only the late registrants; run replan for the other disruptions");
        }
        long start = System.nanoTime();
        TrainingPlan model;
        try {
            model = Recommender.withRegistrants(inputs.problem(), inputs.plan(), disruptions);
        } catch (PlanMismatchException e) {
            e.mismatches().forEach(m -> out.println("plan does not fit the problem: " + m));
            return CommandLine.INVALID;
        }
        double restored = CommandLine.seconds(start);
        Recommender recommender = new Recommender();
        long recommendStart = System.nanoTime();
        List<Recommendation> recommendations = recommender.recommend(model,
                registrants.stream().map(Teacher::id).toList(), count);
        double recommended = CommandLine.seconds(recommendStart);
        for (Recommendation r : recommendations) {
            out.printf("%s: cohort %s at %s in %s from %s, trainer %s: score %s%s%n", String.join("+", r.teacherIds()),
                    r.cohortId(), r.venueId(), r.districtId(), r.firstDay(), r.trainerId(), r.scoreDiff(),
                    r.feasible() ? "" : " (breaks a hard rule)");
        }
        out.printf("plan restored in %.2fs; %d recommendations in %.3fs%n", restored, recommendations.size(),
                recommended);
        String file = arguments.option("--out", null);
        if (file != null) {
            ReplanJson.write(ReplanJson.toJson(recommendations), Path.of(file));
        }
        return CommandLine.OK;
    }
}

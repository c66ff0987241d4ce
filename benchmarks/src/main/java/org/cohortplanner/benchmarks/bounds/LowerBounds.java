package org.cohortplanner.benchmarks.bounds;

import java.time.Duration;
import java.util.List;

import org.cohortplanner.benchmarks.instances.BenchmarkInstances;
import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.TrainingProblem;

/**
 * The best lower bound the benchmarks know: both {@link CostLowerBound} and {@link TimeAwareLowerBound} hold for
 * every feasible plan that places every teacher, so the larger one does too.
 * <p>
 * {@code java -cp cohort-planner-benchmarks.jar -Dloader.main=org.cohortplanner.benchmarks.bounds.LowerBounds
 * org.springframework.boot.loader.launch.PropertiesLauncher INSTANCE [--no-logistics] [--time-limit SECONDS]}
 * prints both bounds of a benchmark instance and how long each took.
 */
public final class LowerBounds {

    /**
     * @param bound the larger of the two bounds
     * @param source which bound it is
     * @param timeAware the time-aware outcome, with its note when it gave no bound
     */
    public record Best(CostBound bound, String source, CostBound combinatorial, TimeAwareLowerBound.Outcome timeAware) {
    }

    private LowerBounds() {
    }

    public static Best best(TrainingPlan plan) {
        return best(plan, TimeAwareLowerBound.DEFAULT_TIME_LIMIT, TimeAwareLowerBound.DEFAULT_MAX_ENTRIES);
    }

    /** As {@link #best(TrainingPlan)}, with the LP's time limit and largest size. */
    public static Best best(TrainingPlan plan, Duration timeLimit, int maxEntries) {
        CostBound combinatorial = CostLowerBound.of(plan);
        TimeAwareLowerBound.Outcome timeAware = TimeAwareLowerBound.compute(plan, timeLimit, maxEntries);
        if (timeAware.bound() != null && timeAware.bound().total() > combinatorial.total()) {
            return new Best(timeAware.bound(), "time-aware LP", combinatorial, timeAware);
        }
        return new Best(combinatorial, "combinatorial", combinatorial, timeAware);
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: LowerBounds INSTANCE [--no-logistics] [--time-limit SECONDS]");
            System.exit(64);
        }
        TrainingProblem problem = BenchmarkInstances.named(args[0]).build();
        if (List.of(args).contains("--no-logistics")) {
            problem = problem.withLogistics(List.of(), List.of(), List.of());
        }
        long start = System.nanoTime();
        TrainingPlan plan = PlanFactory.create(problem);
        System.out.printf("%s: %,d teachers, deliveries planned: %s, model built in %.1f s%n", args[0],
                problem.teachers().size(), problem.plansDeliveries(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        CostBound combinatorial = CostLowerBound.of(plan);
        System.out.printf("combinatorial bound: %,d (%.1f s)%n", combinatorial.total(),
                (System.nanoTime() - start) / 1e9);
        int limit = List.of(args).indexOf("--time-limit");
        Duration timeLimit = limit < 0 ? TimeAwareLowerBound.DEFAULT_TIME_LIMIT
                : Duration.ofSeconds(Long.parseLong(args[limit + 1]));
        TimeAwareLowerBound.Outcome outcome = TimeAwareLowerBound.compute(plan, timeLimit,
                TimeAwareLowerBound.DEFAULT_MAX_ENTRIES);
        System.out.printf("time-aware bound: %s; %s; LP %,d rows, %,d columns, %,d non-zeros, optimum %,.0f; %.1f s%n",
                outcome.bound() == null ? "none" : String.format("%,d", outcome.bound().total()), outcome.note(),
                outcome.rows(), outcome.columns(), outcome.entries(), outcome.lpOptimum(), outcome.seconds());
        if (outcome.bound() != null) {
            outcome.bound().byConstraint().forEach((name, value) -> System.out.printf("  %-40s %,15d%n", name, value));
        }
    }
}

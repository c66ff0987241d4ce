package org.cohortplanner.solving;

import java.time.Duration;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.cohortplanner.plan.TrainingPlan;

/** Solves a training plan with the shipped configuration and a caller's time limits. */
public final class PlanSolver {

    public static final String CONFIG_RESOURCE = "org/cohortplanner/solving/solverConfig.xml";

    private PlanSolver() {
    }

    /** The shipped configuration, stopping at the time limit or after {@code unimproved} without a better score. */
    public static SolverConfig config(Duration timeLimit, Duration unimproved) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimproved != null) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        return SolverConfig.createFromXmlResource(CONFIG_RESOURCE).withTerminationConfig(termination);
    }

    /** Forms cohorts for the unplaced teachers, then staffs, dates and improves the plan. */
    public static TrainingPlan solve(TrainingPlan plan, SolverConfig config, Consumer<TrainingPlan> onBestSolution) {
        return solve(plan, buildSolver(config, onBestSolution));
    }

    /** A solver for {@link #solve(TrainingPlan, Solver)}; keep it to stop a solve early from another thread. */
    public static Solver<TrainingPlan> buildSolver(SolverConfig config, Consumer<TrainingPlan> onBestSolution) {
        Solver<TrainingPlan> solver = SolverFactory.<TrainingPlan>create(config).buildSolver();
        if (onBestSolution != null) {
            solver.addEventListener(event -> onBestSolution.accept(event.getNewBestSolution()));
        }
        return solver;
    }

    public static TrainingPlan solve(TrainingPlan plan, Solver<TrainingPlan> solver) {
        CohortFormation.formCohorts(plan);
        return solver.solve(plan);
    }
}

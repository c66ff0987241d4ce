package org.cohortplanner.benchmarks.measure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cohortplanner.plan.PlanFactory;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.json.PlanJson;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.PlanReporter;
import org.cohortplanner.solving.CohortFormation;

/**
 * How the Benchmarker reads a problem and writes a plan. The Benchmarker reads the problem file afresh for
 * every run, so each run gets its own model, warm-started by {@link CohortFormation} as {@code PlanSolver}
 * does, and its own memory measurement. Writing a solved plan writes the plan document ({@code NAME.json},
 * which {@code cohort-planner.jar score} reads) and the run's {@link RunOutcome}.
 */
public class PlanFileIO implements SolutionFileIO<TrainingPlan> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The Benchmarker makes its own instance of this class; runs never overlap (one at a time). */
    private static volatile long lastFormationMillis;

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public TrainingPlan read(File inputSolutionFile) {
        MemoryWatch.reset();
        TrainingPlan plan = PlanFactory.create(ProblemFiles.read(inputSolutionFile.toPath()).validProblem());
        long start = System.nanoTime();
        CohortFormation.formCohorts(plan);
        lastFormationMillis = (System.nanoTime() - start) / 1_000_000;
        return plan;
    }

    @Override
    public void write(TrainingPlan plan, File outputSolutionFile) {
        long peak = MemoryWatch.peakBytes();
        PlanReport report = new PlanReporter().report(plan);
        PlanJson.write(report, outputSolutionFile.toPath());
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(report.score());
        RunOutcome outcome = new RunOutcome(report.score(), report.feasible(), report.kpis().teachersPlaced(),
                report.kpis().teachersUnplaced(), report.kpis().totalCost(), -score.softScore(), lastFormationMillis,
                peak);
        try {
            MAPPER.writeValue(outcomeFile(outputSolutionFile.toPath()).toFile(), outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the run outcome next to " + outputSolutionFile, e);
        }
    }

    public static Path outcomeFile(Path planFile) {
        String name = planFile.getFileName().toString().replaceFirst("\\.json$", "");
        return planFile.resolveSibling(name + ".outcome.json");
    }

    public static RunOutcome readOutcome(Path outcomeFile) throws IOException {
        return MAPPER.readValue(outcomeFile.toFile(), RunOutcome.class);
    }
}

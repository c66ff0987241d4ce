package org.cohortplanner.benchmarks.instances;

import java.util.function.Supplier;

import org.cohortplanner.problem.TrainingProblem;

/** A named problem of the benchmark, rebuilt the same every time from a seed or the reference facts. */
public record BenchmarkInstance(String name, String description, Supplier<TrainingProblem> problem) {

    public TrainingProblem build() {
        return problem.get();
    }
}

package org.cohortplanner.benchmarks.configs;

import java.util.function.Supplier;

import ai.timefold.solver.core.config.solver.SolverConfig;

/** A named solver configuration to compare; its termination is set by the benchmark set. */
public record SolverVariant(String name, String description, Supplier<SolverConfig> config) {

    public SolverConfig build() {
        return config.get();
    }
}

package org.cohortplanner.benchmarks.configs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.benchmarks.baseline.GreedyStartPhase;
import org.cohortplanner.solving.PlanSolver;

/**
 * The configurations the benchmark compares: the shipped one, two local-search variants that keep its
 * phases and moves and change only how local search accepts a move, and the tuned one kept in this module.
 */
public final class SolverVariants {

    private static final Map<String, SolverVariant> ALL = new LinkedHashMap<>();

    static {
        add(new SolverVariant("default", "the shipped configuration (late acceptance 400)",
                () -> SolverConfig.createFromXmlResource(PlanSolver.CONFIG_RESOURCE)));
        add(new SolverVariant("tabu", "entity tabu 7, best of 50 accepted moves per step", SolverVariants::tabu));
        add(new SolverVariant("late-acceptance-50", "late acceptance 50 instead of 400, first accepted move",
                () -> withLocalSearch(ls -> {
                    ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(50));
                    ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
                })));
        add(new SolverVariant("tuned", "tabu after a first phase that starts from the greedy baseline's plan",
                SolverVariants::tuned));
    }

    private SolverVariants() {
    }

    private static void add(SolverVariant variant) {
        ALL.put(variant.name(), variant);
    }

    public static SolverVariant named(String name) {
        SolverVariant variant = ALL.get(name);
        if (variant == null) {
            throw new IllegalArgumentException("Unknown solver configuration (" + name + "); known: " + ALL.keySet());
        }
        return variant;
    }

    public static List<SolverVariant> all() {
        return List.copyOf(ALL.values());
    }

    private static SolverConfig tabu() {
        return withLocalSearch(ls -> {
            ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7));
            ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(50));
        });
    }

    /** {@link #tabu()}, its phases preceded by one that lays the greedy baseline's plan over the warm start. */
    private static SolverConfig tuned() {
        SolverConfig config = tabu();
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.add(0, new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyStartPhase.class)));
        return config.withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /** The shipped configuration with its local search phase changed. */
    private static SolverConfig withLocalSearch(Consumer<LocalSearchPhaseConfig> change) {
        SolverConfig config = SolverConfig.createFromXmlResource(PlanSolver.CONFIG_RESOURCE);
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                change.accept(localSearch);
            }
        }
        return config;
    }
}

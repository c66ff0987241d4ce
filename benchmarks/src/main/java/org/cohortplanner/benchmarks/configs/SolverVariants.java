package org.cohortplanner.benchmarks.configs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.benchmarks.baseline.GreedyStartPhase;
import org.cohortplanner.solving.BookingSearchPhase;
import org.cohortplanner.solving.PlanSolver;

/**
 * The configurations the benchmark compares: the shipped one, its construction alone, its phases with another
 * local-search acceptor, and its phases after the first-fit baseline's plan.
 */
public final class SolverVariants {

    private static final Map<String, SolverVariant> ALL = new LinkedHashMap<>();

    static {
        add(new SolverVariant("default", "the shipped configuration: formation, booking, booking search, entity tabu",
                () -> SolverConfig.createFromXmlResource(PlanSolver.CONFIG_RESOURCE)));
        add(new SolverVariant("construction-only", "the shipped formation and booking alone (holidays first, the "
                + "cheapest free trainer and venue, kits on the first truck that fits): a careful planner's plan",
                SolverVariants::constructionOnly));
        add(new SolverVariant("local-search-only", "the shipped phases without the booking search: Timefold's local"
                + " search from the booking's plan, to measure its move speed", SolverVariants::localSearchOnly));
        add(new SolverVariant("late-acceptance-400", "the shipped phases with late acceptance 400 in local search",
                () -> withLocalSearch(ls -> {
                    ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400));
                    ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
                })));
        add(new SolverVariant("tuned", "the shipped phases after one that starts from the first-fit baseline's plan",
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

    /** The shipped phases up to the construction heuristics: no booking search, no local search. */
    private static SolverConfig constructionOnly() {
        return withoutPhases(phase -> phase instanceof LocalSearchPhaseConfig || isBookingSearch(phase));
    }

    /** The shipped phases without the booking search, so that local search starts from the booking's plan. */
    private static SolverConfig localSearchOnly() {
        return withoutPhases(SolverVariants::isBookingSearch);
    }

    private static boolean isBookingSearch(PhaseConfig<?> phase) {
        return phase instanceof CustomPhaseConfig custom
                && custom.getCustomPhaseCommandClassList().contains(BookingSearchPhase.class);
    }

    private static SolverConfig withoutPhases(Predicate<PhaseConfig<?>> left) {
        SolverConfig config = SolverConfig.createFromXmlResource(PlanSolver.CONFIG_RESOURCE);
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (!left.test(phase)) {
                phases.add(phase);
            }
        }
        return config.withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /** The shipped phases preceded by one that lays the first-fit baseline's plan over the warm start. */
    private static SolverConfig tuned() {
        SolverConfig config = SolverConfig.createFromXmlResource(PlanSolver.CONFIG_RESOURCE);
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

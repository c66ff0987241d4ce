package org.cohortplanner.benchmarks.configs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.solving.BookingPhase;
import org.cohortplanner.solving.BookingSearchPhase;
import org.junit.jupiter.api.Test;

class SolverVariantsTest {

    private static List<Class<?>> phases(String variant) {
        SolverConfig config = SolverVariants.named(variant).build();
        return config.getPhaseConfigList().stream().<Class<?>>map(SolverVariantsTest::kind).toList();
    }

    /** A custom phase is named by its command, the others by their kind of config. */
    private static Class<?> kind(PhaseConfig<?> phase) {
        return phase instanceof CustomPhaseConfig custom ? custom.getCustomPhaseCommandClassList().get(0) : phase.getClass();
    }

    @Test
    void localSearchOnlyIsTheShippedConfigurationWithoutTheBookingSearch() {
        assertThat(phases("default")).contains(BookingSearchPhase.class);
        assertThat(phases("local-search-only")).containsExactly(BookingPhase.class,
                ConstructionHeuristicPhaseConfig.class, ConstructionHeuristicPhaseConfig.class,
                LocalSearchPhaseConfig.class);
    }

    @Test
    void constructionOnlyHasNeitherSearch() {
        assertThat(phases("construction-only")).containsExactly(BookingPhase.class,
                ConstructionHeuristicPhaseConfig.class, ConstructionHeuristicPhaseConfig.class);
    }
}

package org.cohortplanner.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A re-planned problem's listing name fits the name column even when the programme name is as long as allowed. */
class ProblemStoreNameTest {

    @Test
    void theSuffixIsKeptAndTheWholeFitsTheColumn() {
        String suffix = " (re-planned as of 2023-10-02)";
        String longest = "N".repeat(ProblemStore.NAME_COLUMN);

        String name = ProblemStore.listingName(longest, suffix);

        assertThat(name).hasSize(ProblemStore.NAME_COLUMN).endsWith("…" + suffix);
        assertThat(ProblemStore.listingName("Programme 2023", suffix)).isEqualTo("Programme 2023" + suffix);
    }
}

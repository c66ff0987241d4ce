package org.cohortplanner.problems.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cohortplanner.problems.ProblemFiles;
import org.cohortplanner.problems.ReadResult;
import org.junit.jupiter.api.Test;

/** The committed bundle is what {@code generate --reference} writes, and it validates cleanly. */
class ReferenceBundleTest {

    @Test
    void committedBundleIsValidAndEqualsTheBuiltInstance() {
        ReadResult result = ProblemFiles.read(Path.of("data", "south-kyrgyzstan-2023"));

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.problem()).isEqualTo(ReferenceInstance.build());
    }
}

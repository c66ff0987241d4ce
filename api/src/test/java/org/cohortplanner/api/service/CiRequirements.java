package org.cohortplanner.api.service;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from the machine (a PostgreSQL server, Chromium): without it the test is skipped on a
 * developer's machine, but fails under CI ({@code CI=true}), where {@code .ci/run} provides it, so that no suite
 * skips itself silently there.
 */
final class CiRequirements {

    private CiRequirements() {
    }

    static void require(boolean available, String missing) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(available, missing + " (CI=true: .ci/run should have provided it)");
        } else {
            assumeTrue(available, missing);
        }
    }
}

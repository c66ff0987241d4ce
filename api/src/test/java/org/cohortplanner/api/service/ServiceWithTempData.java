package org.cohortplanner.api.service;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A service test's application keeps its database in a folder of its own, thrown away after the class. */
abstract class ServiceWithTempData {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("cohort-planner.data-dir", () -> dataDir.toString());
    }
}

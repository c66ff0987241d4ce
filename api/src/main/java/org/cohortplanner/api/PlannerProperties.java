package org.cohortplanner.api;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code cohort-planner.*}.
 *
 * @param dataDir the folder of the embedded database
 * @param demo whether an empty database gets the reference problem as a demo
 */
@ConfigurationProperties("cohort-planner")
public record PlannerProperties(Path dataDir, boolean demo, Solver solver) {

    /**
     * @param maxConcurrent solves running at once; more wait in the queue
     * @param defaultTimeLimit when a solve request names none
     * @param maxTimeLimit the longest a request may ask for
     * @param saveInterval the best plan so far is written at most this often, and at the end
     */
    public record Solver(int maxConcurrent, Duration defaultTimeLimit, Duration maxTimeLimit, Duration saveInterval) {
    }
}

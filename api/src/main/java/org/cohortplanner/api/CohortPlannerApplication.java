package org.cohortplanner.api;

import org.cohortplanner.api.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One jar: a command ({@code solve}, {@code validate}, {@code generate}) runs and exits; no command (or {@code serve}) starts the service;
 * an unknown command is a usage error. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CohortPlannerApplication {

    public static void main(String[] args) {
        if (!CommandLine.startsService(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        FatalErrors.install();
        SpringApplication.run(CohortPlannerApplication.class, CommandLine.serviceArguments(args));
    }
}

package org.cohortplanner.api.problems;

import java.util.List;

import org.cohortplanner.api.PlannerProperties;
import org.cohortplanner.problems.instances.ReferenceInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On a first start, with nothing stored, stores the reference problem so that there is something to plan. */
@Component
public class DemoProblem implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProblem.class);

    private final ProblemStore problems;
    private final PlannerProperties properties;

    public DemoProblem(ProblemStore problems, PlannerProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo() && problems.isEmpty()) {
            ProblemSummary demo = problems.add(ReferenceInstance.build(), List.of());
            LOG.info("Stored the reference problem as a demo: {} ({})", demo.name(), demo.id());
        }
    }
}

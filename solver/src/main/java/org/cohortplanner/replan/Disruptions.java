package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened since a plan was published, as of {@code now}: cohorts started or starting within the
 * programme's frozen days after {@code now} keep their plan.
 */
public record Disruptions(LocalDate now, List<Disruption> disruptions) {

    public Disruptions {
        disruptions = List.copyOf(disruptions);
    }

    public <T extends Disruption> List<T> ofType(Class<T> type) {
        return disruptions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

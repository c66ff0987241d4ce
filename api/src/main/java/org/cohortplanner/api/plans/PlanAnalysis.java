package org.cohortplanner.api.plans;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.report.Violation;

/** The score of a plan broken down by constraint, broken rules first, each with its worst matches in words. */
public record PlanAnalysis(String planId, String score, boolean feasible, List<ConstraintScore> constraints) {

    public static final int WORST_MATCHES = 10;

    /**
     * @param level hard, medium or soft; null when the rule is not broken
     * @param worstMatches at most {@link #WORST_MATCHES}, the most costly first
     */
    public record ConstraintScore(String name, String level, String score, int matchCount, List<String> worstMatches) {
    }

    public static PlanAnalysis of(String planId, PlanReport report) {
        Map<String, Violation> broken = report.violations().stream()
                .collect(Collectors.toMap(Violation::constraint, Function.identity(), (a, b) -> a));
        List<ConstraintScore> constraints = new java.util.ArrayList<>(report.violations().stream()
                .map(v -> new ConstraintScore(v.constraint(), v.level(), v.score(), v.matchCount(),
                        v.matches().stream().limit(WORST_MATCHES).toList()))
                .toList());
        ConstraintNames.all().stream()
                .filter(name -> !broken.containsKey(name))
                .forEach(name -> constraints.add(new ConstraintScore(name, null, "0", 0, List.of())));
        return new PlanAnalysis(planId, report.score(), report.feasible(), List.copyOf(constraints));
    }
}

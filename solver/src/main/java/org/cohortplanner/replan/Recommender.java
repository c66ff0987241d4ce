package org.cohortplanner.replan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.report.PlanReport;
import org.cohortplanner.solving.PlanRestorer;
import org.cohortplanner.solving.PlanSolver;

/**
 * The best cohorts for late registrants to join, without re-solving: each registrant's delegation is tried in
 * every cohort within reach of the published plan (Timefold's assignment recommendation), best score first.
 * Frozen cohorts are left out when the problem's programme has a "now".
 */
public final class Recommender {

    private final SolutionManager<TrainingPlan, HardMediumSoftLongScore> solutionManager;

    public Recommender() {
        // the recommendation tries each value of the delegation by the one construction heuristic phase it is given
        SolverConfig config = PlanSolver.config(Duration.ofSeconds(1), null);
        PhaseConfig<?> placeDelegations = config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof ConstructionHeuristicPhaseConfig ch
                        && ch.getEntityPlacerConfig() instanceof QueuedEntityPlacerConfig placer
                        && placer.getEntitySelectorConfig().getEntityClass() == Delegation.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the solver configuration does not place delegations"));
        this.solutionManager = SolutionManager.create(SolverFactory.create(config.withPhases(placeDelegations)));
    }

    /** The late registrants among the disruptions: the teachers of every TEACHERS_ADDED. */
    public static List<Teacher> registrants(Disruptions disruptions) {
        return disruptions.ofType(Disruption.TeachersAdded.class).stream()
                .flatMap(added -> added.teachers().stream()).toList();
    }

    /**
     * The model of the plan with the late registrants of the disruptions added, cohorts frozen as of their "now";
     * the other disruptions are not applied.
     */
    public static TrainingPlan withRegistrants(TrainingProblem problem, PlanReport plan, Disruptions disruptions) {
        return withRegistrants(DisruptionEffects.asOf(problem, disruptions.now()), plan, registrants(disruptions));
    }

    /** The model of the plan with the registrants added to the problem (those already in it are kept as they are). */
    public static TrainingPlan withRegistrants(TrainingProblem problem, PlanReport plan, List<Teacher> registrants) {
        Set<String> known = new HashSet<>();
        problem.teachers().forEach(t -> known.add(t.id()));
        List<Teacher> teachers = new ArrayList<>(problem.teachers());
        registrants.stream().filter(t -> known.add(t.id())).forEach(teachers::add);
        TrainingPlan model = PlanRestorer.restore(problem.withTeachers(teachers), plan);
        if (problem.programme().now() != null) {
            Pinning.pin(model);
        }
        return model;
    }

    /**
     * The {@code count} best cohorts for each registrant's delegation, best first.
     *
     * @param model from {@link #withRegistrants}
     * @throws IllegalArgumentException if a registrant is already placed in the plan
     */
    public List<Recommendation> recommend(TrainingPlan model, List<String> registrantIds, int count) {
        List<Recommendation> recommendations = new ArrayList<>();
        HardMediumSoftLongScore current = solutionManager.update(model);
        Set<Delegation> done = new HashSet<>();
        for (String teacherId : registrantIds) {
            Delegation delegation = model.getDelegations().stream()
                    .filter(d -> d.getTeachers().stream().anyMatch(t -> t.id().equals(teacherId)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown teacher " + teacherId));
            if (delegation.getCohort() != null) {
                throw new IllegalArgumentException("teacher " + teacherId + " is already in cohort "
                        + delegation.getCohort().getId());
            }
            if (!done.add(delegation)) {
                continue;
            }
            List<RecommendedAssignment<Cohort, HardMediumSoftLongScore>> fits = solutionManager.recommendAssignment(
                    model, delegation, Delegation::getCohort, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            fits.stream()
                    .filter(fit -> fit.proposition() != null)
                    .limit(count)
                    .forEach(fit -> recommendations.add(recommendation(delegation, fit, current)));
        }
        return recommendations;
    }

    private static Recommendation recommendation(Delegation delegation,
            RecommendedAssignment<Cohort, HardMediumSoftLongScore> fit, HardMediumSoftLongScore current) {
        Cohort cohort = fit.proposition();
        HardMediumSoftLongScore diff = fit.scoreAnalysisDiff().score();
        HardMediumSoftLongScore after = current.add(diff);
        return new Recommendation(delegation.getTeachers().stream().map(Teacher::id).toList(), cohort.getId(),
                cohort.getTrainer() == null ? null : cohort.getTrainer().id(),
                cohort.getVenue() == null ? null : cohort.getVenue().id(), cohort.getDistrictId(),
                cohort.getSchedule() == null ? null : cohort.getSchedule().firstDate(), diff.toString(),
                after.toString(), after.isFeasible());
    }
}

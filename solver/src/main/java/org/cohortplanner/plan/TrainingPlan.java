package org.cohortplanner.plan;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.cohortplanner.problem.TrainingProblem;

/** The solver's view of a problem: the submitted facts, and cohorts and delegations to decide on. */
@PlanningSolution
public class TrainingPlan {

    @ProblemFactProperty
    private TrainingProblem problem;
    @ProblemFactProperty
    private PlanningContext context;
    @PlanningEntityCollectionProperty
    private List<Cohort> cohorts;
    @PlanningEntityCollectionProperty
    private List<Delegation> delegations;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public TrainingPlan() {
    }

    public TrainingPlan(TrainingProblem problem, PlanningContext context, List<Cohort> cohorts,
            List<Delegation> delegations, ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.problem = problem;
        this.context = context;
        this.cohorts = cohorts;
        this.delegations = delegations;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public TrainingProblem getProblem() {
        return problem;
    }

    public PlanningContext getContext() {
        return context;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    public List<Delegation> getDelegations() {
        return delegations;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}

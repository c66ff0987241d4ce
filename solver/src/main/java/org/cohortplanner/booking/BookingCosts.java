package org.cohortplanner.booking;

import static org.cohortplanner.constraints.ConstraintNames.*;

import java.util.HashMap;
import java.util.Map;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.constraints.CohortPlannerConstraints;
import org.cohortplanner.constraints.SoftWeights;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanningContext;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * What a booking adds to the soft score, priced as the constraints price it with the weights in force: fees,
 * trainer travel, rent, substitutes, late completion and the trainer's workload, and, when re-planning, each
 * change against the published cohort.
 */
final class BookingCosts {

    private final PlanningContext context;
    private final long fee;
    private final long trainerTravel;
    private final long rent;
    private final long substitutes;
    private final long late;
    private final long workload;
    private final long schoolShareAway;
    private final long teacherTravel;
    private final long belowIdeal;
    private final long teamSplit;
    private final long datesChanged;
    private final long trainerChanged;
    private final long venueChanged;
    private final Map<Trainer, Map<String, Long>> travelByTrainerAndDistrict = new HashMap<>();

    BookingCosts(TrainingPlan plan) {
        var overrides = plan.getConstraintWeightOverrides();
        this.context = plan.getContext();
        this.fee = SoftWeights.of(overrides, TRAINER_FEES);
        this.trainerTravel = SoftWeights.of(overrides, TRAINER_TRAVEL);
        this.rent = SoftWeights.of(overrides, VENUE_RENT);
        this.substitutes = SoftWeights.of(overrides, SUBSTITUTE_DAYS);
        this.late = SoftWeights.of(overrides, LATE_COMPLETION);
        this.workload = SoftWeights.of(overrides, UNEVEN_WORKLOAD);
        this.schoolShareAway = SoftWeights.of(overrides, SCHOOL_SHARE_AWAY);
        this.teacherTravel = SoftWeights.of(overrides, TEACHER_TRAVEL);
        this.belowIdeal = SoftWeights.of(overrides, COHORT_BELOW_IDEAL);
        this.teamSplit = SoftWeights.of(overrides, SCHOOL_TEAM_SPLIT);
        this.datesChanged = changeWeight(plan, COHORT_DATES_CHANGED);
        this.trainerChanged = changeWeight(plan, COHORT_TRAINER_CHANGED);
        this.venueChanged = changeWeight(plan, COHORT_VENUE_CHANGED);
    }

    private static long changeWeight(TrainingPlan plan, String constraint) {
        var overrides = plan.getConstraintWeightOverrides();
        var override = overrides == null ? null : overrides.getConstraintWeight(constraint);
        return Math.max(0L, (override == null ? CohortPlannerConstraints.MINIMAL_CHANGE_WEIGHTS.get(constraint)
                : override).softScore());
    }

    /** Substitutes and lateness of a cohort of {@code size} teachers on these dates; moving them from published dates. */
    long dates(Cohort cohort, Schedule schedule, int size) {
        long cost = substitutes * schedule.termDays() * size * context.policy().substituteDailyCost()
                + late * Math.max(0, schedule.lastDay() - context.targetEndDay()) * (long) size;
        if (cohort.getPublishedSchedule() != null && !schedule.dates().equals(cohort.getPublishedSchedule().dates())) {
            cost += datesChanged;
        }
        return cost;
    }

    long venue(Cohort cohort, Venue venue, int days) {
        long cost = rent * venue.dailyCost() * days;
        if (cohort.getPublishedVenue() != null && venue != cohort.getPublishedVenue()) {
            cost += venueChanged;
        }
        return cost;
    }

    /** Fee and travel of the trainer, without the workload, which depends on the trainer's other cohorts. */
    long trainer(Cohort cohort, Trainer trainer, int days) {
        long cost = fee * trainer.dailyFee() * days + trainerTravel * travel(cohort, trainer);
        if (cohort.getPublishedTrainer() != null && trainer != cohort.getPublishedTrainer()) {
            cost += trainerChanged;
        }
        return cost;
    }

    private long travel(Cohort cohort, Trainer trainer) {
        if (trainer.homeDistrictId().equals(cohort.getDistrictId())) {
            return 0L;
        }
        return travelByTrainerAndDistrict.computeIfAbsent(trainer, t -> new HashMap<>()).computeIfAbsent(
                cohort.getDistrictId(), district -> context.awayCost(context.geography().route(trainer.homeDistrictId(), cohort.getDistrictId()),
                        cohort.getCourse().blockDays().size(), cohort.days(), context.policy().trainerPerDiem()));
    }

    /** Teacher-days beyond the schools' quotas of teachers away at once, weighed. */
    long schoolShareAway(long excessTeacherDays) {
        return schoolShareAway * excessTeacherDays;
    }

    /** A teacher's day of substitutes, weighed. */
    long substituteDay() {
        return substitutes * context.policy().substituteDailyCost();
    }

    /** The uneven-workload penalty of a trainer with {@code days} teaching days. */
    long workload(int days) {
        return workload * days * (long) days;
    }

    /** A delegation's travel to a cohort's district and back, weighed. */
    long teacherTravel(Delegation delegation, Cohort cohort) {
        if (delegation.getDistrictId().equals(cohort.getDistrictId())) {
            return 0L;
        }
        return teacherTravel * delegation.getSize() * context.awayCost(delegation.routeTo(cohort),
                cohort.getCourse().blockDays().size(), cohort.days(), context.policy().teacherPerDiem());
    }

    /** The seats below the ideal size of a cohort of {@code size} teachers, weighed; nothing for an empty one. */
    long belowIdeal(Cohort cohort, int size) {
        return size == 0 ? 0L : belowIdeal * Math.max(0, cohort.getCourse().idealSize() - size);
    }

    /** One more cohort that a school team is split over, weighed. */
    long teamSplit() {
        return teamSplit;
    }
}

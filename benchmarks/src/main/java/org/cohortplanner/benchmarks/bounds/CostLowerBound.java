package org.cohortplanner.benchmarks.bounds;

import static org.cohortplanner.constraints.ConstraintNames.COHORT_BELOW_IDEAL;
import static org.cohortplanner.constraints.ConstraintNames.LATE_COMPLETION;
import static org.cohortplanner.constraints.ConstraintNames.SCHOOL_TEAM_SPLIT;
import static org.cohortplanner.constraints.ConstraintNames.SUBSTITUTE_DAYS;
import static org.cohortplanner.constraints.ConstraintNames.TEACHER_TRAVEL;
import static org.cohortplanner.constraints.ConstraintNames.TRAINER_FEES;
import static org.cohortplanner.constraints.ConstraintNames.TRAINER_TRAVEL;
import static org.cohortplanner.constraints.ConstraintNames.UNEVEN_WORKLOAD;
import static org.cohortplanner.constraints.ConstraintNames.VENUE_RENT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.calendar.ScheduleFactory;
import org.cohortplanner.constraints.SoftWeights;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanningContext;
import org.cohortplanner.plan.SchoolTeam;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Venue;

/**
 * A component-wise combinatorial lower bound on the soft penalty of any feasible plan that places every
 * teacher whose dates follow the course's layout (as every plan of the solver does). It reads the problem's facts
 * and the model's delegations, calendar and travel times ({@code PlanFactory.create}). Every term is the
 * least that one soft constraint can cost given only the hard rules it depends on; the terms are added, which
 * is sound because each term is a lower bound of its own constraint in every such plan. README, "Lower
 * bounds", gives the derivation of each term.
 */
public final class CostLowerBound {

    private CostLowerBound() {
    }

    public static CostBound of(TrainingPlan plan) {
        Map<String, Long> terms = new LinkedHashMap<>();
        for (String name : List.of(TRAINER_FEES, TRAINER_TRAVEL, VENUE_RENT, TEACHER_TRAVEL, SUBSTITUTE_DAYS,
                SCHOOL_TEAM_SPLIT, COHORT_BELOW_IDEAL, LATE_COMPLETION, UNEVEN_WORKLOAD)) {
            terms.put(name, 0L);
        }
        TrainingProblem problem = plan.getProblem();
        PlanningContext context = plan.getContext();
        ScheduleFactory scheduleFactory = new ScheduleFactory(context.calendar());
        Map<String, List<Delegation>> groups = new LinkedHashMap<>();
        for (Delegation delegation : plan.getDelegations()) {
            groups.computeIfAbsent(delegation.getTrack() + "/" + delegation.getLanguage(), k -> new ArrayList<>())
                    .add(delegation);
        }
        int placeable = 0;
        long totalTeachingDays = 0;
        for (List<Delegation> members : groups.values()) {
            String track = members.get(0).getTrack();
            String language = members.get(0).getLanguage();
            Course course = problem.courses().stream().filter(c -> c.track().equals(track)).findFirst().orElse(null);
            List<Trainer> qualified = problem.trainers().stream()
                    .filter(t -> t.isQualifiedFor(track, language)).toList();
            if (course == null || qualified.isEmpty()) {
                continue; // nobody can train these teachers
            }
            Map<Delegation, List<Venue>> venuesInReach = new LinkedHashMap<>();
            for (Delegation delegation : members) {
                List<Venue> venues = problem.venues().stream()
                        .filter(v -> v.canHost(track) && context.geography().minutes(delegation.getDistrictId(),
                                v.districtId()) <= context.policy().maxTravelMinutes())
                        .toList();
                if (!venues.isEmpty()) {
                    venuesInReach.put(delegation, venues);
                }
            }
            Set<Venue> venues = new LinkedHashSet<>();
            venuesInReach.values().forEach(venues::addAll);
            int teachers = venuesInReach.keySet().stream().mapToInt(Delegation::getSize).sum();
            int capacity = Math.min(course.maxSize(), venues.stream().mapToInt(Venue::seats).max().orElse(0));
            if (teachers == 0 || capacity <= 0) {
                continue;
            }
            placeable += teachers;
            int cohorts = ceilDiv(teachers, capacity);
            int days = course.inPersonDays();
            totalTeachingDays += (long) cohorts * days;

            Set<String> districts = new LinkedHashSet<>();
            venues.forEach(v -> districts.add(v.districtId()));
            long[] trainerCosts = cheapestTrainerUnits(qualified, districts, course, cohorts, context,
                    softWeight(plan, TRAINER_FEES), softWeight(plan, TRAINER_TRAVEL));
            terms.merge(TRAINER_FEES, trainerCosts[0], Long::sum);
            terms.merge(TRAINER_TRAVEL, trainerCosts[1], Long::sum);
            long cheapestRent = venues.stream().mapToLong(Venue::dailyCost).min().orElse(0L);
            terms.merge(VENUE_RENT, cohorts * days * cheapestRent, Long::sum);
            terms.merge(COHORT_BELOW_IDEAL, Math.max(0L, (long) cohorts * course.idealSize() - teachers), Long::sum);

            List<Schedule> schedules = scheduleFactory.schedulesFor(course);
            Map<SchoolTeam, Integer> teamSizes = new LinkedHashMap<>();
            venuesInReach.forEach((delegation, reachable) -> {
                terms.merge(TEACHER_TRAVEL, cheapestTravel(delegation, reachable, course, context), Long::sum);
                long[] dates = cheapestDates(delegation, schedules, context);
                terms.merge(SUBSTITUTE_DAYS, dates[0], Long::sum);
                terms.merge(LATE_COMPLETION, dates[1], Long::sum);
                teamSizes.merge(delegation.getTeam(), delegation.getSize(), Integer::sum);
            });
            for (int size : teamSizes.values()) {
                terms.merge(SCHOOL_TEAM_SPLIT, (long) ceilDiv(size, capacity) - 1, Long::sum);
            }
        }
        int trainers = problem.trainers().size();
        if (trainers > 0) {
            // Cauchy-Schwarz: the sum of squares of the trainers' days is least when the days are spread evenly.
            terms.put(UNEVEN_WORKLOAD, totalTeachingDays * totalTeachingDays / trainers);
        }
        Map<String, Long> weighted = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> term : terms.entrySet()) {
            long value = term.getValue() * softWeight(plan, term.getKey());
            weighted.put(term.getKey(), value);
            total += value;
        }
        return new CostBound(total, weighted, placeable);
    }

    /**
     * The {@code cohorts} cheapest trainer assignments for one group: a trainer teaches at most
     * {@code maxDays / days} cohorts and costs at least its fee plus the cheapest trip to a district with a
     * venue in reach. Capacity is shared only within the group (sharing across groups could only raise the
     * bound). The assignments are ranked by their weighted cost, so the pick is cheapest for the weights in force.
     *
     * @return fees and travel of the cheapest assignments, unweighted
     */
    private static long[] cheapestTrainerUnits(List<Trainer> qualified, Set<String> districts, Course course,
            int cohorts, PlanningContext context, long feeWeight, long travelWeight) {
        int days = course.inPersonDays();
        List<long[]> units = new ArrayList<>();
        for (Trainer trainer : qualified) {
            long travel = Long.MAX_VALUE;
            for (String district : districts) {
                long cost = trainer.homeDistrictId().equals(district) ? 0L
                        : context.awayCost(context.geography().route(trainer.homeDistrictId(), district),
                                course.blockDays().size(), days, context.policy().trainerPerDiem());
                travel = Math.min(travel, cost);
            }
            int times = trainer.maxDays() / days;
            for (int i = 0; i < Math.min(times, cohorts); i++) {
                units.add(new long[] {trainer.dailyFee() * days, travel});
            }
        }
        units.sort((a, b) -> Long.compare(feeWeight * a[0] + travelWeight * a[1],
                feeWeight * b[0] + travelWeight * b[1]));
        long fees = 0;
        long travel = 0;
        for (int i = 0; i < Math.min(cohorts, units.size()); i++) {
            fees += units.get(i)[0];
            travel += units.get(i)[1];
        }
        return new long[] {fees, travel};
    }

    private static long cheapestTravel(Delegation delegation, List<Venue> venues, Course course,
            PlanningContext context) {
        long cheapest = Long.MAX_VALUE;
        for (Venue venue : venues) {
            long cost = delegation.getDistrictId().equals(venue.districtId()) ? 0L
                    : delegation.getSize() * context.awayCost(
                            context.geography().route(delegation.getDistrictId(), venue.districtId()),
                            course.blockDays().size(), course.inPersonDays(), context.policy().teacherPerDiem());
            cheapest = Math.min(cheapest, cost);
        }
        return cheapest;
    }

    /**
     * The least substitute cost and the fewest late teacher-days of the delegation, each over the schedules it
     * can attend (none of its unavailable days). Each minimum is taken on its own, so their sum stays a bound
     * whatever the two weights.
     */
    private static long[] cheapestDates(Delegation delegation, List<Schedule> schedules, PlanningContext context) {
        long substitutes = Long.MAX_VALUE;
        long late = Long.MAX_VALUE;
        for (Schedule schedule : schedules) {
            if (schedule.days().intersects(delegation.getUnavailableDays())) {
                continue;
            }
            substitutes = Math.min(substitutes,
                    (long) schedule.termDays() * delegation.getSize() * context.policy().substituteDailyCost());
            late = Math.min(late,
                    (long) Math.max(0, schedule.lastDay() - context.targetEndDay()) * delegation.getSize());
        }
        return substitutes == Long.MAX_VALUE ? new long[] {0L, 0L} : new long[] {substitutes, late};
    }

    static long softWeight(TrainingPlan plan, String constraint) {
        return SoftWeights.of(plan.getConstraintWeightOverrides(), constraint);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

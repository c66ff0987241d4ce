package org.cohortplanner.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.calendar.ScheduleFactory;
import org.cohortplanner.calendar.WorkingCalendar;
import org.cohortplanner.constraints.ConstraintNames;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * Turns a submitted problem into the solver's model: schedules per course, delegations of
 * interchangeable teachers, and enough cohort slots in every district with a venue.
 * <p>
 * A cohort slot belongs to one district, so teacher travel is known from the slot alone and every
 * delegation can be limited to the slots within the policy's travel limit. Each district gets one slot
 * per ideal-size group of the teachers nearest to it, plus one spare.
 */
public final class PlanFactory {

    private PlanFactory() {
    }

    public static TrainingPlan create(TrainingProblem problem) {
        return create(problem, Map.of());
    }

    /**
     * The model for a problem whose teachers already sit in cohorts (a published or imported plan): teachers
     * of different cohorts never share a delegation, so the prior assignment can be restored exactly.
     *
     * @param cohortIdByTeacher the prior cohort of each placed teacher, by teacher id
     */
    public static TrainingPlan create(TrainingProblem problem, Map<String, String> cohortIdByTeacher) {
        Policy policy = problem.policy();
        Geography geography = Geography.of(problem.districts(), problem.travel(), policy);
        WorkingCalendar calendar = WorkingCalendar.of(problem.programme(), problem.calendar());
        PlanningContext context = new PlanningContext(problem.programme(), policy, geography, calendar);

        ScheduleFactory scheduleFactory = new ScheduleFactory(calendar);
        Map<String, Course> courseByTrack = new LinkedHashMap<>();
        Map<String, List<Schedule>> schedulesByTrack = new HashMap<>();
        for (Course course : problem.courses()) {
            courseByTrack.put(course.track(), course);
            schedulesByTrack.put(course.track(), scheduleFactory.schedulesFor(course));
        }

        List<Delegation> delegations = delegations(problem, context, courseByTrack, cohortIdByTeacher);
        List<Cohort> cohorts = new ArrayList<>();
        Map<String, List<Delegation>> delegationsByGroup = delegations.stream()
                .collect(Collectors.groupingBy(d -> d.getTrack() + "/" + d.getLanguage(), LinkedHashMap::new,
                        Collectors.toList()));
        for (List<Delegation> group : delegationsByGroup.values()) {
            String track = group.get(0).getTrack();
            String language = group.get(0).getLanguage();
            Course course = courseByTrack.get(track);
            if (course == null) {
                continue;
            }
            List<Cohort> groupCohorts = cohortSlots(problem, context, course, language, group,
                    schedulesByTrack.get(track));
            cohorts.addAll(groupCohorts);
            for (Delegation delegation : group) {
                delegation.getReachableCohorts().addAll(groupCohorts.stream()
                        .filter(c -> geography.minutes(delegation.getDistrictId(), c.getDistrictId())
                                <= policy.maxTravelMinutes())
                        .sorted(Comparator.comparingInt(
                                (Cohort c) -> geography.minutes(delegation.getDistrictId(), c.getDistrictId()))
                                .thenComparing(Cohort::getId))
                        .toList());
            }
        }
        if (problem.plansDeliveries()) {
            Logistics logistics = Logistics.of(problem, geography);
            Map<String, List<DeliveryOption>> optionsByLanguage = new HashMap<>();
            for (Cohort cohort : cohorts) {
                cohort.offerDeliveries(optionsByLanguage.computeIfAbsent(cohort.getLanguage(),
                        language -> logistics.optionsFor(language, problem.printHouses(), problem.vehicles())));
            }
        }
        return new TrainingPlan(problem, context, cohorts, delegations, weightOverrides(policy));
    }

    private static List<Delegation> delegations(TrainingProblem problem, PlanningContext context,
            Map<String, Course> courseByTrack, Map<String, String> cohortIdByTeacher) {
        Policy policy = context.policy();
        Map<String, School> schoolById = problem.schools().stream()
                .collect(Collectors.toMap(School::id, Function.identity()));
        Map<String, Long> enrolledBySchool = problem.teachers().stream()
                .collect(Collectors.groupingBy(Teacher::schoolId, Collectors.counting()));
        Map<String, SchoolQuota> quotaBySchool = new HashMap<>();
        // Teachers of one school, track and language with the same unavailable dates are interchangeable.
        Map<List<Object>, List<Teacher>> interchangeable = new LinkedHashMap<>();
        for (Teacher teacher : problem.teachers()) {
            interchangeable.computeIfAbsent(
                    List.of(teacher.schoolId(), teacher.track(), teacher.language(), teacher.unavailable(),
                            cohortIdByTeacher.getOrDefault(teacher.id(), "")),
                    key -> new ArrayList<>()).add(teacher);
        }
        List<Delegation> delegations = new ArrayList<>();
        Map<String, Integer> sequenceByTeam = new HashMap<>();
        for (List<Teacher> teachers : interchangeable.values()) {
            Teacher first = teachers.get(0);
            School school = schoolById.get(first.schoolId());
            SchoolQuota quota = quotaBySchool.computeIfAbsent(school.id(), id -> {
                long staff = school.staff() > 0 ? school.staff() : enrolledBySchool.get(id);
                return new SchoolQuota(id, (int) Math.max(1, Math.floor(policy.maxShareAway() * staff)));
            });
            Course course = courseByTrack.get(first.track());
            int chunk = Math.max(1, Math.min(policy.maxDelegationSize(),
                    Math.min(quota.maxAway(), course == null ? Integer.MAX_VALUE : course.maxSize())));
            SchoolTeam team = new SchoolTeam(school.id(), first.track(), first.language());
            DaySet unavailable = unavailableDays(first.unavailable(), context.calendar());
            for (int from = 0; from < teachers.size(); from += chunk) {
                int sequence = sequenceByTeam.merge(team.toString(), 1, Integer::sum);
                String id = "D-" + school.id() + "-" + first.track() + "-" + first.language() + "-" + sequence;
                delegations.add(new Delegation(id, school, first.track(), first.language(),
                        teachers.subList(from, Math.min(teachers.size(), from + chunk)), unavailable, team, quota,
                        context, new ArrayList<>()));
            }
        }
        return delegations;
    }

    private static DaySet unavailableDays(List<DateRange> ranges, WorkingCalendar calendar) {
        List<Integer> days = new ArrayList<>();
        for (DateRange range : ranges) {
            for (var date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
                int day = calendar.dayIndex(date);
                if (day >= 0 && day < calendar.dayCount()) {
                    days.add(day);
                }
            }
        }
        return days.isEmpty() ? DaySet.EMPTY : DaySet.of(days.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<Cohort> cohortSlots(TrainingProblem problem, PlanningContext context, Course course,
            String language, List<Delegation> group, List<Schedule> schedules) {
        Geography geography = context.geography();
        Map<String, List<Venue>> venuesByDistrict = problem.venues().stream()
                .filter(v -> v.canHost(course.track()))
                .collect(Collectors.groupingBy(Venue::districtId, LinkedHashMap::new, Collectors.toList()));
        List<Trainer> qualified = problem.trainers().stream()
                .filter(t -> t.isQualifiedFor(course.track(), language))
                .toList();
        if (qualified.isEmpty()) {
            return List.of(); // nobody can teach these teachers: they stay unplaced, with that reason
        }
        Map<String, Integer> demandByDistrict = new LinkedHashMap<>();
        for (Delegation delegation : group) {
            venuesByDistrict.keySet().stream()
                    .filter(d -> geography.minutes(delegation.getDistrictId(), d)
                            <= context.policy().maxTravelMinutes())
                    .min(Comparator.comparingInt((String d) -> geography.minutes(delegation.getDistrictId(), d))
                            .thenComparing(Comparator.naturalOrder()))
                    .ifPresent(nearest -> demandByDistrict.merge(nearest, delegation.getSize(), Integer::sum));
        }
        List<Cohort> cohorts = new ArrayList<>();
        demandByDistrict.forEach((districtId, demand) -> {
            int slots = (demand + course.idealSize() - 1) / course.idealSize() + 1;
            for (int i = 1; i <= slots; i++) {
                String id = "C-" + course.track() + "-" + language + "-" + districtId + "-" + i;
                cohorts.add(new Cohort(id, course.track(), language, districtId, course, context, qualified,
                        venuesByDistrict.get(districtId), schedules));
            }
        });
        return cohorts;
    }

    private static ConstraintWeightOverrides<HardMediumSoftLongScore> weightOverrides(Policy policy) {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        if (!policy.keepSchoolTeams()) {
            weights.put(ConstraintNames.SCHOOL_TEAM_SPLIT, HardMediumSoftLongScore.ZERO);
        }
        policy.weights().forEach((name, weight) -> weights.put(name, Weights.parse(Objects.requireNonNull(weight))));
        return ConstraintWeightOverrides.of(weights);
    }
}

package org.cohortplanner.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanningContext;
import org.cohortplanner.plan.TrainingPlan;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Trainer;

/**
 * Says in plain words why a teacher is not in any cohort, checking the causes from the most basic (no
 * course, no trainer) to the least (every cohort in reach is full).
 */
public final class UnplacedReasons {

    private final TrainingPlan plan;
    private final PlanningContext context;
    private final Map<String, String> districtNames;
    private final Map<String, Course> courses;

    public UnplacedReasons(TrainingPlan plan) {
        this.plan = plan;
        this.context = plan.getContext();
        this.districtNames = plan.getProblem().districts().stream()
                .collect(Collectors.toMap(District::id, District::name));
        this.courses = plan.getProblem().courses().stream().collect(Collectors.toMap(Course::track, c -> c));
    }

    public String reason(Delegation delegation) {
        String track = delegation.getTrack();
        String language = delegation.getLanguage();
        String district = districtNames.getOrDefault(delegation.getDistrictId(), delegation.getDistrictId());
        Course course = courses.get(track);
        if (course == null) {
            return "no course is defined for track " + track;
        }
        List<Trainer> qualified = plan.getProblem().trainers().stream()
                .filter(t -> t.isQualifiedFor(track, language)).toList();
        if (qualified.isEmpty()) {
            return "no trainer teaches " + track + " in " + language;
        }
        int maxMinutes = context.policy().maxTravelMinutes();
        if (delegation.getReachableCohorts().isEmpty()) {
            return "no venue hosting " + track + " within " + maxMinutes + " minutes of " + district;
        }
        List<Schedule> schedules = delegation.getReachableCohorts().get(0).getSchedules();
        if (schedules.stream().noneMatch(s -> qualified.stream().anyMatch(t -> availableThroughout(t, s)))) {
            return "no trainer who teaches " + track + " in " + language + " is free for a whole course in "
                    + district + " before " + context.programme().horizonEnd();
        }
        if (schedules.stream().allMatch(s -> s.days().intersects(delegation.getUnavailableDays()))) {
            return "unavailable on some day of every possible course date";
        }
        int reachableTeachers = teachersWithinReach(delegation);
        if (reachableTeachers < course.minSize()) {
            return "only " + reachableTeachers + " teachers of " + track + " in " + language + " within "
                    + maxMinutes + " minutes of " + district + ", fewer than the minimum group of "
                    + course.minSize();
        }
        int demandDays = demandDays(track, language, course);
        int capacityDays = qualified.stream().mapToInt(Trainer::maxDays).sum();
        if (demandDays > capacityDays) {
            return "the " + qualified.size() + " trainers who teach " + track + " in " + language
                    + " have " + capacityDays + " teaching days, and these teachers need " + demandDays;
        }
        return "every cohort of " + track + " in " + language + " within " + maxMinutes + " minutes of " + district
                + " is full or cannot take more teachers without breaking a hard rule";
    }

    private static boolean availableThroughout(Trainer trainer, Schedule schedule) {
        return schedule.dates().stream().allMatch(trainer::isAvailableOn);
    }

    /** The most teachers of the same track and language who could meet this delegation at one venue district. */
    private int teachersWithinReach(Delegation delegation) {
        Set<String> districts = delegation.getReachableCohorts().stream().map(Cohort::getDistrictId)
                .collect(Collectors.toSet());
        Map<String, Integer> teachersByDistrict = new HashMap<>();
        for (Delegation other : plan.getDelegations()) {
            if (!other.getTrack().equals(delegation.getTrack()) || !other.getLanguage().equals(delegation.getLanguage())) {
                continue;
            }
            for (String district : districts) {
                if (context.geography().minutes(other.getDistrictId(), district) <= context.policy().maxTravelMinutes()) {
                    teachersByDistrict.merge(district, other.getSize(), Integer::sum);
                }
            }
        }
        return teachersByDistrict.values().stream().max(Comparator.naturalOrder()).orElse(0);
    }

    /** Trainer-days needed to train every teacher of a track and language in groups of ideal size. */
    private int demandDays(String track, String language, Course course) {
        int teachers = plan.getDelegations().stream()
                .filter(d -> d.getTrack().equals(track) && d.getLanguage().equals(language))
                .mapToInt(Delegation::getSize).sum();
        int cohorts = (teachers + course.maxSize() - 1) / course.maxSize();
        return cohorts * course.inPersonDays();
    }
}

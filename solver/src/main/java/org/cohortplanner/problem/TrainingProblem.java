package org.cohortplanner.problem;

import java.util.List;

/** A problem as submitted by a planner: facts only, linked by ids. */
public record TrainingProblem(Programme programme, List<CalendarEntry> calendar, List<District> districts,
        List<TravelLink> travel, List<School> schools, List<Teacher> teachers, List<Trainer> trainers,
        List<Venue> venues, List<Course> courses, Policy policy) {

    public TrainingProblem {
        calendar = List.copyOf(calendar);
        districts = List.copyOf(districts);
        travel = List.copyOf(travel);
        schools = List.copyOf(schools);
        teachers = List.copyOf(teachers);
        trainers = List.copyOf(trainers);
        venues = List.copyOf(venues);
        courses = List.copyOf(courses);
    }
}

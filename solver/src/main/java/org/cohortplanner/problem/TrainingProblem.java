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

    public TrainingProblem withProgramme(Programme newProgramme) {
        return new TrainingProblem(newProgramme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy);
    }

    public TrainingProblem withCalendar(List<CalendarEntry> newCalendar) {
        return new TrainingProblem(programme, newCalendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy);
    }

    public TrainingProblem withTeachers(List<Teacher> newTeachers) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, newTeachers, trainers, venues,
                courses, policy);
    }

    public TrainingProblem withTrainers(List<Trainer> newTrainers) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, newTrainers, venues,
                courses, policy);
    }

    public TrainingProblem withVenues(List<Venue> newVenues) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, newVenues,
                courses, policy);
    }

    public TrainingProblem withPolicy(Policy newPolicy) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, newPolicy);
    }
}

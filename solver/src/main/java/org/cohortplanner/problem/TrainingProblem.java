package org.cohortplanner.problem;

import java.util.List;

/**
 * A problem as submitted by a planner: facts only, linked by ids. Without print houses and vehicles the
 * printed-material logistics are left out of the plan.
 */
public record TrainingProblem(Programme programme, List<CalendarEntry> calendar, List<District> districts,
        List<TravelLink> travel, List<School> schools, List<Teacher> teachers, List<Trainer> trainers,
        List<Venue> venues, List<Course> courses, Policy policy, List<PrintHouse> printHouses,
        List<Vehicle> vehicles, List<Hub> hubs) {

    /** A problem without printed-material logistics. */
    public TrainingProblem(Programme programme, List<CalendarEntry> calendar, List<District> districts,
            List<TravelLink> travel, List<School> schools, List<Teacher> teachers, List<Trainer> trainers,
            List<Venue> venues, List<Course> courses, Policy policy) {
        this(programme, calendar, districts, travel, schools, teachers, trainers, venues, courses, policy, List.of(),
                List.of(), List.of());
    }

    public TrainingProblem {
        calendar = List.copyOf(calendar);
        districts = List.copyOf(districts);
        travel = List.copyOf(travel);
        schools = List.copyOf(schools);
        teachers = List.copyOf(teachers);
        trainers = List.copyOf(trainers);
        venues = List.copyOf(venues);
        courses = List.copyOf(courses);
        printHouses = printHouses == null ? List.of() : List.copyOf(printHouses);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        hubs = hubs == null ? List.of() : List.copyOf(hubs);
    }

    /** Whether kits are planned: there is somewhere to print them and something to carry them. */
    public boolean plansDeliveries() {
        return !printHouses.isEmpty() && !vehicles.isEmpty();
    }

    public TrainingProblem withProgramme(Programme newProgramme) {
        return new TrainingProblem(newProgramme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy, printHouses, vehicles, hubs);
    }

    public TrainingProblem withCalendar(List<CalendarEntry> newCalendar) {
        return new TrainingProblem(programme, newCalendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy, printHouses, vehicles, hubs);
    }

    public TrainingProblem withTeachers(List<Teacher> newTeachers) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, newTeachers, trainers, venues,
                courses, policy, printHouses, vehicles, hubs);
    }

    public TrainingProblem withTrainers(List<Trainer> newTrainers) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, newTrainers, venues,
                courses, policy, printHouses, vehicles, hubs);
    }

    public TrainingProblem withVenues(List<Venue> newVenues) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, newVenues,
                courses, policy, printHouses, vehicles, hubs);
    }

    public TrainingProblem withLogistics(List<PrintHouse> newPrintHouses, List<Vehicle> newVehicles, List<Hub> newHubs) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy, newPrintHouses, newVehicles, newHubs);
    }

    public TrainingProblem withPolicy(Policy newPolicy) {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, newPolicy, printHouses, vehicles, hubs);
    }
}

package org.cohortplanner.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Venue;

/** Problems small enough to find their optimum by trying every plan. */
public final class TinyProblems {

    private TinyProblems() {
    }

    /**
     * Two districts 40 minutes apart; 5 teachers of one track in 3 delegations (one teacher cannot come in the
     * first week); groups of 2 to 4; two trainers and a venue in each district; four one-week start dates, the
     * last in the school holidays.
     */
    public static TrainingProblem tinyProblem(Policy policy) {
        LocalDate start = LocalDate.of(2025, 9, 1);
        Programme programme = new Programme("TINY", "Tiny", start, LocalDate.of(2025, 9, 26), "KGS", null, null, 0);
        List<CalendarEntry> calendar = List.of(new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY,
                new DateRange(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 26)), null, "Break"));
        List<District> districts = List.of(new District("A", "A", "R", 40.50, 72.80),
                new District("B", "B", "R", 40.60, 73.10));
        List<TravelLink> travel = List.of(new TravelLink("A", "B", 40, 30.0));
        List<School> schools = List.of(new School("S1", "School 1", "A", Set.of("ky"), 10),
                new School("S2", "School 2", "B", Set.of("ky"), 10));
        List<Teacher> teachers = List.of(
                new Teacher("T1", "S1", "MATH", "ky", null, null, List.of()),
                new Teacher("T2", "S1", "MATH", "ky", null, null, List.of()),
                new Teacher("T3", "S1", "MATH", "ky", null, null, List.of(DateRange.day(start))),
                new Teacher("T4", "S2", "MATH", "ky", null, null, List.of()),
                new Teacher("T5", "S2", "MATH", "ky", null, null, List.of()));
        List<Trainer> trainers = List.of(
                new Trainer("TR1", "Trainer 1", "A", Set.of("ky"), Set.of("MATH"), null, List.of(), 10, 1000),
                new Trainer("TR2", "Trainer 2", "B", Set.of("ky"), Set.of("MATH"), null, List.of(), 10, 1500));
        List<Venue> venues = List.of(new Venue("VA", "Venue A", "A", 4, Set.of("MATH"), null, null, 500),
                new Venue("VB", "Venue B", "B", 4, Set.of("MATH"), null, null, 300));
        List<Course> courses = List.of(new Course("MATH", 12, 6, List.of(2), 0, 0, 0, 2, 3, 4));
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy);
    }

    /**
     * The tiny problem with a course of two one-day blocks 7 to 14 days apart, so that most start weeks have two
     * layouts (the second block one or two weeks later); five weeks, the last two in the school holidays.
     */
    public static TrainingProblem twoBlockProblem(Policy policy, int trainers) {
        TrainingProblem tiny = tinyProblem(policy);
        LocalDate start = LocalDate.of(2025, 9, 1);
        Programme programme = new Programme("TINY2", "Tiny, two blocks", start, LocalDate.of(2025, 10, 3), "KGS",
                null, null, 0);
        List<CalendarEntry> calendar = List.of(new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY,
                new DateRange(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 3)), null, "Break"));
        List<Course> courses = List.of(new Course("MATH", 12, 6, List.of(1, 1), 7, 14, 0, 2, 3, 4));
        return new TrainingProblem(programme, calendar, tiny.districts(), tiny.travel(), tiny.schools(),
                tiny.teachers(), tiny.trainers().subList(0, trainers), tiny.venues(), courses, policy);
    }

}

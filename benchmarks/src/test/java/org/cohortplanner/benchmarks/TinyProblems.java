package org.cohortplanner.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * The two-block course in two districts that teachers cannot travel between (the travel limit is below the
     * 40 minutes between them): {@code teachersInA} teachers and one venue in A, {@code teachersInB} and
     * {@code venuesInB} venues in B, one trainer in each; the last two of the five weeks are school holidays.
     */
    public static TrainingProblem twoDistrictsApartProblem(int teachersInA, int teachersInB, int venuesInB) {
        return twoDistrictsApartProblem(teachersInA, teachersInB, 1, venuesInB, false);
    }

    /**
     * As above with {@code venuesInA} venues in A, and with {@code scienceRoomInA} one more room in A that hosts
     * science only (so no cohort of this course).
     */
    public static TrainingProblem twoDistrictsApartProblem(int teachersInA, int teachersInB, int venuesInA,
            int venuesInB, boolean scienceRoomInA) {
        Policy defaults = Policy.defaults();
        Policy policy = new Policy(30, 1.0, defaults.maxDelegationSize(), defaults.trainerTransferMinutes(),
                defaults.bufferDays(), defaults.teacherPerDiem(), defaults.trainerPerDiem(),
                defaults.travelCostPerKm(), defaults.substituteDailyCost(), true, defaults.roadFactor(),
                defaults.averageSpeedKmh(), Map.of());
        TrainingProblem twoBlocks = twoBlockProblem(policy, 2);
        List<School> schools = List.of(new School("S1", "School 1", "A", Set.of("ky"), 40),
                new School("S2", "School 2", "B", Set.of("ky"), 40));
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= teachersInA + teachersInB; i++) {
            teachers.add(new Teacher("T" + i, i <= teachersInA ? "S1" : "S2", "MATH", "ky", null, null, List.of()));
        }
        List<Venue> venues = new ArrayList<>();
        for (int v = 1; v <= venuesInA; v++) {
            venues.add(new Venue("VA" + v, "Venue A" + v, "A", 4, Set.of("MATH"), null, null, 500 + v));
        }
        if (scienceRoomInA) {
            venues.add(new Venue("VAS", "Science room A", "A", 4, Set.of("SCIENCE"), null, null, 100));
        }
        for (int v = 1; v <= venuesInB; v++) {
            venues.add(new Venue("VB" + v, "Venue B" + v, "B", 4, Set.of("MATH"), null, null, 300 + v));
        }
        return new TrainingProblem(twoBlocks.programme(), twoBlocks.calendar(), twoBlocks.districts(),
                twoBlocks.travel(), schools, teachers, twoBlocks.trainers(), venues, twoBlocks.courses(), policy);
    }

    /**
     * Two tracks of the two-block course in district A, which teachers of B cannot reach: 8 science teachers and 2
     * math teachers in A, a room for both tracks and a room for math only in A, a math room in B; two trainers
     * for both tracks. The holidays hold one science cohort in A (one room hosts science), however many rooms the
     * district has.
     */
    public static TrainingProblem twoTracksProblem() {
        TrainingProblem apart = twoDistrictsApartProblem(8, 0, 0, 1, false);
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            teachers.add(new Teacher("T" + i, "S1", i <= 8 ? "SCIENCE" : "MATH", "ky", null, null, List.of()));
        }
        List<Trainer> trainers = apart.trainers().stream().map(t -> new Trainer(t.id(), t.name(), t.homeDistrictId(),
                t.languages(), Set.of("MATH", "SCIENCE"), t.readyFrom(), t.unavailable(), t.maxDays(), t.dailyFee()))
                .toList();
        List<Venue> venues = new ArrayList<>(apart.venues());
        venues.add(new Venue("VAS", "Venue A science", "A", 4, Set.of("MATH", "SCIENCE"), null, null, 500));
        venues.add(new Venue("VAM", "Venue A math", "A", 4, Set.of("MATH"), null, null, 500));
        Course math = apart.courses().get(0);
        List<Course> courses = List.of(math, new Course("SCIENCE", math.totalHours(), math.hoursPerDay(),
                math.blockDays(), math.minGapDays(), math.maxGapDays(), math.onlineHours(), math.minSize(),
                math.idealSize(), math.maxSize()));
        return new TrainingProblem(apart.programme(), apart.calendar(), apart.districts(), apart.travel(),
                apart.schools(), teachers, trainers, venues, courses, apart.policy());
    }
}

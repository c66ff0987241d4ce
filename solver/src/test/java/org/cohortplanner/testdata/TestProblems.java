package org.cohortplanner.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;

/** Small seeded problems for solver tests: a few districts in a row, schools, teachers, trainers, venues. */
public final class TestProblems {

    public static final LocalDate START = LocalDate.of(2023, 3, 13);
    public static final LocalDate END = LocalDate.of(2023, 12, 29);
    public static final List<String> TRACKS = List.of("PRIMARY", "MATH", "SCIENCE");

    private TestProblems() {
    }

    public static Course course(String track) {
        return new Course(track, 72, 6, List.of(4, 4), 14, 42, 24, 8, 20, 25);
    }

    /**
     * @param teachers number of teachers, spread over 4 districts, 3 tracks and 2 languages
     * @param trainersPerTrackAndLanguage trainers qualified for each track and language
     */
    public static TrainingProblem generate(int teachers, int trainersPerTrackAndLanguage, long seed) {
        Random random = new Random(seed);
        List<District> districts = new ArrayList<>();
        List<TravelLink> travel = new ArrayList<>();
        List<Venue> venues = new ArrayList<>();
        List<School> schools = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            String id = "D" + d;
            districts.add(new District(id, "Район " + d, "Region", 40.5 + 0.1 * d, 72.8 + 0.3 * d));
            if (d > 1) {
                travel.add(new TravelLink("D" + (d - 1), id, 60, 45.0));
            }
            venues.add(new Venue("V" + d + "-lab", "Centre " + d, id, 30, Set.copyOf(TRACKS), null, null, 3000));
            venues.add(new Venue("V" + d + "-hall", "School hall " + d, id, 25, Set.of("PRIMARY", "MATH"), null, null,
                    1500));
            for (int s = 1; s <= 3; s++) {
                schools.add(new School("S" + d + s, "School " + d + "-" + s, id, Set.of("ky", "ru"), 60));
            }
        }
        List<Teacher> teacherList = new ArrayList<>();
        for (int i = 1; i <= teachers; i++) {
            School school = schools.get(random.nextInt(schools.size()));
            String track = TRACKS.get(random.nextInt(TRACKS.size()));
            String language = random.nextInt(4) == 0 ? "ru" : "ky";
            teacherList.add(new Teacher(String.format("T%04d", i), school.id(), track, language, null, null,
                    List.of()));
        }
        List<Trainer> trainers = new ArrayList<>();
        int n = 0;
        for (String track : TRACKS) {
            for (String language : List.of("ky", "ru")) {
                for (int t = 0; t < trainersPerTrackAndLanguage; t++) {
                    n++;
                    trainers.add(new Trainer(String.format("TR%02d", n), "Trainer " + n, "D" + (1 + n % 4),
                            Set.of(language), Set.of(track), START.plusWeeks(2), List.of(), 120, 3000));
                }
            }
        }
        List<CalendarEntry> calendar = List.of(
                new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY, DateRange.day(LocalDate.of(2023, 5, 1)), null,
                        "Labour Day"),
                new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY,
                        new DateRange(LocalDate.of(2023, 5, 26), LocalDate.of(2023, 8, 31)), null, "Summer break"),
                new CalendarEntry(CalendarKind.DISTRICT_CLOSURE,
                        new DateRange(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 29)), "D4", "Pass closed"));
        Programme programme = new Programme("TEST", "Test programme", START, END, "KGS", null, null, 14);
        return new TrainingProblem(programme, calendar, districts, travel, schools, teacherList, trainers, venues,
                TRACKS.stream().map(TestProblems::course).toList(), Policy.defaults());
    }

    public static Policy policyWithWeights(Map<String, String> weights) {
        Policy d = Policy.defaults();
        return new Policy(d.maxTravelMinutes(), d.maxShareAway(), d.maxDelegationSize(), d.trainerTransferMinutes(),
                d.bufferDays(), d.teacherPerDiem(), d.trainerPerDiem(), d.travelCostPerKm(), d.substituteDailyCost(),
                d.keepSchoolTeams(), d.roadFactor(), d.averageSpeedKmh(), weights);
    }

    /**
     * The problem with printed-material logistics: a capital (D0) a long day's drive beyond D1 with a large
     * print house and a big truck, a small print house and truck in D1, and D4's kits received by D3's office.
     */
    public static TrainingProblem withLogistics(TrainingProblem problem) {
        List<District> districts = new ArrayList<>(problem.districts());
        districts.add(new District("D0", "Capital", "Capital", 42.87, 74.59));
        List<TravelLink> travel = new ArrayList<>(problem.travel());
        travel.add(new TravelLink("D0", "D1", 660, 616.0));
        List<PrintHouse> printHouses = List.of(
                new PrintHouse("PH-CAP", "Capital press", "D0", 400, Set.of("ky", "ru"), List.of()),
                new PrintHouse("PH-D1", "District press", "D1", 150, Set.of("ky", "ru"), List.of()));
        List<Vehicle> vehicles = List.of(
                new Vehicle("TRUCK-CAP", "Capital truck", "D0", 300, 40, 5000, 540, List.of()),
                new Vehicle("TRUCK-D1", "District van", "D1", 120, 25, 2000, 540, List.of()));
        List<Hub> hubs = List.of(new Hub("HUB-3", "District 3 office", "D3", List.of("D3", "D4")));
        return new TrainingProblem(problem.programme(), problem.calendar(), districts, travel, problem.schools(),
                problem.teachers(), problem.trainers(), problem.venues(), problem.courses(), problem.policy(),
                printHouses, vehicles, hubs);
    }
}

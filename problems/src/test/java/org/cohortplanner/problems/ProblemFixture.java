package org.cohortplanner.problems;

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
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.OnlineAccess;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;

/**
 * A small valid problem in three districts of southern Kyrgyzstan, and a builder to break it.
 * <p>
 * In every CSV file the records are on lines 2, 3, 4, ... in this order.
 */
public final class ProblemFixture {

    public Programme programme = new Programme("CP-2023", "Программа «Учитель» 2023", date("2023-05-01"),
            date("2023-12-22"), "KGS", date("2023-11-30"), null, 0);
    public List<CalendarEntry> calendar = new ArrayList<>(List.of(
            new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY, range("2023-08-31"), null, "День независимости"),
            new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY, range("2023-06-01..2023-08-31"), null, "Летние каникулы"),
            new CalendarEntry(CalendarKind.DISTRICT_CLOSURE, range("2023-11-01..2023-11-30"), "D-BAT",
                    "Перевал закрыт")));
    public List<District> districts = new ArrayList<>(List.of(
            new District("D-OSH", "Ош", "Ошская область", 40.5283, 72.7985),
            new District("D-JA", "Жалал-Абад", "Жалал-Абадская область", 40.9333, 73.0),
            new District("D-BAT", "Баткен", null, 40.0625, 70.8194)));
    public List<TravelLink> travel = new ArrayList<>(List.of(
            new TravelLink("D-OSH", "D-JA", 140, 105.5),
            new TravelLink("D-OSH", "D-BAT", 245, 232.25)));
    public List<School> schools = new ArrayList<>(List.of(
            new School("S-1", "Школа №1 им. Токтогула", "D-OSH", Set.of("ky", "ru"), 40),
            new School("S-2", "Гимназия \"Билим\", Жалал-Абад", "D-JA", Set.of("ky"), 0),
            new School("S-3", "Мектеп-лицей", "D-BAT", Set.of("ru", "ky"), 25)));
    public List<Teacher> teachers = new ArrayList<>(List.of(
            new Teacher("T-1", "S-1", "MATH", "ky", 3, OnlineAccess.GOOD, List.of(range("2023-06-01..2023-06-05"))),
            new Teacher("T-2", "S-1", "SCIENCE", "ru", null, null, List.of()),
            new Teacher("T-3", "S-2", "MATH", "ky", 2, OnlineAccess.POOR,
                    List.of(range("2023-07-03"), range("2023-08-01..2023-08-10"))),
            new Teacher("T-4", "S-3", "MATH", "ru", 1, OnlineAccess.GOOD, List.of()),
            new Teacher("T-5", "S-3", "MATH", "ky", null, OnlineAccess.POOR, List.of())));
    public List<Trainer> trainers = new ArrayList<>(List.of(
            new Trainer("TR-1", "Айгуль Садыкова", "D-OSH", Set.of("ky", "ru"), Set.of("MATH"), date("2023-05-15"),
                    List.of(range("2023-07-10..2023-07-20")), 60, 3000),
            new Trainer("TR-2", "Бакыт Осмонов", "D-JA", Set.of("ru"), Set.of("SCIENCE", "MATH"), null, List.of(),
                    40, 2800)));
    public List<Venue> venues = new ArrayList<>(List.of(
            new Venue("V-1", "Учебный центр, Ош", "D-OSH", 30, Set.of("MATH", "SCIENCE"), null, null, 5000),
            new Venue("V-2", "Школа №5", "D-JA", 24, Set.of("MATH"), date("2023-05-01"), date("2023-12-22"), 3500),
            new Venue("V-3", "Лицей Баткен", "D-BAT", 20, Set.of("MATH"), date("2023-06-01"), date("2023-08-31"),
                    2000)));
    public List<Course> courses = new ArrayList<>(List.of(
            new Course("MATH", 72, 8, List.of(4, 4), 14, 42, 8, 12, 20, 25),
            new Course("SCIENCE", 48, 6, List.of(5, 3), 7, 28, 0, 10, 15, 20)));
    public Policy policy = new Policy(150, 0.25, 6, 240, 3, 1500, 2500, 10, 1200, false, 1.35, 45.5,
            Map.of("Late completion", "500soft", "Trainer over maximum teaching days", "1hard"));

    public List<PrintHouse> printHouses = new ArrayList<>(List.of(
            new PrintHouse("PH-OSH", "Типография «Ош», ул. Ленина", "D-OSH", 400, Set.of("ky", "ru"),
                    List.of(range("2023-08-28..2023-09-01")))));
    public List<Vehicle> vehicles = new ArrayList<>(List.of(
            new Vehicle("TRUCK-1", "ГАЗель 1", "D-OSH", 120, 45, 1500, 540, List.of(range("2023-06-12"))),
            new Vehicle("TRUCK-2", "КамАЗ", "D-JA", 600, 70, 3000, 480, List.of())));
    public List<Hub> hubs = new ArrayList<>(List.of(
            new Hub("HUB-OSH", "Ошский РОО", "D-OSH", List.of("D-OSH", "D-BAT"))));

    /** The valid problem. */
    public static TrainingProblem problem() {
        return new ProblemFixture().build();
    }

    public TrainingProblem build() {
        return new TrainingProblem(programme, calendar, districts, travel, schools, teachers, trainers, venues,
                courses, policy, printHouses, vehicles, hubs);
    }

    public static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    public static DateRange range(String text) {
        return DateRange.parse(text);
    }
}

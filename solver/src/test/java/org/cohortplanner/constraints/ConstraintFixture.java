package org.cohortplanner.constraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohortplanner.calendar.DaySet;
import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.calendar.ScheduleFactory;
import org.cohortplanner.calendar.WorkingCalendar;
import org.cohortplanner.delivery.DeliveryOption;
import org.cohortplanner.delivery.Logistics;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.plan.Cohort;
import org.cohortplanner.plan.Delegation;
import org.cohortplanner.plan.PlanningContext;
import org.cohortplanner.plan.SchoolQuota;
import org.cohortplanner.plan.SchoolTeam;
import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.testdata.TestProblems;

/**
 * Hand-sized facts for constraint tests. Every number a test relies on is stated here:
 * <ul>
 * <li>Horizon 2023-03-13 (a Monday, day 0) to 2023-12-29.</li>
 * <li>Public holiday 2023-05-01 (day 49); school holiday 2023-05-26..2023-08-31 (days 74..171);
 * district D2 closed 2023-04-03..2023-04-04 (days 21, 22).</li>
 * <li>Roads: D1-D2 60 min / 45.27 km, D2-D3 200 min / 150 km; so D1-D3 is 260 min / 195.27 km via D2.</li>
 * <li>Policy defaults: teacher travel limit 180 min, trainer transfer limit 240 min, teacher per diem 1500,
 * trainer per diem 2500, 10 per km, substitute 1200 per teacher-day.</li>
 * <li>Course MATH (TestProblems.course): blocks 4 + 4 = 8 in-person days, min 8, ideal 20, max 25.</li>
 * <li>Trainers by default: home D1, ky, MATH, no readiness date, no leave, max 120 days, 3000 a day.</li>
 * <li>Venues by default: 25 seats, MATH, always available, 1500 a day.</li>
 * <li>Print houses ({@link #printHouse}): print ky only; capacity and closed dates as the test says.</li>
 * <li>Trucks ({@link #truck}): depot D1, 10 per km, 2000 per trip; capacity, daily driving limit and unavailable
 * dates as the test says.</li>
 * <li>Logistics ({@link #logistics}): kits due 3 days (the policy's buffer) before a cohort's first day; the first
 * print week is 2023-03-13, so a truck leaving on or before 2023-03-13 has a print week of no capacity.</li>
 * <li>Trips of a D1 truck loaded in D1: to hub D1 only, 0 min / 0 km; to hub D2 only, D2 at 60 min, home at
 * 120 min, 90.54 km; to hub D3 (alone or after D2), D2 at 60 min, D3 at 260 min, home at 520 min, 390.54 km.
 * Loaded in D2 (reached at 60 min) for hub D3: D3 at 260 min, home at 520 min, 390.54 km. Loaded in D3 (reached
 * at 260 min) for hubs D1 and D2: the nearer D2 (200 min on) at 460 min, D1 at 520, home at 520 min, 390.54 km.
 * A stop's day is the departure plus its minutes divided by the truck's daily limit, rounded down.</li>
 * <li>MATH schedules start on the Mondays 2023-03-27 (day 14), 2023-04-10 (day 28) and 2023-04-17 (day 35).
 * A cohort starting 2023-04-10 with lead 1 leaves 2023-04-03 (print week 2023-03-27), kits due 2023-04-07,
 * the departure + 4 days.</li>
 * </ul>
 */
final class ConstraintFixture {

    static final LocalDate START = LocalDate.of(2023, 3, 13);
    static final LocalDate END = LocalDate.of(2023, 12, 29);
    static final String MATH = "MATH";
    static final String KY = "ky";

    static final List<District> DISTRICTS = List.of(
            new District("D1", "District 1", "R", 40.6, 73.1),
            new District("D2", "District 2", "R", 40.7, 73.4),
            new District("D3", "District 3", "R", 40.8, 73.7));
    static final List<TravelLink> LINKS = List.of(
            new TravelLink("D1", "D2", 60, 45.27),
            new TravelLink("D2", "D3", 200, 150.0));
    static final List<CalendarEntry> CALENDAR = List.of(
            new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY, DateRange.day(LocalDate.of(2023, 5, 1)), null,
                    "Labour Day"),
            new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY,
                    new DateRange(LocalDate.of(2023, 5, 26), LocalDate.of(2023, 8, 31)), null, "Summer break"),
            new CalendarEntry(CalendarKind.DISTRICT_CLOSURE,
                    new DateRange(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 4)), "D2", "Flood"));

    final Policy policy;
    final Programme programme;
    final WorkingCalendar calendar;
    final PlanningContext context;
    final Course course = TestProblems.course(MATH);
    final List<Schedule> mathSchedules;
    private final Map<String, SchoolQuota> quotaBySchool = new HashMap<>();

    ConstraintFixture() {
        this(null);
    }

    ConstraintFixture(LocalDate targetEnd) {
        this.policy = Policy.defaults();
        this.programme = programme(targetEnd);
        this.calendar = WorkingCalendar.of(programme, CALENDAR);
        this.context = new PlanningContext(programme, policy, Geography.of(DISTRICTS, LINKS, policy), calendar);
        this.mathSchedules = new ScheduleFactory(calendar).schedulesFor(course);
    }

    static Programme programme(LocalDate targetEnd) {
        return new Programme("P", "Programme", START, END, "KGS", targetEnd, null, 14);
    }

    // ************************************************************************
    // Schedules
    // ************************************************************************

    /** The course schedule that starts on the given date. */
    Schedule mathSchedule(LocalDate firstDate) {
        return mathSchedules.stream()
                .filter(s -> s.firstDate().equals(firstDate))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No MATH schedule starts on " + firstDate));
    }

    /** Days 0-3 and 21-24: 2023-03-13..16 and 2023-04-03..06, all in term time. */
    Schedule firstSchedule() {
        return mathSchedule(START);
    }

    /** A schedule on exactly these days (indexes from the horizon start), all in term time, taken as on the layout. */
    static Schedule schedule(String id, int... days) {
        return scheduleWithTermDays(id, days.length, days);
    }

    static Schedule scheduleWithTermDays(String id, int termDays, int... days) {
        int[] sorted = days.clone();
        Arrays.sort(sorted);
        List<Integer> indexes = Arrays.stream(sorted).boxed().toList();
        DaySet set = DaySet.of(sorted);
        return new Schedule(id, MATH, indexes.stream().map(START::plusDays).toList(), indexes, set,
                set.withNeighbours(), 2, termDays, 0);
    }

    // ************************************************************************
    // Trainers, venues, schools
    // ************************************************************************

    static Trainer trainer(String id) {
        return trainer(id, "D1");
    }

    static Trainer trainer(String id, String homeDistrictId) {
        return new Trainer(id, "Trainer " + id, homeDistrictId, Set.of(KY), Set.of(MATH), null, List.of(), 120, 3000);
    }

    static Trainer trainer(String id, Set<String> languages, Set<String> tracks, LocalDate readyFrom,
            List<DateRange> leave, int maxDays) {
        return new Trainer(id, "Trainer " + id, "D1", languages, tracks, readyFrom, leave, maxDays, 3000);
    }

    static Venue venue(String id, String districtId) {
        return new Venue(id, "Venue " + id, districtId, 25, Set.of(MATH), null, null, 1500);
    }

    static Venue venue(String id, int seats, Set<String> tracks, LocalDate availableFrom, LocalDate availableTo) {
        return new Venue(id, "Venue " + id, "D1", seats, tracks, availableFrom, availableTo, 1500);
    }

    static School school(String id, String districtId) {
        return new School(id, "School " + id, districtId, Set.of(KY, "ru"), 60);
    }

    // ************************************************************************
    // Printed materials
    // ************************************************************************

    /** A print house of ky kits, closed on the given dates. */
    static PrintHouse printHouse(String id, String districtId, int weeklyCapacity, DateRange... closed) {
        return new PrintHouse(id, "Print house " + id, districtId, weeklyCapacity, Set.of(KY), List.of(closed));
    }

    /** A truck with its depot in D1, at 10 per km and 2000 per trip, unavailable on the given dates. */
    static Vehicle truck(String id, int capacityKits, int maxDrivingMinutesPerDay, DateRange... unavailable) {
        return new Vehicle(id, "Truck " + id, "D1", capacityKits, 10, 2000, maxDrivingMinutesPerDay,
                List.of(unavailable));
    }

    /** The office in {@code districtId}, receiving the kits of the given districts. */
    static Hub hub(String districtId, String... servedDistrictIds) {
        return new Hub("HUB-" + districtId, "Office " + districtId, districtId, List.of(servedDistrictIds));
    }

    /** Deliveries over the fixture's roads, with the policy's buffer of 3 days, printing from 2023-03-13. */
    Logistics logistics(Hub... hubs) {
        return new Logistics(context.geography(), List.of(hubs), policy.bufferDays(), START);
    }

    /** Offers the cohort this one way of getting its kits, and chooses it. */
    static Cohort deliver(Cohort cohort, DeliveryOption option) {
        cohort.offerDeliveries(List.of(option));
        cohort.setDelivery(option);
        return cohort;
    }

    // ************************************************************************
    // Planning entities
    // ************************************************************************

    Cohort cohort(String id, String districtId) {
        return cohort(id, districtId, KY);
    }

    Cohort cohort(String id, String districtId, String language) {
        return new Cohort(id, MATH, language, districtId, course, context, new ArrayList<>(), new ArrayList<>(),
                mathSchedules);
    }

    /** A cohort with all three variables set (any may be null). */
    Cohort cohort(String id, String districtId, Trainer trainer, Venue venue, Schedule schedule) {
        Cohort cohort = cohort(id, districtId);
        cohort.setTrainer(trainer);
        cohort.setVenue(venue);
        cohort.setSchedule(schedule);
        return cohort;
    }

    /** A MATH/ky delegation of {@code size} teachers, available every day, with the school's default quota (18). */
    Delegation delegation(String id, School school, int size) {
        return delegation(id, school, size, MATH, KY, DaySet.EMPTY, quota(school, 18));
    }

    Delegation delegation(String id, School school, int size, SchoolQuota quota) {
        return delegation(id, school, size, MATH, KY, DaySet.EMPTY, quota);
    }

    Delegation delegation(String id, School school, int size, String track, String language, DaySet unavailable,
            SchoolQuota quota) {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            teachers.add(new Teacher(id + "-T" + i, school.id(), track, language, null, null, List.of()));
        }
        return new Delegation(id, school, track, language, teachers, unavailable,
                new SchoolTeam(school.id(), track, language), quota, context, new ArrayList<>());
    }

    SchoolQuota quota(School school, int maxAway) {
        return quotaBySchool.computeIfAbsent(school.id() + "/" + maxAway, key -> new SchoolQuota(school.id(), maxAway));
    }

    /**
     * The facts, each delegation told of its cohort's dates: the shadow variable that the solver's listener keeps and
     * that ConstraintVerifier's {@code given} does not.
     */
    static Object[] synced(Object... facts) {
        for (Object fact : facts) {
            if (fact instanceof Delegation delegation) {
                delegation.setCohortSchedule(delegation.getCohort() == null ? null : delegation.getCohort().getSchedule());
            }
        }
        return facts;
    }

    /** Sets the genuine variable and the inverse shadow list, which ConstraintVerifier does not maintain. */
    static Delegation place(Delegation delegation, Cohort cohort) {
        delegation.setCohort(cohort);
        cohort.getDelegations().add(delegation);
        return delegation;
    }
}

package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.instances.ReferenceData.ClosureRow;
import org.cohortplanner.problems.instances.ReferenceData.DistrictRow;
import org.cohortplanner.problems.instances.ReferenceData.HolidayRow;
import org.cohortplanner.problems.instances.ReferenceData.RoadRow;

/**
 * The reference instance: "Education for the Future" in southern Kyrgyzstan, 13 March 2023 to 31 May 2024.
 * 8,850 teachers (4,130 primary, 1,180 maths, 3,540 science) in the 26 districts and cities of Osh, Jalal-Abad and
 * Batken regions and Osh city, 60 trainers, venues in every district. Course kits are printed in Bishkek and Osh and
 * trucked to the district education offices; Bishkek is a place on the road map, not a training district.
 * <p>
 * Districts, roads, holidays and language shares are public facts (see {@code south-kyrgyzstan-2023/SOURCES.md});
 * schools, teachers, trainers and venues are drawn from them with a fixed seed, so every call returns an equal
 * problem.
 */
public final class ReferenceInstance {

    public static final long SEED = 20230313L;
    public static final String PROGRAMME_ID = "EFF-SOUTH-2023";
    public static final LocalDate HORIZON_START = LocalDate.of(2023, 3, 13);
    public static final LocalDate HORIZON_END = LocalDate.of(2024, 5, 31);
    public static final String CURRENCY = "KGS";
    /** Re-planning pins the cohorts of the next two weeks: kits and invitations are out by then. */
    public static final int FROZEN_DAYS = 14;

    private ReferenceInstance() {
    }

    public static TrainingProblem build() {
        ReferenceData data = ReferenceData.load();
        Programme programme = new Programme(PROGRAMME_ID, "Education for the Future (southern Kyrgyzstan)",
                HORIZON_START, HORIZON_END, CURRENCY, null, null, FROZEN_DAYS);
        List<District> districts = new ArrayList<>();
        data.districts().forEach(row -> districts.add(new District(row.id(), row.name(), row.region(), row.latitude(),
                row.longitude())));
        data.places().forEach(row -> districts.add(new District(row.id(), row.name(), row.region(), row.latitude(),
                row.longitude())));
        List<CalendarEntry> calendar = calendar(data);
        List<Course> courses = Courses.standard();

        ReferenceTeachers.Result people = ReferenceTeachers.build(data, HORIZON_START, HORIZON_END,
                examPeriods(data), new SplittableRandom(SEED));
        List<Trainer> trainers = ReferenceTrainers.build(districts, people.schools(), people.teachers(), courses,
                new SplittableRandom(SEED + 1));
        List<Venue> venues = ReferenceVenues.build(data.districts(), new SplittableRandom(SEED + 2));
        return new TrainingProblem(programme, calendar, districts, travel(data), people.schools(), people.teachers(),
                trainers, venues, courses, Policy.defaults(), ReferenceLogistics.printHouses(),
                ReferenceLogistics.vehicles(), ReferenceLogistics.hubs());
    }

    /** Roads between district centres; minutes from the summer drive-time estimates. */
    static List<TravelLink> travel(ReferenceData data) {
        Map<String, String> districtByRoadNode = new HashMap<>();
        for (DistrictRow district : data.districts()) {
            districtByRoadNode.put(district.roadNode(), district.id());
        }
        data.places().forEach(place -> districtByRoadNode.put(place.roadNode(), place.id()));
        List<TravelLink> links = new ArrayList<>();
        for (RoadRow road : data.roads()) {
            String from = districtByRoadNode.get(road.from());
            String to = districtByRoadNode.get(road.to());
            if (from == null || to == null) {
                throw new IllegalStateException("Road " + road.from() + " - " + road.to() + " ends outside the districts");
            }
            links.add(new TravelLink(from, to, (int) Math.round(road.summerHours() * 60), road.km()));
        }
        return links;
    }

    /**
     * Public holidays and days off, school breaks, the summer holidays between and after the school years, and the
     * winter closures of the districts behind high passes; all clipped to the horizon, in date order.
     */
    static List<CalendarEntry> calendar(ReferenceData data) {
        List<CalendarEntry> entries = new ArrayList<>();
        List<HolidayRow> schoolYears = new ArrayList<>();
        for (HolidayRow row : data.holidays()) {
            switch (row.kind()) {
                case "public_holiday", "day_off_block" -> add(entries, CalendarKind.PUBLIC_HOLIDAY, row.start(),
                        row.end(), null, row.name());
                case "school_break" -> add(entries, CalendarKind.SCHOOL_HOLIDAY, row.start(), row.end(), null,
                        row.name());
                case "school_year" -> schoolYears.add(row);
                default -> {
                    // exam periods become teachers' unavailable dates, not calendar entries
                }
            }
        }
        schoolYears.sort(Comparator.comparing(HolidayRow::start));
        for (int i = 0; i < schoolYears.size(); i++) {
            LocalDate breakStart = schoolYears.get(i).end().plusDays(1);
            LocalDate breakEnd = i + 1 < schoolYears.size() ? schoolYears.get(i + 1).start().minusDays(1)
                    : HORIZON_END;
            add(entries, CalendarKind.SCHOOL_HOLIDAY, breakStart, breakEnd, null,
                    "Summer break " + breakStart.getYear());
        }
        for (ClosureRow closure : data.closures()) {
            add(entries, CalendarKind.DISTRICT_CLOSURE, closure.from(), closure.to(), closure.districtId(),
                    closure.reason());
        }
        entries.sort(Comparator.comparing((CalendarEntry entry) -> entry.dates().from())
                .thenComparing(CalendarEntry::kind)
                .thenComparing(entry -> entry.districtId() == null ? "" : entry.districtId()));
        return entries;
    }

    /** Exam seasons inside the horizon: some maths and science teachers invigilate then. */
    static List<DateRange> examPeriods(ReferenceData data) {
        List<DateRange> periods = new ArrayList<>();
        for (HolidayRow row : data.holidays()) {
            if ("exam_period".equals(row.kind())) {
                DateRange clipped = clip(row.start(), row.end());
                if (clipped != null) {
                    periods.add(clipped);
                }
            }
        }
        return periods;
    }

    private static void add(List<CalendarEntry> entries, CalendarKind kind, LocalDate from, LocalDate to,
            String districtId, String name) {
        DateRange clipped = clip(from, to);
        if (clipped != null) {
            entries.add(new CalendarEntry(kind, clipped, districtId, name));
        }
    }

    private static DateRange clip(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(HORIZON_START) ? HORIZON_START : from;
        LocalDate end = to.isAfter(HORIZON_END) ? HORIZON_END : to;
        return end.isBefore(start) ? null : new DateRange(start, end);
    }
}

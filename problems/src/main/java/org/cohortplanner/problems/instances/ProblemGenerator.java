package org.cohortplanner.problems.instances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.TrainingProblem;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;
import org.cohortplanner.problems.instances.Capacity.TrackLanguage;

/**
 * Seeded synthetic problems of any size, feasible by construction unless asked otherwise.
 * <p>
 * Regions of about ten districts around a hub city; schools enrolling 20-40 teachers each; teachers 47 % primary,
 * 13 % maths, 40 % science, about a quarter of them taught in Russian. Every district has a venue with a
 * laboratory, and every district is within reach of its hub, so each region's teachers of one track and language
 * can always meet; a region's Russian or Kyrgyz group smaller than the course minimum is folded into the other
 * language. Trainers are derived from the trainer-days the regions need: 1.6 times as many, divided by the
 * tightness. Kits are printed in the first region's city and trucked to every district (unless the options leave
 * logistics out). The same options give an equal problem.
 * <p>
 * A {@link Shape} changes the layout of the regions, joins one region by a long mountain road only, fixes the
 * Russian-taught share of regions, makes trainers ready late or away on long leave, closes more or fewer districts
 * in winter, prints in every region or far away, and sets the number of trucks. The standard shape gives exactly
 * the problems generated before shapes existed.
 */
public final class ProblemGenerator {

    /** Trainer-days provided per trainer-day needed, at tightness 1. */
    public static final double TRAINER_MARGIN = 1.6;
    /** Venue-days provided per venue-day needed in a district, when the venues are derived. */
    public static final double VENUE_MARGIN = 1.5;
    /** Share of the needed ru SCIENCE trainer-days an over-constrained problem keeps (rounded down to trainers). */
    public static final double OVER_CONSTRAINED_SHARE = 0.4;
    public static final int MIN_TEACHERS_PER_REGION = 150;
    public static final int MAX_DAYS = 120;
    public static final LocalDate HORIZON_START = LocalDate.of(2025, 9, 1);
    public static final LocalDate HORIZON_END = LocalDate.of(2026, 8, 31);
    /** Training of trainers takes the first four weeks. */
    public static final LocalDate TRAINERS_READY = HORIZON_START.plusWeeks(4);
    private static final double[] TRACK_SHARES = {0.47, 0.13, 0.40};
    private static final double MEAN_RUSSIAN_SHARE = 0.25;
    /** Weeks the print house needs for the whole programme's kits. */
    public static final int PRINT_WEEKS = 10;
    public static final int MIN_WEEKLY_PRINT = 500;
    public static final int TEACHERS_PER_TRUCK = 3000;
    /** The district of the far-away print house. */
    public static final String FAR_PRINT_CITY_ID = "PRINT-CITY";
    /** How far west of the westernmost district the far-away print house stands, in straight-line km. */
    public static final double FAR_PRINT_CITY_KM = 450;
    /** The earliest start of a long leave; it starts on one of the next 12 Mondays. */
    public static final LocalDate LONG_LEAVE_FIRST_START = LocalDate.of(2025, 10, 6);

    /**
     * What to generate.
     *
     * @param teachers enrolled teachers, exactly
     * @param seed the same seed with the same options gives an equal problem
     * @param regions regions of about ten districts each; at least one, and at most one per 150 teachers
     * @param trainers how many trainers; null derives them from demand (see {@link #TRAINER_MARGIN})
     * @param venuesPerDistrict venues in every district; null derives them from each district's demand
     * @param tightness 1.0 normal; above 1 fewer derived trainers (1.6 leaves no margin), below 1 more
     * @param overConstrained whether to remove most trainers of Russian-taught science, so the problem lacks
     *        capacity there
     * @param logistics whether kits are planned: print houses and trucks (see {@link #logistics})
     * @param shape the layout, roads, languages, trainer dates, closures and logistics; {@link Shape#STANDARD}
     *        when null
     */
    public record GeneratorOptions(int teachers, long seed, int regions, Integer trainers,
            Integer venuesPerDistrict, double tightness, boolean overConstrained, boolean logistics, Shape shape) {

        /** In the standard shape. */
        public GeneratorOptions(int teachers, long seed, int regions, Integer trainers, Integer venuesPerDistrict,
                double tightness, boolean overConstrained, boolean logistics) {
            this(teachers, seed, regions, trainers, venuesPerDistrict, tightness, overConstrained, logistics,
                    Shape.STANDARD);
        }

        /** With printed-material logistics, in the standard shape. */
        public GeneratorOptions(int teachers, long seed, int regions, Integer trainers, Integer venuesPerDistrict,
                double tightness, boolean overConstrained) {
            this(teachers, seed, regions, trainers, venuesPerDistrict, tightness, overConstrained, true);
        }

        public GeneratorOptions {
            if (teachers < 1) {
                throw new IllegalArgumentException("At least one teacher needed (" + teachers + ")");
            }
            if (regions < 1 || (long) regions * MIN_TEACHERS_PER_REGION > Math.max(teachers,
                    MIN_TEACHERS_PER_REGION)) {
                throw new IllegalArgumentException("Between 1 and one region per " + MIN_TEACHERS_PER_REGION
                        + " teachers, so that every region fills its groups (" + regions + ")");
            }
            if (trainers != null && trainers < 1) {
                throw new IllegalArgumentException("At least one trainer (" + trainers + ")");
            }
            if (venuesPerDistrict != null && venuesPerDistrict < 1) {
                throw new IllegalArgumentException("At least one venue per district (" + venuesPerDistrict + ")");
            }
            if (!(tightness > 0)) {
                throw new IllegalArgumentException("Tightness must be positive (" + tightness + ")");
            }
            shape = shape == null ? Shape.STANDARD : shape;
            if (shape.mountainRoadMinutes() > 0 && regions < 2) {
                throw new IllegalArgumentException("A mountain road joins the last region to the others: at least 2"
                        + " regions needed (" + regions + ")");
            }
            if (shape.russianShares().size() > regions) {
                throw new IllegalArgumentException("More Russian shares (" + shape.russianShares().size()
                        + ") than regions (" + regions + ")");
            }
        }

        /** Normal options: about one region per 3,000 teachers, derived trainers and venues, the standard shape. */
        public static GeneratorOptions of(int teachers, long seed) {
            return new GeneratorOptions(teachers, seed, Math.max(1, (int) Math.round(teachers / 3000.0)), null, null,
                    1.0, false);
        }

        public GeneratorOptions withRegions(int newRegions) {
            return new GeneratorOptions(teachers, seed, newRegions, trainers, venuesPerDistrict, tightness,
                    overConstrained, logistics, shape);
        }

        public GeneratorOptions withTrainers(Integer newTrainers) {
            return new GeneratorOptions(teachers, seed, regions, newTrainers, venuesPerDistrict, tightness,
                    overConstrained, logistics, shape);
        }

        public GeneratorOptions withTightness(double newTightness) {
            return new GeneratorOptions(teachers, seed, regions, trainers, venuesPerDistrict, newTightness,
                    overConstrained, logistics, shape);
        }

        public GeneratorOptions withOverConstrained(boolean newOverConstrained) {
            return new GeneratorOptions(teachers, seed, regions, trainers, venuesPerDistrict, tightness,
                    newOverConstrained, logistics, shape);
        }

        public GeneratorOptions withLogistics(boolean newLogistics) {
            return new GeneratorOptions(teachers, seed, regions, trainers, venuesPerDistrict, tightness,
                    overConstrained, newLogistics, shape);
        }

        public GeneratorOptions withShape(Shape newShape) {
            return new GeneratorOptions(teachers, seed, regions, trainers, venuesPerDistrict, tightness,
                    overConstrained, logistics, newShape);
        }
    }

    private ProblemGenerator() {
    }

    public static TrainingProblem generate(GeneratorOptions options) {
        SplittableRandom random = new SplittableRandom(options.seed());
        Shape shape = options.shape();
        SyntheticMap.Result map = SyntheticMap.build(options.regions(), shape.layout(), shape.mountainRoadMinutes(),
                random.split());
        List<Course> courses = Courses.standard();
        Programme programme = new Programme("GEN-" + options.seed() + "-" + options.teachers(),
                "Synthetic programme (" + options.teachers() + " teachers, seed " + options.seed() + ")",
                HORIZON_START, HORIZON_END, "KGS", null, null, 14);
        List<CalendarEntry> calendar = calendar(map, shape.winterClosureShare(), random.split());
        ProgrammeCalendar workingDays = ProgrammeCalendar.of(programme, calendar);

        SyntheticSchools.Result people = SyntheticSchools.build(map.districts(), options.teachers(), TRACK_SHARES,
                MEAN_RUSSIAN_SHARE, shape.russianShares(), courses, HORIZON_START, HORIZON_END, random.split());
        Map<String, String> regionBySchool = regionBySchool(map.districts(), people.schools());
        Map<TrackLanguage, Integer> needed = Capacity.neededTrainerDays(people.teachers(),
                teacher -> regionBySchool.get(teacher.schoolId()), courses);
        // Split in the order the standard shape always has; the shape's own draws come from a stream split last.
        RandomGenerator trainerRandom = random.split();
        RandomGenerator venueRandom = random.split();
        RandomGenerator shapeRandom = random.split();
        List<Trainer> trainers = trainers(options, needed, map.districts(), people, workingDays, trainerRandom,
                shapeRandom);
        List<Venue> venues = venues(options, map.districts(), people, courses, workingDays, venueRandom);
        TrainingProblem problem = new TrainingProblem(programme, calendar, map.districts(), map.roads(),
                people.schools(), people.teachers(), trainers, venues, courses, Policy.defaults());
        return options.logistics() ? logistics(problem, map.hubIds(), shape) : problem;
    }

    /**
     * By default a print house in the first region's city, printing every language the teachers train in, fast
     * enough to print the whole programme's kits in {@link #PRINT_WEEKS} weeks; one truck per
     * {@link #TEACHERS_PER_TRUCK} teachers (at least two), based at the regions' cities in turn, starting with the
     * print house's. Every district gets its kits at its own office. Nothing is drawn at random, so the rest of the
     * problem is as without logistics.
     * <p>
     * The shape may ask instead for a print house in every region's city, sized for the region's teachers, or one
     * in a city {@link #FAR_PRINT_CITY_KM} km west of the westernmost district, joined to the nearest region city by
     * a road and trained in by no one (the trucks' depots start there); and for a number of trucks.
     */
    static TrainingProblem logistics(TrainingProblem problem, List<String> regionCities, Shape shape) {
        Set<String> languages = new TreeSet<>();
        problem.teachers().forEach(teacher -> languages.add(teacher.language()));
        List<PrintHouse> printHouses = new ArrayList<>();
        List<String> depots = new ArrayList<>(regionCities);
        TrainingProblem withMap = problem;
        switch (shape.printHouses()) {
            case PER_REGION -> {
                Map<String, Integer> teachersByCity = teachersByRegionCity(problem, regionCities);
                for (int r = 0; r < regionCities.size(); r++) {
                    printHouses.add(new PrintHouse("PH-" + (r + 1), "Print house, Region " + (r + 1) + " city",
                            regionCities.get(r), weeklyCapacity(teachersByCity.getOrDefault(regionCities.get(r), 0)),
                            languages, List.of()));
                }
            }
            case FAR_AWAY -> {
                withMap = withFarPrintCity(problem, regionCities);
                printHouses.add(new PrintHouse("PH-1", "Print house, far away", FAR_PRINT_CITY_ID,
                        weeklyCapacity(problem.teachers().size()), languages, List.of()));
                depots.add(0, FAR_PRINT_CITY_ID);
            }
            default -> printHouses.add(new PrintHouse("PH-1", "Print house, Region 1 city", regionCities.get(0),
                    weeklyCapacity(problem.teachers().size()), languages, List.of()));
        }
        int truckCount = shape.trucks() != null ? shape.trucks()
                : Math.max(2, (int) Math.ceil(problem.teachers().size() / (double) TEACHERS_PER_TRUCK));
        List<Vehicle> vehicles = new ArrayList<>();
        for (int t = 0; t < truckCount; t++) {
            vehicles.add(new Vehicle(String.format("TRUCK-%02d", t + 1), "3 t truck " + (t + 1),
                    depots.get(t % depots.size()), 1200, 22, 2000, 540, List.of()));
        }
        return withMap.withLogistics(printHouses, vehicles, List.of());
    }

    private static int weeklyCapacity(int teachers) {
        return Math.max(MIN_WEEKLY_PRINT, (int) Math.ceil(teachers / (double) PRINT_WEEKS / 100.0) * 100);
    }

    private static Map<String, Integer> teachersByRegionCity(TrainingProblem problem, List<String> regionCities) {
        Map<String, String> cityByRegion = new HashMap<>();
        Map<String, String> regionByDistrict = new HashMap<>();
        for (District district : problem.districts()) {
            regionByDistrict.put(district.id(), district.region());
            if (regionCities.contains(district.id())) {
                cityByRegion.put(district.region(), district.id());
            }
        }
        Map<String, String> cityBySchool = new HashMap<>();
        problem.schools().forEach(school -> cityBySchool.put(school.id(),
                cityByRegion.get(regionByDistrict.get(school.districtId()))));
        Map<String, Integer> counts = new HashMap<>();
        problem.teachers().forEach(teacher -> counts.merge(cityBySchool.get(teacher.schoolId()), 1, Integer::sum));
        return counts;
    }

    /** The problem with the far print city added, and a road from it to the nearest region city. */
    private static TrainingProblem withFarPrintCity(TrainingProblem problem, List<String> regionCities) {
        District westernmost = problem.districts().get(0);
        for (District district : problem.districts()) {
            if (district.longitude() < westernmost.longitude()) {
                westernmost = district;
            }
        }
        double latitude = westernmost.latitude();
        double longitude = westernmost.longitude()
                - FAR_PRINT_CITY_KM / (111.2 * Math.cos(Math.toRadians(latitude)));
        District printCity = new District(FAR_PRINT_CITY_ID, "Print city", "Outside the programme",
                Math.round(latitude * 100_000) / 100_000.0, Math.round(longitude * 100_000) / 100_000.0);
        District nearest = null;
        for (District district : problem.districts()) {
            if (regionCities.contains(district.id()) && (nearest == null
                    || SyntheticMap.kilometres(printCity, district) < SyntheticMap.kilometres(printCity, nearest))) {
                nearest = district;
            }
        }
        double km = Math.round(SyntheticMap.kilometres(printCity, nearest) * 1.25 * 10) / 10.0;
        List<District> districts = new ArrayList<>(problem.districts());
        districts.add(printCity);
        List<TravelLink> roads = new ArrayList<>(problem.travel());
        roads.add(new TravelLink(nearest.id(), FAR_PRINT_CITY_ID, (int) Math.round(km / 50.0 * 60), km));
        return new TrainingProblem(problem.programme(), problem.calendar(), districts, roads, problem.schools(),
                problem.teachers(), problem.trainers(), problem.venues(), problem.courses(), problem.policy(),
                problem.printHouses(), problem.vehicles(), problem.hubs());
    }

    /**
     * A school year on a Kyrgyz pattern: fixed-date public holidays, autumn, winter and spring breaks, the summer
     * holidays from 26 May; a share of the districts other than hubs (a tenth in the standard shape) close for the
     * mountain winter, and so does a district beyond a pass.
     */
    static List<CalendarEntry> calendar(SyntheticMap.Result map, double winterClosureShare, RandomGenerator random) {
        List<CalendarEntry> entries = new ArrayList<>();
        publicHoliday(entries, "2025-11-07", "2025-11-08", "Days of History and Commemoration of Ancestors");
        publicHoliday(entries, "2026-01-01", "2026-01-02", "New Year");
        publicHoliday(entries, "2026-01-07", "2026-01-07", "Orthodox Christmas");
        publicHoliday(entries, "2026-02-23", "2026-02-23", "Defender of the Fatherland Day");
        publicHoliday(entries, "2026-03-09", "2026-03-09", "International Women's Day (8 March, a Sunday)");
        publicHoliday(entries, "2026-03-20", "2026-03-23", "Orozo Ait and Nooruz");
        publicHoliday(entries, "2026-05-01", "2026-05-01", "Labour Day");
        publicHoliday(entries, "2026-05-05", "2026-05-05", "Constitution Day");
        publicHoliday(entries, "2026-05-27", "2026-05-27", "Kurman Ait");
        publicHoliday(entries, "2026-08-31", "2026-08-31", "Independence Day");
        schoolHoliday(entries, "2025-11-03", "2025-11-09", "Autumn break");
        schoolHoliday(entries, "2025-12-29", "2026-01-11", "Winter break");
        schoolHoliday(entries, "2026-03-20", "2026-03-31", "Spring break");
        schoolHoliday(entries, "2026-05-26", "2026-08-31", "Summer break");
        Set<String> hubs = new TreeSet<>(map.hubIds());
        for (District district : map.districts()) {
            if (!hubs.contains(district.id())
                    && (random.nextDouble() < winterClosureShare || district.id().equals(map.passDistrictId()))) {
                entries.add(new CalendarEntry(CalendarKind.DISTRICT_CLOSURE,
                        new DateRange(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-02-28")), district.id(),
                        "Mountain pass closed in winter"));
            }
        }
        return entries;
    }

    private static void publicHoliday(List<CalendarEntry> entries, String from, String to, String name) {
        entries.add(new CalendarEntry(CalendarKind.PUBLIC_HOLIDAY,
                new DateRange(LocalDate.parse(from), LocalDate.parse(to)), null, name));
    }

    private static void schoolHoliday(List<CalendarEntry> entries, String from, String to, String name) {
        entries.add(new CalendarEntry(CalendarKind.SCHOOL_HOLIDAY,
                new DateRange(LocalDate.parse(from), LocalDate.parse(to)), null, name));
    }

    /**
     * Trainers per track and language: enough for the needed days with the margin, or the requested total split
     * in proportion to need. Primary and maths trainers are bilingual three times in ten, science trainers teach
     * maths too two times in ten; science trainers teach in one language, so that removing the Russian-taught ones
     * leaves Russian-taught science short and nothing else. The shape's late trainers are ready from
     * {@link Shape#LATE_READY}, its trainers on long leave miss {@link Shape#LONG_LEAVE_WEEKS} weeks of the school
     * year (drawn from {@code shapeRandom}); derived counts make up for the days they lose.
     */
    static List<Trainer> trainers(GeneratorOptions options, Map<TrackLanguage, Integer> needed,
            List<District> districts, SyntheticSchools.Result people, ProgrammeCalendar workingDays,
            RandomGenerator random, RandomGenerator shapeRandom) {
        List<TrackLanguage> pairs = new ArrayList<>(needed.keySet());
        int daysPerTrainer = Math.min(MAX_DAYS, workingDays.workingDays(TRAINERS_READY, HORIZON_END) - 10);
        Shape shape = options.shape();
        double late = shape.lateTrainerShare();
        double longLeave = shape.longLeaveShare();
        double meanDays = daysPerTrainer;
        if (late + longLeave > 0) {
            int lateDays = Math.min(MAX_DAYS, workingDays.workingDays(Shape.LATE_READY, HORIZON_END) - 10);
            int leaveDays = Math.max(0, Math.min(MAX_DAYS, workingDays.workingDays(TRAINERS_READY, HORIZON_END) - 10
                    - 5 * Shape.LONG_LEAVE_WEEKS));
            meanDays = (1 - late - longLeave) * daysPerTrainer + late * lateDays + longLeave * leaveDays;
        }
        int[] counts = new int[pairs.size()];
        if (options.trainers() == null) {
            for (int p = 0; p < pairs.size(); p++) {
                double days = needed.get(pairs.get(p)) * TRAINER_MARGIN / options.tightness();
                counts[p] = Math.max(1, (int) Math.ceil(days / meanDays));
            }
        } else {
            counts = Apportion.withMinimum(options.trainers(), pairs.stream().mapToDouble(needed::get).toArray(), 1);
        }
        if (options.overConstrained()) {
            int p = pairs.indexOf(new TrackLanguage(Tracks.SCIENCE, Tracks.RUSSIAN));
            if (p >= 0) {
                counts[p] = Math.min(counts[p],
                        (int) Math.floor(needed.get(pairs.get(p)) * OVER_CONSTRAINED_SHARE / daysPerTrainer));
            }
        }
        Map<String, WeightedChoice> homeByLanguage = homeChoices(districts, people);
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        String idFormat = "TR-%0" + Math.max(2, String.valueOf(total).length()) + "d";
        List<Trainer> trainers = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            TrackLanguage main = pairs.get(p);
            for (int i = 0; i < counts[p]; i++) {
                Set<String> languages = new TreeSet<>(Set.of(main.language()));
                Set<String> tracks = new TreeSet<>(Set.of(main.track()));
                double extra = random.nextDouble();
                if (!Tracks.SCIENCE.equals(main.track()) && extra < 0.3) {
                    languages.add(Tracks.otherLanguage(main.language()));
                } else if (Tracks.SCIENCE.equals(main.track()) && extra < 0.2) {
                    tracks.add(Tracks.MATH);
                }
                WeightedChoice home = homeByLanguage.get(main.language());
                LocalDate leaveStart = LocalDate.of(2026, 7, 6).plusWeeks(random.nextInt(6));
                trainers.add(new Trainer(String.format(idFormat, trainers.size() + 1), Names.person(random),
                        districts.get(home.next(random)).id(), Tracks.sortedSet(languages), Tracks.sortedSet(tracks),
                        TRAINERS_READY, List.of(new DateRange(leaveStart, leaveStart.plusDays(13))), MAX_DAYS,
                        3000 + 250L * random.nextInt(7)));
            }
        }
        return late + longLeave > 0 ? lateAndOnLeave(trainers, late, longLeave, shapeRandom) : trainers;
    }

    /**
     * The trainers with the given shares (rounded to whole trainers, picked at random) ready late or away on a long
     * leave starting on one of the 12 Mondays from {@link #LONG_LEAVE_FIRST_START}.
     */
    private static List<Trainer> lateAndOnLeave(List<Trainer> trainers, double late, double longLeave,
            RandomGenerator random) {
        int lateCount = (int) Math.round(late * trainers.size());
        int leaveCount = Math.min(trainers.size() - lateCount, (int) Math.round(longLeave * trainers.size()));
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < trainers.size(); t++) {
            order.add(t);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        List<Trainer> result = new ArrayList<>(trainers);
        for (int k = 0; k < lateCount + leaveCount; k++) {
            int index = order.get(k);
            Trainer trainer = trainers.get(index);
            LocalDate ready = trainer.readyFrom();
            List<DateRange> unavailable = new ArrayList<>(trainer.unavailable());
            if (k < lateCount) {
                ready = Shape.LATE_READY;
            } else {
                LocalDate start = LONG_LEAVE_FIRST_START.plusWeeks(random.nextInt(12));
                unavailable.add(0, new DateRange(start, start.plusWeeks(Shape.LONG_LEAVE_WEEKS).minusDays(1)));
            }
            result.set(index, new Trainer(trainer.id(), trainer.name(), trainer.homeDistrictId(), trainer.languages(),
                    trainer.tracks(), ready, unavailable, trainer.maxDays(), trainer.dailyFee()));
        }
        return result;
    }

    /**
     * Venues in every district; the first always has a laboratory. Derived counts cover the district's own
     * trainer-days (teachers pooled by district) with {@link #VENUE_MARGIN}, labs likewise for science.
     */
    static List<Venue> venues(GeneratorOptions options, List<District> districts, SyntheticSchools.Result people,
            List<Course> courses, ProgrammeCalendar workingDays, RandomGenerator random) {
        Map<String, String> districtBySchool = new HashMap<>();
        people.schools().forEach(school -> districtBySchool.put(school.id(), school.districtId()));
        Map<String, List<Teacher>> teachersByDistrict = new HashMap<>();
        for (Teacher teacher : people.teachers()) {
            teachersByDistrict.computeIfAbsent(districtBySchool.get(teacher.schoolId()), id -> new ArrayList<>())
                    .add(teacher);
        }
        List<Venue> venues = new ArrayList<>();
        for (District district : districts) {
            int total;
            int labs;
            if (options.venuesPerDistrict() != null) {
                total = options.venuesPerDistrict();
                labs = (total + 1) / 2;
            } else {
                Map<TrackLanguage, Integer> days = Capacity.neededTrainerDays(
                        teachersByDistrict.getOrDefault(district.id(), List.of()), teacher -> district.id(), courses);
                int allDays = days.values().stream().mapToInt(Integer::intValue).sum();
                int scienceDays = days.entrySet().stream()
                        .filter(entry -> Tracks.SCIENCE.equals(entry.getKey().track()))
                        .mapToInt(Map.Entry::getValue).sum();
                int open = Math.max(1, workingDays.openWorkingDays(district.id()));
                labs = Math.max(1, (int) Math.ceil(scienceDays * VENUE_MARGIN / open));
                total = Math.max(labs, (int) Math.ceil(allDays * VENUE_MARGIN / open));
            }
            for (int v = 1; v <= total; v++) {
                boolean lab = v <= labs;
                venues.add(new Venue("V-" + district.id() + "-" + v,
                        district.name() + (lab ? " school with science laboratory " + v : " training centre " + v),
                        district.id(), lab ? 25 + random.nextInt(6) : 30 + random.nextInt(11),
                        lab ? Tracks.sortedSet(Tracks.PRIMARY, Tracks.MATH, Tracks.SCIENCE)
                                : Tracks.sortedSet(Tracks.PRIMARY, Tracks.MATH),
                        null, null, (lab ? 2000 : 1500) + 100L * random.nextInt(6)));
            }
        }
        return venues;
    }

    private static Map<String, WeightedChoice> homeChoices(List<District> districts, SyntheticSchools.Result people) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int d = 0; d < districts.size(); d++) {
            indexById.put(districts.get(d).id(), d);
        }
        Map<String, Integer> districtIndexBySchool = new HashMap<>();
        people.schools().forEach(school -> districtIndexBySchool.put(school.id(), indexById.get(school.districtId())));
        Map<String, WeightedChoice> choices = new HashMap<>();
        for (String language : Tracks.LANGUAGES) {
            double[] weights = new double[districts.size()];
            for (Teacher teacher : people.teachers()) {
                if (teacher.language().equals(language)) {
                    weights[districtIndexBySchool.get(teacher.schoolId())]++;
                }
            }
            boolean any = false;
            for (double weight : weights) {
                any |= weight > 0;
            }
            if (!any) {
                Arrays.fill(weights, 1);
            }
            choices.put(language, new WeightedChoice(weights));
        }
        return choices;
    }

    private static Map<String, String> regionBySchool(List<District> districts, List<School> schools) {
        Map<String, String> regionByDistrict = new HashMap<>();
        districts.forEach(district -> regionByDistrict.put(district.id(), district.region()));
        Map<String, String> regionBySchool = new HashMap<>();
        schools.forEach(school -> regionBySchool.put(school.id(), regionByDistrict.get(school.districtId())));
        return regionBySchool;
    }
}

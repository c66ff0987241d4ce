package org.cohortplanner.problems.records;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cohortplanner.problem.CalendarEntry;
import org.cohortplanner.problem.CalendarKind;
import org.cohortplanner.problem.Course;
import org.cohortplanner.problem.District;
import org.cohortplanner.problem.Hub;
import org.cohortplanner.problem.OnlineAccess;
import org.cohortplanner.problem.Policy;
import org.cohortplanner.problem.PrintHouse;
import org.cohortplanner.problem.Programme;
import org.cohortplanner.problem.School;
import org.cohortplanner.problem.Teacher;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.TravelLink;
import org.cohortplanner.problem.Vehicle;
import org.cohortplanner.problem.Venue;

/**
 * Builds the problem records from the fields of any format, so that JSON and CSV agree on which fields are
 * required and what an empty optional field means. Each method reads every field (reporting every
 * unreadable one) and returns null when any was unreadable.
 */
public final class Records {

    private Records() {
    }

    public static Programme programme(Fields f) {
        Programme programme = new Programme(f.text("id"), f.text("name"), f.date("horizonStart"),
                f.date("horizonEnd"), f.text("currency"), f.optionalDate("targetEnd"), f.optionalDate("now"),
                f.integer("frozenDays", 0));
        return f.isValid() ? programme : null;
    }

    public static CalendarEntry calendarEntry(Fields f) {
        CalendarEntry entry = new CalendarEntry(f.enumValue("kind", CalendarKind.class), f.dateRange("dates"),
                f.optionalText("districtId"), f.optionalText("name"));
        return f.isValid() ? entry : null;
    }

    public static District district(Fields f) {
        District district = new District(f.text("id"), f.text("name"), f.optionalText("region"),
                f.decimal("latitude"), f.decimal("longitude"));
        return f.isValid() ? district : null;
    }

    public static TravelLink travelLink(Fields f) {
        TravelLink link = new TravelLink(f.text("fromDistrictId"), f.text("toDistrictId"), f.integer("minutes"),
                f.decimal("km"));
        return f.isValid() ? link : null;
    }

    public static School school(Fields f) {
        School school = new School(f.text("id"), f.text("name"), f.text("districtId"),
                f.strings("languages", false), f.integer("staff", 0));
        return f.isValid() ? school : null;
    }

    public static Teacher teacher(Fields f) {
        String id = f.text("id");
        String schoolId = f.text("schoolId");
        String track = f.text("track");
        String language = f.text("language");
        Integer skillLevel = f.optionalInteger("skillLevel");
        OnlineAccess onlineAccess = f.optionalEnum("onlineAccess", OnlineAccess.class);
        var unavailable = f.dateRanges("unavailable");
        return f.isValid() ? new Teacher(id, schoolId, track, language, skillLevel, onlineAccess, unavailable) : null;
    }

    public static Trainer trainer(Fields f) {
        Trainer trainer = new Trainer(f.text("id"), f.text("name"), f.text("homeDistrictId"),
                f.strings("languages", true), f.strings("tracks", true), f.optionalDate("readyFrom"),
                f.dateRanges("unavailable"), f.integer("maxDays"), f.longInteger("dailyFee"));
        return f.isValid() ? trainer : null;
    }

    public static Venue venue(Fields f) {
        Venue venue = new Venue(f.text("id"), f.text("name"), f.text("districtId"), f.integer("seats"),
                f.strings("tracks", true), f.optionalDate("availableFrom"), f.optionalDate("availableTo"),
                f.longInteger("dailyCost"));
        return f.isValid() ? venue : null;
    }

    public static Course course(Fields f) {
        String track = f.text("track");
        int totalHours = f.integer("totalHours");
        int hoursPerDay = f.integer("hoursPerDay");
        var blockDays = f.integers("blockDays");
        int minGapDays = f.integer("minGapDays");
        int maxGapDays = f.integer("maxGapDays");
        int onlineHours = f.integer("onlineHours", 0);
        int minSize = f.integer("minSize");
        int idealSize = f.integer("idealSize");
        int maxSize = f.integer("maxSize");
        return f.isValid() ? new Course(track, totalHours, hoursPerDay, blockDays, minGapDays, maxGapDays,
                onlineHours, minSize, idealSize, maxSize) : null;
    }

    public static PrintHouse printHouse(Fields f) {
        PrintHouse printHouse = new PrintHouse(f.text("id"), f.text("name"), f.text("districtId"),
                f.integer("weeklyCapacity"), f.strings("languages", true), f.dateRanges("unavailable"));
        return f.isValid() ? printHouse : null;
    }

    public static Vehicle vehicle(Fields f) {
        Vehicle vehicle = new Vehicle(f.text("id"), f.text("name"), f.text("depotDistrictId"),
                f.integer("capacityKits"), f.longInteger("costPerKm"), f.longInteger("costPerTrip", 0),
                f.integer("maxDrivingMinutesPerDay"), f.dateRanges("unavailable"));
        return f.isValid() ? vehicle : null;
    }

    /** The served districts keep their order; a district listed twice counts once. */
    public static Hub hub(Fields f) {
        Hub hub = new Hub(f.text("id"), f.text("name"), f.text("districtId"),
                List.copyOf(f.strings("servedDistrictIds", true)));
        return f.isValid() ? hub : null;
    }

    /** Missing fields take {@link Policy#defaults()}. */
    public static Policy policy(Fields f) {
        Policy d = Policy.defaults();
        Policy policy = new Policy(f.integer("maxTravelMinutes", d.maxTravelMinutes()),
                f.decimal("maxShareAway", d.maxShareAway()),
                f.integer("maxDelegationSize", d.maxDelegationSize()),
                f.integer("trainerTransferMinutes", d.trainerTransferMinutes()),
                f.integer("bufferDays", d.bufferDays()),
                f.longInteger("teacherPerDiem", d.teacherPerDiem()),
                f.longInteger("trainerPerDiem", d.trainerPerDiem()),
                f.longInteger("travelCostPerKm", d.travelCostPerKm()),
                f.longInteger("substituteDailyCost", d.substituteDailyCost()),
                f.bool("keepSchoolTeams", d.keepSchoolTeams()),
                f.decimal("roadFactor", d.roadFactor()),
                f.decimal("averageSpeedKmh", d.averageSpeedKmh()),
                f.textMap("weights"));
        return f.isValid() ? policy : null;
    }

    /** The component names of a record class, in declaration order. */
    public static Set<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code homeDistrictId} to {@code home_district_id}. */
    public static String snakeCase(String componentName) {
        StringBuilder snake = new StringBuilder();
        for (char c : componentName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}

package org.cohortplanner.constraints;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/** The name of every constraint, as shown in score analysis and used for weight overrides. */
public final class ConstraintNames {

    // Hard
    public static final String COHORT_INCOMPLETE = "Cohort without trainer, venue or dates";
    public static final String TEACHER_WRONG_COHORT = "Teacher in a cohort of another track or language";
    public static final String TRAINER_NOT_QUALIFIED = "Trainer not qualified for track and language";
    public static final String TRAINER_DOUBLE_BOOKED = "Trainer teaches two cohorts on the same day";
    public static final String TRAINER_TRANSFER = "Trainer has no day to travel between venues";
    public static final String TRAINER_UNAVAILABLE = "Trainer unavailable";
    public static final String TRAINER_MAX_DAYS = "Trainer over maximum teaching days";
    public static final String VENUE_DOUBLE_BOOKED = "Venue hosts two cohorts on the same day";
    public static final String VENUE_UNAVAILABLE = "Venue unavailable";
    public static final String VENUE_TOO_SMALL = "Venue has too few seats";
    public static final String VENUE_CANNOT_HOST = "Venue cannot host the track";
    public static final String COHORT_TOO_SMALL = "Cohort below minimum size";
    public static final String COHORT_TOO_LARGE = "Cohort above maximum size";
    public static final String DISTRICT_CLOSED = "Training in a closed district";
    public static final String DATES_OFF_LAYOUT = "Dates off the course layout";
    public static final String TEACHER_UNAVAILABLE = "Teacher unavailable";
    public static final String TEACHER_TRAVEL_TOO_LONG = "Teacher travels too far";
    public static final String KITS_LATE = "Kits arrive after the buffer";
    public static final String TRUCK_OVER_CAPACITY = "Truck over capacity";
    public static final String TRUCK_UNAVAILABLE = "Truck unavailable";
    public static final String TRUCK_DOUBLE_BOOKED = "Truck on two trips at once";
    public static final String PRINT_WEEK_OVER_CAPACITY = "Print week over capacity";
    public static final String KITS_LANGUAGE_NOT_PRINTED = "Kits from a print house without the language";
    public static final String KITS_LEAD_OUTSIDE_OPTIONS = "Kit lead time outside the options";

    // Medium
    public static final String TEACHER_UNPLACED = "Teacher not placed";
    // Soft
    public static final String TRAINER_FEES = "Trainer fees";
    public static final String TRAINER_TRAVEL = "Trainer travel and per diem";
    public static final String VENUE_RENT = "Venue rent";
    public static final String TEACHER_TRAVEL = "Teacher travel and per diem";
    public static final String SUBSTITUTE_DAYS = "Substitute teacher days";
    public static final String SCHOOL_SHARE_AWAY = "Too many teachers of one school away";
    public static final String SCHOOL_TEAM_SPLIT = "School team split across cohorts";
    public static final String COHORT_BELOW_IDEAL = "Cohort below ideal size";
    public static final String LATE_COMPLETION = "Late completion";
    public static final String UNEVEN_WORKLOAD = "Uneven trainer workload";
    public static final String TRUCKING = "Trucking by km";
    public static final String TRUCK_TRIPS = "Truck trips";
    // Soft, re-planning only: changes against the published plan
    public static final String TEACHER_MOVED = "Teacher moved from the published cohort";
    public static final String COHORT_DATES_CHANGED = "Cohort dates changed";
    public static final String COHORT_TRAINER_CHANGED = "Cohort trainer changed";
    public static final String COHORT_VENUE_CHANGED = "Cohort venue changed";
    public static final String DELIVERY_CHANGED = "Delivery changed";
    // Hard, re-planning only: deliveries in time
    public static final String KITS_PLANNED_BEFORE_NOW = "Kits shipped or printed before now";
    public static final String FROZEN_TRIP_JOINED = "Kits joining a frozen cohort's truck";

    private ConstraintNames() {
    }

    /** Every constraint name above, to check the names a policy gives weights for. */
    public static Set<String> all() {
        Set<String> names = new TreeSet<>();
        for (Field field : ConstraintNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}

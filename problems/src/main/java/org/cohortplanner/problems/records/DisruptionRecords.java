package org.cohortplanner.problems.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cohortplanner.replan.Disruption;
import org.cohortplanner.replan.DisruptionType;

/**
 * Builds disruption records from the fields of any format, like {@link Records} does for problems. A period's
 * {@code to} may be left out for a single day. Late registrants ({@code TEACHERS_ADDED}) hold whole teacher
 * records, which each format reads its own way.
 */
public final class DisruptionRecords {

    public static final String TYPE = "type";

    private DisruptionRecords() {
    }

    /** The type named in a {@code type} field, or null when it names none. */
    public static DisruptionType type(String text) {
        return Arrays.stream(DisruptionType.values()).filter(t -> t.name().equals(text)).findFirst().orElse(null);
    }

    public static String unknownType(String text) {
        return "unknown disruption type (" + text + "); expected one of "
                + Arrays.stream(DisruptionType.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** {@code type} and the record components of the disruption type. */
    public static Set<String> fieldNames(DisruptionType type) {
        Set<String> names = new LinkedHashSet<>();
        names.add(TYPE);
        names.addAll(Records.componentNames(type.recordType().asSubclass(Record.class)));
        return names;
    }

    /**
     * @return the disruption, or null when a field was unreadable (reported through the fields)
     * @throws IllegalArgumentException for {@code TEACHERS_ADDED}, which is read with the teacher records
     */
    public static Disruption disruption(DisruptionType type, Fields f) {
        Disruption disruption = switch (type) {
            case TRAINER_UNAVAILABLE -> {
                String trainerId = f.text("trainerId");
                LocalDate from = f.date("from");
                yield new Disruption.TrainerUnavailable(trainerId, from, to(f, from));
            }
            case VENUE_CLOSED -> {
                String venueId = f.text("venueId");
                LocalDate from = f.date("from");
                yield new Disruption.VenueClosed(venueId, from, to(f, from));
            }
            case DISTRICT_CLOSED -> {
                String districtId = f.text("districtId");
                LocalDate from = f.date("from");
                yield new Disruption.DistrictClosed(districtId, from, to(f, from));
            }
            case DELIVERY_DELAYED -> new Disruption.DeliveryDelayed(f.text("deliveryId"), f.integer("days"));
            case PRINT_BATCH_DELAYED -> new Disruption.PrintBatchDelayed(f.text("batchId"), f.integer("days"));
            case TEACHERS_WITHDRAWN -> new Disruption.TeachersWithdrawn(List.copyOf(f.strings("teacherIds", true)));
            case COHORT_CANCELLED -> new Disruption.CohortCancelled(f.text("cohortId"));
            case TEACHERS_ADDED -> throw new IllegalArgumentException("late registrants are read as teacher records");
        };
        return f.isValid() ? disruption : null;
    }

    private static LocalDate to(Fields f, LocalDate from) {
        LocalDate to = f.optionalDate("to");
        return to != null ? to : from;
    }
}

package org.cohortplanner.replan;

import java.time.LocalDate;
import java.util.List;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.Teacher;

/**
 * Something that happened to a published plan. Each kind is one record; its component names are the field
 * names of the JSON form and, in snake case, the columns of {@code disruptions.csv}.
 */
public sealed interface Disruption {

    DisruptionType type();

    /** A disruption that lasts for a period, both ends included. */
    sealed interface Period extends Disruption {

        LocalDate from();

        LocalDate to();

        default DateRange dates() {
            return new DateRange(from(), to());
        }
    }

    record TrainerUnavailable(String trainerId, LocalDate from, LocalDate to) implements Period {
        @Override
        public DisruptionType type() {
            return DisruptionType.TRAINER_UNAVAILABLE;
        }
    }

    record VenueClosed(String venueId, LocalDate from, LocalDate to) implements Period {
        @Override
        public DisruptionType type() {
            return DisruptionType.VENUE_CLOSED;
        }
    }

    record DistrictClosed(String districtId, LocalDate from, LocalDate to) implements Period {
        @Override
        public DisruptionType type() {
            return DisruptionType.DISTRICT_CLOSED;
        }
    }

    /** A truck delivery of printed kits leaves {@code days} later than planned. */
    record DeliveryDelayed(String deliveryId, int days) implements Disruption {
        @Override
        public DisruptionType type() {
            return DisruptionType.DELIVERY_DELAYED;
        }
    }

    /** A print batch is ready {@code days} later than planned. */
    record PrintBatchDelayed(String batchId, int days) implements Disruption {
        @Override
        public DisruptionType type() {
            return DisruptionType.PRINT_BATCH_DELAYED;
        }
    }

    record TeachersWithdrawn(List<String> teacherIds) implements Disruption {
        public TeachersWithdrawn {
            teacherIds = List.copyOf(teacherIds);
        }

        @Override
        public DisruptionType type() {
            return DisruptionType.TEACHERS_WITHDRAWN;
        }
    }

    /** Late registrants, to be placed in the re-planned programme. */
    record TeachersAdded(List<Teacher> teachers) implements Disruption {
        public TeachersAdded {
            teachers = List.copyOf(teachers);
        }

        @Override
        public DisruptionType type() {
            return DisruptionType.TEACHERS_ADDED;
        }
    }

    /** The cohort does not run: its teachers, trainer and venue are free, and it is not run again at its dates. */
    record CohortCancelled(String cohortId) implements Disruption {
        @Override
        public DisruptionType type() {
            return DisruptionType.COHORT_CANCELLED;
        }
    }
}

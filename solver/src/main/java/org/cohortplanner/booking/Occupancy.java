package org.cohortplanner.booking;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.cohortplanner.calendar.WorkingCalendar;
import org.cohortplanner.geography.Geography;
import org.cohortplanner.problem.Trainer;
import org.cohortplanner.problem.Venue;

/**
 * Who and what is taken on which day: each trainer's and each venue's booked days, and where each trainer
 * teaches, so that a booking is checked against the hard rules of trainers and venues in plain code.
 */
final class Occupancy {

    private final WorkingCalendar calendar;
    private final Geography geography;
    private final int transferMinutes;
    private final Map<Trainer, TrainerDays> trainers = new HashMap<>();
    private final Map<Venue, BitSet> venueBusy = new HashMap<>();
    private final Map<Venue, BitSet> venueOff = new HashMap<>();

    Occupancy(WorkingCalendar calendar, Geography geography, int transferMinutes) {
        this.calendar = calendar;
        this.geography = geography;
        this.transferMinutes = transferMinutes;
    }

    private final class TrainerDays {
        final BitSet off = new BitSet();
        final BitSet busy = new BitSet();
        final String[] districtByDay = new String[calendar.dayCount()];
        int days;

        TrainerDays(Trainer trainer) {
            for (int day = 0; day < calendar.dayCount(); day++) {
                if (!trainer.isAvailableOn(calendar.date(day))) {
                    off.set(day);
                }
            }
        }
    }

    private TrainerDays of(Trainer trainer) {
        return trainers.computeIfAbsent(trainer, TrainerDays::new);
    }

    int taughtDays(Trainer trainer) {
        return of(trainer).days;
    }

    /** Available, free on the days, not teaching far away the day before or after, within the maximum days. */
    boolean trainerFree(Trainer trainer, int[] days, String districtId) {
        TrainerDays taken = of(trainer);
        if (taken.days + days.length > trainer.maxDays()) {
            return false;
        }
        for (int day : days) {
            if (taken.off.get(day) || taken.busy.get(day)) {
                return false;
            }
        }
        for (int day : days) {
            if (tooFar(taken, day - 1, districtId) || tooFar(taken, day + 1, districtId)) {
                return false;
            }
        }
        return true;
    }

    private boolean tooFar(TrainerDays taken, int day, String districtId) {
        if (day < 0 || day >= taken.districtByDay.length || taken.districtByDay[day] == null) {
            return false;
        }
        String other = taken.districtByDay[day];
        return !other.equals(districtId) && geography.minutes(districtId, other) > transferMinutes;
    }

    boolean venueFree(Venue venue, int[] days) {
        BitSet off = venueOff.computeIfAbsent(venue, this::offDays);
        BitSet busy = venueBusy.get(venue);
        for (int day : days) {
            if (off.get(day) || (busy != null && busy.get(day))) {
                return false;
            }
        }
        return true;
    }

    private BitSet offDays(Venue venue) {
        BitSet off = new BitSet();
        for (int day = 0; day < calendar.dayCount(); day++) {
            if (!venue.isAvailableOn(calendar.date(day))) {
                off.set(day);
            }
        }
        return off;
    }

    void take(Trainer trainer, Venue venue, int[] days, String districtId) {
        if (trainer != null) {
            TrainerDays taken = of(trainer);
            for (int day : days) {
                taken.busy.set(day);
                taken.districtByDay[day] = districtId;
            }
            taken.days += days.length;
        }
        if (venue != null) {
            BitSet busy = venueBusy.computeIfAbsent(venue, v -> new BitSet());
            for (int day : days) {
                busy.set(day);
            }
        }
    }

    void release(Trainer trainer, Venue venue, int[] days) {
        if (trainer != null) {
            TrainerDays taken = of(trainer);
            for (int day : days) {
                taken.busy.clear(day);
                taken.districtByDay[day] = null;
            }
            taken.days -= days.length;
        }
        if (venue != null) {
            BitSet busy = venueBusy.get(venue);
            for (int day : days) {
                busy.clear(day);
            }
        }
    }
}

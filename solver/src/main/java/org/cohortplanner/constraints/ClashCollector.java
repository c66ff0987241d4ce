package org.cohortplanner.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.cohortplanner.calendar.Schedule;
import org.cohortplanner.plan.Cohort;

/**
 * Collects the scheduled cohorts of one trainer (or venue) and yields the pairs of them that clash, smaller id first.
 * A cohort that joins is compared with the others of its group only, so a change of one cohort costs its group, not
 * a self-join re-indexed on every change of any cohort. Two cohorts of a trainer clash when they share a day, or
 * when the drive between them is too long for the evening between two of their days; two of a venue when they share
 * a day. The rules penalise the pairs exactly as a join over cohort pairs would.
 */
final class ClashCollector implements UniConstraintCollector<Cohort, ClashCollector.Bookings, List<ClashCollector.Clash>> {

    /** The pairs of a trainer's cohorts that share a day or leave too short an evening's drive between days. */
    static final ClashCollector TRAINER = new ClashCollector(true);
    /** The pairs of a venue's cohorts that share a day. */
    static final ClashCollector VENUE = new ClashCollector(false);

    /** Two clashing cohorts, the one with the smaller id first. */
    record Clash(Cohort first, Cohort second) {
    }

    /** A cohort with the dates it had when it joined the group: it leaves with what it came with. */
    private record Booking(Cohort cohort, Schedule schedule) {
    }

    private final boolean transfers;

    private ClashCollector(boolean transfers) {
        this.transfers = transfers;
    }

    @Override
    public Supplier<Bookings> supplier() {
        return () -> new Bookings(transfers);
    }

    @Override
    public BiFunction<Bookings, Cohort, Runnable> accumulator() {
        return (bookings, cohort) -> {
            Booking booking = new Booking(cohort, cohort.bookedSchedule());
            bookings.add(booking);
            return () -> bookings.remove(booking);
        };
    }

    @Override
    public Function<Bookings, List<Clash>> finisher() {
        return Bookings::clashes;
    }

    /** One group's cohorts and the clashes among them, kept up to date as cohorts join and leave. */
    static final class Bookings {

        private final boolean transfers;
        private final List<Booking> booked = new ArrayList<>();
        private final List<Booking[]> clashing = new ArrayList<>();

        Bookings(boolean transfers) {
            this.transfers = transfers;
        }

        void add(Booking booking) {
            for (Booking other : booked) {
                if (mayClash(booking.schedule(), other.schedule())) {
                    boolean first = booking.cohort().getId().compareTo(other.cohort().getId()) < 0;
                    Booking[] pair = first ? new Booking[] {booking, other} : new Booking[] {other, booking};
                    if (clash(pair[0], pair[1])) {
                        clashing.add(pair);
                    }
                }
            }
            booked.add(booking);
        }

        /** Whether the two sets of dates come within a day of each other; a cheap test before the exact one. */
        private static boolean mayClash(Schedule a, Schedule b) {
            return a.firstDay() <= b.lastDay() + 1 && b.firstDay() <= a.lastDay() + 1;
        }

        void remove(Booking booking) {
            for (int i = 0; i < booked.size(); i++) {
                if (booked.get(i) == booking) {
                    booked.remove(i);
                    break;
                }
            }
            clashing.removeIf(pair -> pair[0] == booking || pair[1] == booking);
        }

        private boolean clash(Booking one, Booking other) {
            Schedule a = one.schedule();
            Schedule b = other.schedule();
            if (a.days().intersects(b.days())) {
                return true;
            }
            return transfers && a.daysWithNeighbours().intersects(b.days())
                    && one.cohort().transferMinutesTo(other.cohort())
                            > one.cohort().getContext().policy().trainerTransferMinutes();
        }

        List<Clash> clashes() {
            if (clashing.isEmpty()) {
                return List.of();
            }
            List<Clash> clashes = new ArrayList<>(clashing.size());
            for (Booking[] pair : clashing) {
                clashes.add(new Clash(pair[0].cohort(), pair[1].cohort()));
            }
            return clashes;
        }
    }
}

package org.cohortplanner.problems.instances;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

import org.cohortplanner.problem.DateRange;
import org.cohortplanner.problem.OnlineAccess;

/** Pre-test level, online access and leave of one teacher, drawn at plausible rates. */
final class TeacherTraits {

    /** Share of teachers without a pre-test result. */
    static final double UNTESTED = 0.15;
    /** Share of teachers whose online access nobody asked about. */
    static final double ACCESS_UNKNOWN = 0.05;

    private TeacherTraits() {
    }

    /** Pre-test level 1 (weakest) to 4, mostly 2 or 3; null when not tested. */
    static Integer skillLevel(RandomGenerator random) {
        if (random.nextDouble() < UNTESTED) {
            return null;
        }
        double draw = random.nextDouble();
        return draw < 0.20 ? 1 : draw < 0.60 ? 2 : draw < 0.90 ? 3 : 4;
    }

    static OnlineAccess onlineAccess(RandomGenerator random, double poorShare) {
        double draw = random.nextDouble();
        if (draw < ACCESS_UNKNOWN) {
            return null;
        }
        return draw < ACCESS_UNKNOWN + poorShare ? OnlineAccess.POOR : OnlineAccess.GOOD;
    }

    /** A leave of one to four weeks from a Monday inside {@code [from, to]} (sick leave, family reasons). */
    static DateRange leave(RandomGenerator random, LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(DayOfWeek.MONDAY).isBefore(from)
                ? from.with(DayOfWeek.MONDAY).plusWeeks(1) : from.with(DayOfWeek.MONDAY);
        long weeks = Math.max(1, ChronoUnit.WEEKS.between(firstMonday, to));
        LocalDate start = firstMonday.plusWeeks(random.nextLong(weeks));
        LocalDate end = start.plusDays(7L * (1 + random.nextInt(4)) - 3);
        return new DateRange(start, end.isAfter(to) ? to : end);
    }
}

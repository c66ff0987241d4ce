package org.cohortplanner.api.solving;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.cohortplanner.api.errors.RequestException;

/** Reads a requested time limit: an ISO-8601 duration, positive and at most the configured maximum. */
public final class TimeLimits {

    private TimeLimits() {
    }

    public static Duration parse(String requested, Duration whenAbsent, Duration maximum) {
        return parse(requested, whenAbsent, Duration.ofNanos(1), maximum);
    }

    /** The same, also refusing a limit shorter than {@code minimum}. */
    public static Duration parse(String requested, Duration whenAbsent, Duration minimum, Duration maximum) {
        if (requested == null || requested.isBlank()) {
            return whenAbsent;
        }
        Duration limit;
        try {
            limit = Duration.parse(requested.trim());
        } catch (DateTimeParseException e) {
            throw RequestException.badRequest("timeLimit must be an ISO-8601 duration such as PT60S or PT10M, not '"
                    + requested + "'");
        }
        if (limit.isNegative() || limit.isZero()) {
            throw RequestException.badRequest("timeLimit must be positive, not " + requested);
        }
        if (limit.compareTo(minimum) < 0) {
            throw RequestException.badRequest("timeLimit must be at least " + minimum + ", not " + requested);
        }
        if (limit.compareTo(maximum) > 0) {
            throw RequestException.badRequest("timeLimit must be at most " + maximum + ", not " + requested);
        }
        return limit;
    }
}

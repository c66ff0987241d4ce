package org.cohortplanner.api.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Reads durations as people type them: {@code 90s}, {@code 5m}, {@code 1h}, or ISO-8601 {@code PT90S}. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        String t = text.trim().toLowerCase();
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase());
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new UsageException("not a duration (" + text + "): use e.g. 60s, 5m or PT60S");
        }
    }
}

package org.cohortplanner.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Reads a constraint weight written as a score: {@code 500soft}, {@code 1hard}, or {@code 0hard/0medium/5soft}. */
public final class Weights {

    private static final Pattern PART = Pattern.compile("\\s*(-?\\d+)\\s*(hard|medium|soft)\\s*");

    private Weights() {
    }

    public static HardMediumSoftLongScore parse(String text) {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        for (String part : text.split("/")) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Weight (" + text
                        + ") is not a score such as 500soft, 1hard or 0hard/0medium/5soft");
            }
            long value = Long.parseLong(matcher.group(1));
            switch (matcher.group(2)) {
                case "hard" -> hard = value;
                case "medium" -> medium = value;
                default -> soft = value;
            }
        }
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }
}

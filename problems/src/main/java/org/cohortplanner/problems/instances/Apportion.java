package org.cohortplanner.problems.instances;

/** Splits a whole number over weighted shares so that the parts add up exactly (largest remainder method). */
final class Apportion {

    private Apportion() {
    }

    /**
     * Parts proportional to the weights, adding up to {@code total}. A zero weight gets nothing; ties go to the
     * earlier share, so the result depends only on the arguments.
     */
    static int[] largestRemainder(int total, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("Negative weight (" + weight + ")");
            }
            sum += weight;
        }
        int[] parts = new int[weights.length];
        if (total == 0) {
            return parts;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("Cannot split " + total + " over zero weights");
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = total * weights[i] / sum;
            parts[i] = (int) Math.floor(quota);
            remainders[i] = quota - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    /**
     * Like {@link #largestRemainder} but every share with a positive weight gets at least {@code minimum}, as far
     * as the total allows: a share that would fall short is held at the minimum and the rest is split again.
     */
    static int[] withMinimum(int total, double[] weights, int minimum) {
        int[] parts = new int[weights.length];
        double[] open = weights.clone();
        int left = total;
        while (true) {
            int[] split = largestRemainder(left, open);
            int shortShare = -1;
            for (int i = 0; i < open.length && shortShare < 0; i++) {
                if (open[i] > 0 && split[i] < minimum) {
                    shortShare = i;
                }
            }
            if (shortShare < 0 || left < minimum) {
                for (int i = 0; i < open.length; i++) {
                    if (open[i] > 0) {
                        parts[i] = split[i];
                    }
                }
                return parts;
            }
            parts[shortShare] = minimum;
            left -= minimum;
            open[shortShare] = 0;
            if (allZero(open)) {
                int[] rest = largestRemainder(left, weights);
                for (int i = 0; i < parts.length; i++) {
                    parts[i] += rest[i];
                }
                return parts;
            }
        }
    }

    private static boolean allZero(double[] weights) {
        for (double weight : weights) {
            if (weight > 0) {
                return false;
            }
        }
        return true;
    }
}

package org.cohortplanner.problems.instances;

import java.util.random.RandomGenerator;

/** Draws indexes with probability proportional to fixed weights, by binary search over the running sums. */
final class WeightedChoice {

    private final double[] runningSums;

    WeightedChoice(double[] weights) {
        runningSums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Math.max(0, weights[i]);
            runningSums[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("No positive weight to choose from");
        }
    }

    /** The first index whose running sum exceeds a uniform point: never an index of zero weight. */
    int next(RandomGenerator random) {
        double point = random.nextDouble() * runningSums[runningSums.length - 1];
        int low = 0;
        int high = runningSums.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (runningSums[middle] > point) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}

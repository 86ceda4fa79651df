package io.welt.complaints.test;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws an index with probability proportional to its weight, in O(log n) per draw (binary search
 * over the running totals), so that a generator can draw millions of times from thousands of SKUs.
 */
final class WeightedChoice {

    private final double[] cumulative;
    private final double total;

    WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be finite and not negative, was " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        total = sum;
    }

    /** Whether any weight is positive; a choice cannot be made otherwise. */
    static boolean anyPositive(double[] weights) {
        for (double weight : weights) {
            if (weight > 0) {
                return true;
            }
        }
        return false;
    }

    int pick(Random random) {
        double x = random.nextDouble() * total;
        int i = Arrays.binarySearch(cumulative, x);
        // An exact hit on a running total belongs to the next index with a positive weight.
        i = i >= 0 ? i + 1 : -i - 1;
        while (i < cumulative.length - 1 && (i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1]) <= 0) {
            i++;
        }
        return Math.min(i, cumulative.length - 1);
    }
}

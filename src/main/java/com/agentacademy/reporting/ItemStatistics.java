package com.agentacademy.reporting;

import java.util.Arrays;

/**
 * The classical item analysis of Moodle's quiz statistics, as plain arithmetic. Variances and
 * covariances divide by {@code n − 1}; a figure that cannot be worked out (a question every taker
 * scored the same on, fewer than two takers) is {@code null}, never NaN, and pages show it as "—".
 */
final class ItemStatistics {

    /** Below this a variance counts as zero: scores such as ⅓ do not add up exactly. */
    private static final double NO_VARIANCE = 1e-12;

    /**
     * The figures of one item over the takers who saw it.
     *
     * @param facility the mean score divided by the item's maximum score
     * @param sd the standard deviation of the item's score
     * @param discrimination the corrected item–rest correlation: Pearson's r between the item's score
     *     and the score on the rest of the test
     * @param efficiency Moodle's discriminative efficiency: the item–rest covariance divided by the
     *     largest covariance the same two sets of scores could have, reached when both are sorted in
     *     the same order
     */
    record Item(int takers, double facility, Double sd, Double discrimination, Double efficiency) {
    }

    private ItemStatistics() {
    }

    /**
     * The figures of an item.
     *
     * @param scores each taker's score on the item
     * @param rest the same takers' scores on the rest of the test, in the same order
     * @param maxScore what the item is worth
     */
    static Item item(double[] scores, double[] rest, double maxScore) {
        if (scores.length != rest.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + rest.length + " rest scores");
        }
        int n = scores.length;
        double facility = n == 0 ? 0 : mean(scores) / maxScore;
        return new Item(n, facility, standardDeviation(scores), correlation(scores, rest), efficiency(scores, rest));
    }

    /**
     * Cronbach's alpha, {@code k/(k−1) × (1 − Σ item variances / variance of the totals)}; with
     * items scored 0 or 1 only it is the same number as KR-20. {@code null} for fewer than two
     * takers or items, or when every taker has the same total.
     *
     * @param scores one row per taker, one column per item
     */
    static Double alpha(double[][] scores) {
        int n = scores.length;
        int k = n == 0 ? 0 : scores[0].length;
        if (n < 2 || k < 2) {
            return null;
        }
        double[] totals = new double[n];
        double itemVariances = 0;
        for (int item = 0; item < k; item++) {
            double[] column = new double[n];
            for (int taker = 0; taker < n; taker++) {
                column[taker] = scores[taker][item];
                totals[taker] += scores[taker][item];
            }
            itemVariances += variance(column);
        }
        double totalVariance = variance(totals);
        if (totalVariance < NO_VARIANCE) {
            return null;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    /** Whether every score is 0 or 1 (or the item's maximum), so that alpha is KR-20. */
    static boolean dichotomous(double[][] scores, double maxScore) {
        return Arrays.stream(scores).flatMapToDouble(Arrays::stream)
                .allMatch(score -> score == 0 || score == maxScore);
    }

    /** The standard error of measurement, {@code SD × √(1 − alpha)}, in the unit of the SD. */
    static Double standardError(Double sd, Double alpha) {
        if (sd == null || alpha == null || alpha > 1) {
            return null;
        }
        return sd * Math.sqrt(1 - alpha);
    }

    static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The sample standard deviation; {@code null} for fewer than two values. */
    static Double standardDeviation(double[] values) {
        return values.length < 2 ? null : Math.sqrt(variance(values));
    }

    /** Pearson's r; {@code null} when either set of values does not vary. */
    static Double correlation(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double vx = variance(x);
        double vy = variance(y);
        if (vx < NO_VARIANCE || vy < NO_VARIANCE) {
            return null;
        }
        return covariance(x, y) / Math.sqrt(vx * vy);
    }

    /**
     * The covariance of x and y divided by the covariance they would have if both were sorted
     * ascending and paired in that order, the largest any pairing of these values can give.
     */
    static Double efficiency(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double[] sortedX = x.clone();
        double[] sortedY = y.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedY);
        double most = covariance(sortedX, sortedY);
        if (most < NO_VARIANCE) {
            return null;
        }
        return covariance(x, y) / most;
    }

    private static double variance(double[] values) {
        return covariance(values, values);
    }

    private static double covariance(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum / (x.length - 1);
    }
}

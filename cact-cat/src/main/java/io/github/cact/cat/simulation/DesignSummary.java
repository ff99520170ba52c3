package io.github.cact.cat.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of one design over the simulated examinees (definitions and sources in
 * docs/cat-simulation.md). With N examinees, S scales, θ the true and θ̂ the estimated ability of a
 * (person, scale) pair, L_n the items examinee n answered in all and r_i the exposure rate of item i:
 * <ul>
 *   <li>mean items L̄ = Σ L_n / N, per scale the mean items answered on it;</li>
 *   <li>bias = mean(θ̂ − θ), RMSE = √mean((θ̂ − θ)²), the Pearson correlation of θ̂ and θ, mean SE;
 *   per scale over N pairs and overall over the N·S pairs;</li>
 *   <li>classification accuracy: the share of pairs whose level of θ̂ is the level of θ; with a position's
 *   standard, decision accuracy: the share whose decision "meets the standard" is that of the true θ
 *   (the level of θ at least the required level);</li>
 *   <li>maximum exposure max r_i, and the test-overlap rate of Chen, Ankenmann &amp; Spray (2003),
 *   T = N/(N−1)·Σ r_i² / L̄ − 1/(N−1): the expected share of an examinee's items that another random
 *   examinee also saw (the mean count of shared items over pairs, over L̄);</li>
 *   <li>the distribution of total test length, and precision conditional on θ: the pairs binned by true θ
 *   in bins of {@value #BIN_WIDTH} centred on −3, −2.5, …, 3 (the outer bins open-ended), each with its
 *   count, mean SE, RMSE and mean items on the scale.</li>
 * </ul>
 * A statistic that is undefined (a correlation without variance, an overlap rate of one examinee, a bin
 * without pairs, decision accuracy without a standard) is NaN. Immutable and thread-safe.
 */
public final class DesignSummary {

    /** The width of a bin of true θ. */
    public static final double BIN_WIDTH = 0.5;
    /** The centre of the lowest bin; the bins' centres run from it to its negative. */
    public static final double LOWEST_BIN = -3;

    /**
     * The statistics of one scale, or of all scales pooled.
     *
     * @param meanItems the mean items answered on the scale (pooled: per examinee over all scales)
     * @param bias mean(θ̂ − θ)
     * @param rmse √mean((θ̂ − θ)²)
     * @param correlation the Pearson correlation of θ̂ and θ, NaN without variance
     * @param meanSe the mean standard error
     * @param classificationAccuracy the share of pairs at their true level
     * @param decisionAccuracy the share of pairs whose decision "level ≥ required" is right, NaN without a
     *     standard
     */
    public record ScaleStatistics(double meanItems, double bias, double rmse, double correlation, double meanSe,
            double classificationAccuracy, double decisionAccuracy) {
    }

    /**
     * The precision of the (person, scale) pairs whose true θ falls in one bin.
     *
     * @param theta the bin's centre
     * @param pairs how many pairs
     * @param meanSe their mean standard error, NaN without pairs
     * @param rmse their RMSE, NaN without pairs
     * @param meanItems their mean items on the scale, NaN without pairs
     */
    public record ConditionalPrecision(double theta, int pairs, double meanSe, double rmse, double meanItems) {
    }

    private final int examinees;
    private final double meanItems;
    private final ScaleStatistics overall;
    private final Map<String, ScaleStatistics> perScale;
    private final double maxExposure;
    private final double overlapRate;
    private final List<Integer> lengths;
    private final List<ConditionalPrecision> conditional;

    private DesignSummary(int examinees, double meanItems, ScaleStatistics overall,
            Map<String, ScaleStatistics> perScale, double maxExposure, double overlapRate, List<Integer> lengths,
            List<ConditionalPrecision> conditional) {
        this.examinees = examinees;
        this.meanItems = meanItems;
        this.overall = overall;
        this.perScale = perScale;
        this.maxExposure = maxExposure;
        this.overlapRate = overlapRate;
        this.lengths = lengths;
        this.conditional = conditional;
    }

    static DesignSummary of(DesignOutcome outcome) {
        int n = outcome.examinees();
        int scales = outcome.scales().size();
        int[] length = new int[n];
        int longest = 0;
        for (int e = 0; e < n; e++) {
            for (int s = 0; s < scales; s++) {
                length[e] += outcome.items(e, s);
            }
            longest = Math.max(longest, length[e]);
        }
        Integer[] lengthCounts = new Integer[longest + 1];
        java.util.Arrays.fill(lengthCounts, 0);
        double totalItems = 0;
        for (int e = 0; e < n; e++) {
            lengthCounts[length[e]]++;
            totalItems += length[e];
        }
        double meanLength = totalItems / n;
        Map<String, ScaleStatistics> perScale = new LinkedHashMap<>();
        for (int s = 0; s < scales; s++) {
            perScale.put(outcome.scales().get(s), statistics(outcome, s, s + 1, 1));
        }
        double sumSquares = 0;
        double max = 0;
        for (int i = 0; i < outcome.itemIds().size(); i++) {
            double r = outcome.exposureRate(i);
            sumSquares += r * r;
            max = Math.max(max, r);
        }
        double overlap = n < 2 || meanLength == 0 ? Double.NaN
                : n / (n - 1.0) * sumSquares / meanLength - 1.0 / (n - 1);
        return new DesignSummary(n, meanLength, statistics(outcome, 0, scales, scales), Collections.unmodifiableMap(perScale),
                max, overlap, List.of(lengthCounts), conditional(outcome));
    }

    private static ScaleStatistics statistics(DesignOutcome o, int from, int to, int itemsPerExamineeFactor) {
        int n = o.examinees();
        double count = (double) n * (to - from);
        double items = 0;
        double error = 0;
        double squared = 0;
        double se = 0;
        double sumTrue = 0;
        double sumEstimate = 0;
        int correct = 0;
        int decided = 0;
        for (int e = 0; e < n; e++) {
            for (int s = from; s < to; s++) {
                double t = o.trueTheta(e, s);
                double estimate = o.theta(e, s);
                items += o.items(e, s);
                error += estimate - t;
                squared += (estimate - t) * (estimate - t);
                se += o.se(e, s);
                sumTrue += t;
                sumEstimate += estimate;
                if (o.level(e, s) == o.trueLevel(e, s)) {
                    correct++;
                }
                if (o.hasStandard() && o.meetsStandard(e, s) == (o.trueLevel(e, s) >= o.requiredLevel(s))) {
                    decided++;
                }
            }
        }
        double meanTrue = sumTrue / count;
        double meanEstimate = sumEstimate / count;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int e = 0; e < n; e++) {
            for (int s = from; s < to; s++) {
                double x = o.trueTheta(e, s) - meanTrue;
                double y = o.theta(e, s) - meanEstimate;
                sxx += x * x;
                syy += y * y;
                sxy += x * y;
            }
        }
        double correlation = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
        return new ScaleStatistics(items / count * itemsPerExamineeFactor, error / count, Math.sqrt(squared / count),
                correlation, se / count, correct / count, o.hasStandard() ? decided / count : Double.NaN);
    }

    private static List<ConditionalPrecision> conditional(DesignOutcome o) {
        int bins = (int) Math.round(-2 * LOWEST_BIN / BIN_WIDTH) + 1;
        int[] pairs = new int[bins];
        double[] se = new double[bins];
        double[] squared = new double[bins];
        double[] items = new double[bins];
        for (int e = 0; e < o.examinees(); e++) {
            for (int s = 0; s < o.scales().size(); s++) {
                int bin = bin(o.trueTheta(e, s), bins);
                double error = o.theta(e, s) - o.trueTheta(e, s);
                pairs[bin]++;
                se[bin] += o.se(e, s);
                squared[bin] += error * error;
                items[bin] += o.items(e, s);
            }
        }
        List<ConditionalPrecision> result = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            double count = pairs[b] == 0 ? Double.NaN : pairs[b];
            result.add(new ConditionalPrecision(LOWEST_BIN + b * BIN_WIDTH, pairs[b], se[b] / count,
                    Math.sqrt(squared[b] / count), items[b] / count));
        }
        return List.copyOf(result);
    }

    /** The bin of a true θ: the nearest centre, the outer bins taking everything beyond them. */
    static int bin(double theta, int bins) {
        long nearest = (long) Math.floor((theta - LOWEST_BIN) / BIN_WIDTH + 0.5);
        return (int) Math.max(0, Math.min(bins - 1, nearest));
    }

    /** @return the number of examinees */
    public int examinees() {
        return examinees;
    }

    /** @return the mean number of items an examinee answered, all scales together */
    public double meanItems() {
        return meanItems;
    }

    /** @return the mean number of items answered per scale, by scale code in bank order */
    public Map<String, Double> meanItemsPerScale() {
        Map<String, Double> means = new LinkedHashMap<>();
        perScale.forEach((scale, statistics) -> means.put(scale, statistics.meanItems()));
        return Collections.unmodifiableMap(means);
    }

    /** @return the statistics over every (person, scale) pair */
    public ScaleStatistics overall() {
        return overall;
    }

    /** @return the statistics of each scale, by scale code in bank order */
    public Map<String, ScaleStatistics> perScale() {
        return perScale;
    }

    /** @return the largest exposure rate of any item */
    public double maxExposure() {
        return maxExposure;
    }

    /** @return the test-overlap rate, NaN for fewer than two examinees */
    public double overlapRate() {
        return overlapRate;
    }

    /** @return how many examinees answered 0, 1, 2, … items in all; the last count is above zero */
    public List<Integer> lengthDistribution() {
        return lengths;
    }

    /** @return the precision by bin of true θ, lowest bin first */
    public List<ConditionalPrecision> conditional() {
        return conditional;
    }
}

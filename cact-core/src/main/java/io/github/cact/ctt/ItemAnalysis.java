package io.github.cact.ctt;

import io.github.cact.data.ResponseMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The classical item analysis of one scale: each item's count, mean and SD over those who answered it, and,
 * over the complete cases (examinees who answered every item of the scale), its corrected item–rest
 * correlation, α if it is deleted, and the scale's Cronbach's α with its 95 % Feldt interval.
 *
 * <p>α = k/(k − 1) · (1 − Σ s²_i / s²_X), with s²_i the item variances and s²_X the variance of the sum
 * score X (Cronbach 1951). The item–rest correlation of item i is the Pearson correlation of x_i with
 * X − x_i. These are psych's {@code alpha(x, use = "complete.obs")} {@code raw_alpha} and {@code r.drop};
 * its default, pairwise covariances, agrees when no answer is missing. Everything comes from the variances
 * of the items, of X and of each rest score and the items' covariances with their rest scores: two passes
 * over the data and no k × k matrix.
 *
 * <p>Immutable and thread-safe.
 */
public final class ItemAnalysis {

    /** The coverage of the interval of α. */
    public static final double CONFIDENCE = 0.95;

    private final List<ItemStatistics> items;
    private final int completeCases;
    private final OptionalDouble alpha;
    private final OptionalDouble alphaLower;
    private final OptionalDouble alphaUpper;

    private ItemAnalysis(List<ItemStatistics> items, int completeCases, OptionalDouble alpha,
            OptionalDouble alphaLower, OptionalDouble alphaUpper) {
        this.items = items;
        this.completeCases = completeCases;
        this.alpha = alpha;
        this.alphaLower = alphaLower;
        this.alphaUpper = alphaUpper;
    }

    /**
     * Analyses every item of a matrix as one scale.
     *
     * @param responses the scores
     * @return the analysis
     */
    public static ItemAnalysis of(ResponseMatrix responses) {
        return of(responses, Objects.requireNonNull(responses, "responses").itemIds());
    }

    /**
     * Analyses some items of a matrix as one scale.
     *
     * @param responses the scores
     * @param items the scale's item ids, at least one, each a column of {@code responses}
     * @return the analysis, its items in the given order
     * @throws IllegalArgumentException if there is no item, or an item is not in the matrix or repeated
     */
    public static ItemAnalysis of(ResponseMatrix responses, List<String> items) {
        int[] columns = Columns.of(responses, items);
        int k = columns.length;
        int examinees = responses.examinees();
        byte[] row = new byte[responses.items()];
        int[] answered = new int[k];
        double[] sum = new double[k];
        boolean[] complete = new boolean[examinees];
        int completeCases = 0;
        double[] completeSum = new double[k];
        for (int e = 0; e < examinees; e++) {
            responses.copyRow(e, row, 0);
            boolean all = true;
            for (int i = 0; i < k; i++) {
                int x = row[columns[i]];
                if (x == ResponseMatrix.MISSING) {
                    all = false;
                } else {
                    answered[i]++;
                    sum[i] += x;
                }
            }
            if (all) {
                complete[e] = true;
                completeCases++;
                for (int i = 0; i < k; i++) {
                    completeSum[i] += row[columns[i]];
                }
            }
        }
        double[] mean = new double[k];
        double[] completeMean = new double[k];
        double[] restMean = new double[k];
        double completeTotal = 0;
        for (double value : completeSum) {
            completeTotal += value;
        }
        double totalMean = completeCases == 0 ? 0 : completeTotal / completeCases;
        for (int i = 0; i < k; i++) {
            mean[i] = answered[i] == 0 ? 0 : sum[i] / answered[i];
            completeMean[i] = completeCases == 0 ? 0 : completeSum[i] / completeCases;
            // sums of whole numbers are exact, so a constant rest score has exactly zero deviations
            restMean[i] = completeCases == 0 ? 0 : (completeTotal - completeSum[i]) / completeCases;
        }
        double[] squares = new double[k];
        double[] itemSquares = new double[k];
        double[] restSquares = new double[k];
        double[] withRest = new double[k];
        double totalSquares = 0;
        for (int e = 0; e < examinees; e++) {
            responses.copyRow(e, row, 0);
            double total = 0;
            for (int i = 0; i < k; i++) {
                int x = row[columns[i]];
                if (x != ResponseMatrix.MISSING) {
                    double d = x - mean[i];
                    squares[i] += d * d;
                    total += x;
                }
            }
            if (complete[e]) {
                double t = total - totalMean;
                totalSquares += t * t;
                for (int i = 0; i < k; i++) {
                    int x = row[columns[i]];
                    double d = x - completeMean[i];
                    double r = total - x - restMean[i];
                    itemSquares[i] += d * d;
                    restSquares[i] += r * r;
                    withRest[i] += d * r;
                }
            }
        }
        double itemVarianceSum = 0;
        for (double s : itemSquares) {
            itemVarianceSum += s;
        }
        boolean enough = completeCases >= 2;
        List<ItemStatistics> statistics = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            OptionalDouble r = enough && itemSquares[i] > 0 && restSquares[i] > 0
                    ? OptionalDouble.of(clamp(withRest[i] / Math.sqrt(itemSquares[i] * restSquares[i])))
                    : OptionalDouble.empty();
            OptionalDouble ifDeleted = enough ? alpha(k - 1, itemVarianceSum - itemSquares[i], restSquares[i])
                    : OptionalDouble.empty();
            statistics.add(new ItemStatistics(items.get(i), answered[i],
                    answered[i] == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean[i]),
                    answered[i] < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(squares[i] / (answered[i] - 1))),
                    r, ifDeleted));
        }
        OptionalDouble alpha = enough ? alpha(k, itemVarianceSum, totalSquares) : OptionalDouble.empty();
        OptionalDouble lower = OptionalDouble.empty();
        OptionalDouble upper = OptionalDouble.empty();
        if (alpha.isPresent() && alpha.getAsDouble() < 1) {
            double[] interval = FeldtInterval.of(alpha.getAsDouble(), completeCases, k, CONFIDENCE);
            lower = OptionalDouble.of(interval[0]);
            upper = OptionalDouble.of(interval[1]);
        }
        return new ItemAnalysis(List.copyOf(statistics), completeCases, alpha, lower, upper);
    }

    /** α from sums of squares (the divisor cancels); empty below 2 items or without spread in the sum. */
    private static OptionalDouble alpha(int k, double itemSquares, double totalSquares) {
        if (k < 2 || !(totalSquares > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(k / (k - 1.0) * (1 - itemSquares / totalSquares));
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }

    /**
     * The items' statistics, in the order analysed.
     *
     * @return an unmodifiable list
     */
    public List<ItemStatistics> items() {
        return items;
    }

    /**
     * The number of complete cases, those who answered every item of the scale.
     *
     * @return the count
     */
    public int completeCases() {
        return completeCases;
    }

    /**
     * Cronbach's α over the complete cases.
     *
     * @return α (at most 1, possibly negative), or empty with fewer than 2 items or complete cases, or no spread
     *     in the sum score
     */
    public OptionalDouble alpha() {
        return alpha;
    }

    /**
     * The lower end of the {@value #CONFIDENCE} Feldt interval of α.
     *
     * @return the lower end, or empty when α is empty or 1
     */
    public OptionalDouble alphaLower() {
        return alphaLower;
    }

    /**
     * The upper end of the {@value #CONFIDENCE} Feldt interval of α.
     *
     * @return the upper end, or empty when α is empty or 1
     */
    public OptionalDouble alphaUpper() {
        return alphaUpper;
    }

    @Override
    public String toString() {
        return "ItemAnalysis[" + items.size() + " items, " + completeCases + " complete cases, alpha " + alpha + "]";
    }
}

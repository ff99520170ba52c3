package io.github.cact.competency;

import io.github.cact.internal.numerics.GaussLegendre;
import io.github.cact.internal.tables.LordWingersky;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * Classification accuracy and consistency of the levels of one competency, conditional on θ and
 * marginal.
 *
 * <p>Conditional: p_k(θ), the probability that a person of true ability θ is classified at level k;
 * accuracy CA(θ) = p_{L(θ)}(θ) with L(θ) the true level; consistency CC(θ) = Σ_k p_k(θ)², the probability
 * that two independent measurements agree. Two ways to get p_k(θ):
 * <ul>
 *   <li>Rudner (2001, 2005), {@link #rudner}: θ̂ ~ N(θ, SE(θ)²), p_k(θ) = Φ((c_k − θ)/SE(θ)) −
 *       Φ((c_{k−1} − θ)/SE(θ)), with SE(θ) = 1/√TIF(θ) supplied by the caller;</li>
 *   <li>Lee (2010), {@link #lee}: levels from summed-score cuts x_k, p_k(θ) = Σ_{x in level k} P(X = x | θ)
 *       by the Lord–Wingersky recursion, true level from the true score τ(θ) = E[X | θ] ≥ x_k.</li>
 * </ul>
 * Marginal indices ({@link ClassificationIndices}): the D-method integrates over a normal latent density
 * (Gauss–Legendre, 40 points on each stretch between true-level boundaries within μ ± 8σ, renormalised);
 * the P-method averages over given examinee estimates θ̂_n, taking θ̂_n as the true θ.
 *
 * <p>Immutable; thread-safe if the supplied functions are.
 */
public final class Classification {

    private static final int POINTS_PER_SEGMENT = 40;
    private static final double HALF_RANGE_SD = 8.0;
    private static final GaussLegendre RULE = GaussLegendre.of(POINTS_PER_SEGMENT);

    private final String competency;
    private final double[] boundaries;
    private final DoubleFunction<double[]> conditional;

    private Classification(String competency, double[] boundaries, DoubleFunction<double[]> conditional) {
        this.competency = competency;
        this.boundaries = boundaries;
        this.conditional = conditional;
    }

    /**
     * Rudner's method: classification by the θ cut scores of an estimate with standard error SE(θ).
     *
     * @param cuts the competency's cut scores, which also define the true level
     * @param standardError θ ↦ SE(θ) &gt; 0, finite, e.g. 1/√TIF(θ) of the competency's items
     * @return the classification model
     */
    public static Classification rudner(CutScores cuts, DoubleUnaryOperator standardError) {
        Objects.requireNonNull(cuts, "cuts");
        Objects.requireNonNull(standardError, "standardError");
        return new Classification(cuts.competency(), cuts.cuts(), theta -> {
            double se = standardError.applyAsDouble(theta);
            if (!(se > 0) || !Double.isFinite(se)) {
                throw new IllegalArgumentException("competency '" + cuts.competency() + "': SE(" + theta + ") = "
                        + se + " is not a positive finite number");
            }
            return cuts.normalLevels(theta, se);
        });
    }

    /**
     * Rudner's method with SE(θ) = 1/√TIF(θ), the standard error of a maximum-likelihood θ estimate on the
     * competency's items.
     *
     * @param cuts the competency's cut scores, which also define the true level
     * @param items the competency's items
     * @return the classification model
     */
    public static Classification rudner(CutScores cuts, ItemBank items) {
        Objects.requireNonNull(items, "items");
        return rudner(cuts, theta -> 1 / Math.sqrt(items.testInformation(theta)));
    }

    /**
     * Lee's method: classification by summed-score cuts, with the summed-score distribution from the
     * Lord–Wingersky recursion. Level of a summed score x: 1 + #{k : x ≥ x_k}; true level of θ: the same
     * rule applied to τ(θ), i.e. θ ≥ b_k with τ(b_k) = x_k (b_k = ±∞ when τ does not reach x_k on
     * [−20, 20]).
     *
     * @param competency the competency code
     * @param items the competency's item models, at least one
     * @param summedScoreCuts x₁ &lt; x₂ &lt; x₃ &lt; x₄, whole numbers in 1..max summed score
     * @return the classification model
     * @throws IllegalArgumentException for no item, or cuts that are not 4, not increasing, or outside
     *     1..max score; naming the competency and the cut
     */
    public static Classification lee(String competency, List<? extends ItemModel> items, int... summedScoreCuts) {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(summedScoreCuts, "summedScoreCuts");
        List<ItemModel> bank = List.copyOf(items);
        if (bank.isEmpty()) {
            throw new IllegalArgumentException("competency '" + competency + "' has no items");
        }
        int maxScore = LordWingersky.maxScore(bank);
        int[] x = summedScoreCuts.clone();
        if (x.length != Levels.COUNT - 1) {
            throw new IllegalArgumentException("competency '" + competency + "': needs " + (Levels.COUNT - 1)
                    + " summed-score cuts (levels 2..5), got " + x.length);
        }
        for (int k = 0; k < x.length; k++) {
            if (x[k] < 1 || x[k] > maxScore) {
                throw new IllegalArgumentException("competency '" + competency + "': summed-score cut " + (k + 1)
                        + " = " + x[k] + " is outside 1.." + maxScore);
            }
            if (k > 0 && x[k] <= x[k - 1]) {
                throw new IllegalArgumentException("competency '" + competency + "': summed-score cuts must "
                        + "increase, but cut " + (k + 1) + " = " + x[k] + " is not above cut " + k + " = " + x[k - 1]);
            }
        }
        DoubleUnaryOperator tau = theta -> {
            double sum = 0;
            for (int i = 0; i < bank.size(); i++) {
                sum += bank.get(i).expectedScore(theta);
            }
            return sum;
        };
        double[] boundaries = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double b = Roots.invert(tau, x[k]);
            boundaries[k] = !Double.isNaN(b) ? b
                    : tau.applyAsDouble(Levels.THETA_BOUND) < x[k] ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return new Classification(competency, boundaries, theta -> {
            double[] dist = LordWingersky.distribution(bank, new double[] {theta});
            double[] p = new double[Levels.COUNT];
            int level = 0;
            for (int s = 0; s < dist.length; s++) {
                while (level < x.length && s >= x[level]) {
                    level++;
                }
                p[level] += dist[s];
            }
            return p;
        });
    }

    /**
     * Returns the competency code.
     *
     * @return the code
     */
    public String competency() {
        return competency;
    }

    /**
     * Returns the true level of θ: 1 + #{k : θ ≥ b_k}, b_k the cut scores (Rudner) or τ⁻¹(x_k) (Lee).
     *
     * @param theta true θ, not NaN
     * @return 1..5
     * @throws IllegalArgumentException for NaN
     */
    public int trueLevel(double theta) {
        if (Double.isNaN(theta)) {
            throw new IllegalArgumentException("competency '" + competency + "': θ is NaN");
        }
        int level = Levels.MIN;
        for (double b : boundaries) {
            if (theta >= b) {
                level++;
            }
        }
        return level;
    }

    /**
     * Returns the true-level boundaries on θ.
     *
     * @return a new array b₁..b₄, non-decreasing, possibly ±∞ for Lee
     */
    public double[] boundaries() {
        return boundaries.clone();
    }

    /**
     * Returns p_k(θ), the probability of each classified level at a true θ.
     *
     * @param theta true θ, finite
     * @return the distribution of the classified level
     * @throws IllegalArgumentException for a non-finite θ, or (Rudner) an SE(θ) that is not positive and
     *     finite
     */
    public LevelDistribution classified(double theta) {
        return LevelDistribution.of(probabilities(theta));
    }

    /**
     * Returns the conditional accuracy CA(θ) = p_{L(θ)}(θ).
     *
     * @param theta true θ, finite
     * @return the probability of classifying θ at its true level
     */
    public double accuracy(double theta) {
        return probabilities(theta)[trueLevel(theta) - 1];
    }

    /**
     * Returns the conditional consistency CC(θ) = Σ_k p_k(θ)².
     *
     * @param theta true θ, finite
     * @return the probability that two independent classifications agree
     */
    public double consistency(double theta) {
        double[] p = probabilities(theta);
        double sum = 0;
        for (double v : p) {
            sum += v * v;
        }
        return sum;
    }

    private double[] probabilities(double theta) {
        Levels.finite(theta, "competency '" + competency + "': θ");
        return conditional.apply(theta);
    }

    /**
     * D-method marginal indices over θ ~ N(0, 1).
     *
     * @return accuracy, consistency and confusion matrix
     */
    public ClassificationIndices dMethod() {
        return dMethod(0, 1);
    }

    /**
     * D-method marginal indices over θ ~ N(μ, σ²): ∫ CA(θ) g(θ) dθ, ∫ CC(θ) g(θ) dθ and the confusion
     * matrix ∫ 1{L(θ) = t} p_c(θ) g(θ) dθ, by Gauss–Legendre quadrature on μ ± 8σ split at the true-level
     * boundaries.
     *
     * @param mean μ, finite
     * @param sd σ, finite and &gt; 0
     * @return accuracy, consistency and confusion matrix
     * @throws IllegalArgumentException for a non-finite μ or a σ that is not positive and finite
     */
    public ClassificationIndices dMethod(double mean, double sd) {
        Levels.finite(mean, "latent mean");
        if (!(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("latent SD " + sd + " is not positive and finite");
        }
        double lo = mean - HALF_RANGE_SD * sd;
        double hi = mean + HALF_RANGE_SD * sd;
        double[][] confusion = new double[Levels.COUNT][Levels.COUNT];
        double consistency = 0;
        double mass = 0;
        double start = lo;
        for (int k = 0; k <= boundaries.length; k++) {
            double end = k < boundaries.length ? Math.min(hi, Math.max(lo, boundaries[k])) : hi;
            if (end > start) {
                for (int i = 0; i < RULE.size(); i++) {
                    double theta = RULE.node(i, start, end);
                    double z = (theta - mean) / sd;
                    double w = RULE.weight(i, start, end) * Math.exp(-0.5 * z * z);
                    consistency += w * accumulate(theta, w, confusion);
                    mass += w;
                }
                start = end;
            }
        }
        return ClassificationIndices.of(competency, confusion, consistency, mass);
    }

    /**
     * P-method marginal indices: the averages over examinees of CA(θ̂_n), CC(θ̂_n) and of the confusion
     * entries 1{L(θ̂_n) = t} p_c(θ̂_n).
     *
     * @param thetaHats the examinees' estimates, finite, at least one; not modified
     * @return accuracy, consistency and confusion matrix
     * @throws IllegalArgumentException for no estimate or a non-finite one, naming its index
     */
    public ClassificationIndices pMethod(double[] thetaHats) {
        Objects.requireNonNull(thetaHats, "thetaHats");
        if (thetaHats.length == 0) {
            throw new IllegalArgumentException("competency '" + competency + "': the P-method needs estimates");
        }
        double[][] confusion = new double[Levels.COUNT][Levels.COUNT];
        double consistency = 0;
        for (int n = 0; n < thetaHats.length; n++) {
            Levels.finite(thetaHats[n], "competency '" + competency + "': estimate " + n);
            consistency += accumulate(thetaHats[n], 1, confusion);
        }
        return ClassificationIndices.of(competency, confusion, consistency, thetaHats.length);
    }

    /** Adds w·p_c(θ) to row L(θ) of the confusion matrix and returns CC(θ). */
    private double accumulate(double theta, double w, double[][] confusion) {
        double[] p = probabilities(theta);
        double[] row = confusion[trueLevel(theta) - 1];
        double cc = 0;
        for (int c = 0; c < p.length; c++) {
            row[c] += w * p[c];
            cc += p[c] * p[c];
        }
        return cc;
    }

    @Override
    public String toString() {
        return "Classification[" + competency + "]";
    }
}

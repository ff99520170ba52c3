package io.github.cact.internal.fit;

import io.github.cact.internal.numerics.ChiSquare;
import io.github.cact.internal.numerics.Cholesky;
import io.github.cact.internal.numerics.Gamma;
import java.util.List;
import java.util.Locale;

/**
 * Limited-information fit from the first- and second-order margins (Maydeu-Olivares &amp; Joe 2005, JASA
 * 100; 2006, Psychometrika 71): M2 when every item is dichotomous, C2 with polytomous items (Cai &amp; Monro
 * 2014, CRESST Report 835; mirt's {@code M2(type = "C2")}), which keeps the univariate category margins
 * P(X_i = k), k ≥ 1, and collapses each bivariate table into E[X_i X_j]. With e = p̂ − π(γ̂), Ξ the moments'
 * covariance for one examinee under the model and Δ = ∂π/∂γ':
 * M2 = N e' [Ξ⁻¹ − Ξ⁻¹Δ(Δ'Ξ⁻¹Δ)⁻¹Δ'Ξ⁻¹] e, df = moments − parameters; RMSEA = √max(0, (M2 − df)/(df (N − 1)))
 * with the 90 % interval of Browne &amp; Cudeck (1993); SRMSR from the residual inter-item correlations.
 *
 * <p>Each moment is a product of functions of single items, from the basis X, X² and the indicators
 * 1(X = k); the product of two such functions of one item is again a multiple of one of them (X·X = X²,
 * X·1(X = k) = k·1(X = k), 1(X = k)·1(X = l) = δ_kl·1(X = k)). Model moments are sums over weighted latent
 * points by conditional independence: E[Π_i f_i(X_i)] = Σ_q w_q Π_i E[f_i(X_i) | θ_q], whatever the points
 * (a quadrature grid in one dimension, quasi-Monte Carlo points in several). Δ is taken by central
 * differences over the estimated parameter vector (the statistic does not depend on the parameterisation).
 * Mutable by nobody after construction; one instance per computation.
 */
public final class LimitedInformation {

    /** The relative step of the central differences for Δ. */
    private static final double STEP = 1e-5;
    /** A Cholesky pivot at or below this counts as singular (Ξ, or the information in the moments). */
    private static final double MIN_PIVOT = 1e-10;

    /** Basis functions of one item's response: X, X², then 1(X = k) at {@code INDICATOR + k − 1}. */
    public static final int SCORE = 0;
    /** The index of X² among an item's basis functions. */
    public static final int SQUARE = 1;
    /** The index of 1(X = 1) among an item's basis functions; 1(X = k) is at {@code INDICATOR + k − 1}. */
    public static final int INDICATOR = 2;

    /** The model on its latent points, as a function of the estimated parameter vector. */
    public interface Model {
        /**
         * Returns E[f(X_i) | θ_q] for every basis function f (X, X², 1(X = k), k ≥ 1) at the points, at
         * parameter vector x.
         *
         * @param x the parameters
         * @return {@code [item][function][point]}
         */
        double[][][] conditionalMoments(double[] x);

        /**
         * Returns the normalised weights of the points at x.
         *
         * @param x the parameters
         * @return one weight per point, summing to 1
         */
        double[] weights(double[] x);

        /**
         * Tells whether x lies in the parameter space (a central difference steps outside it otherwise).
         *
         * @param x the parameters
         * @return true if the model can be evaluated there
         */
        boolean valid(double[] x);
    }

    /** The response patterns: a weight and a response (−1 missing) per item. */
    public interface Patterns {
        /** @return the number of patterns */
        int count();

        /**
         * @param p a pattern
         * @return its weight (the examinees with it)
         */
        double weight(int p);

        /**
         * @param p a pattern
         * @param item an item
         * @return the response, negative if missing
         */
        int response(int p, int item);
    }

    /**
     * The statistic; see the class description.
     *
     * @param m2 M2 (C2), ≥ 0
     * @param df its degrees of freedom
     * @param pValue P(χ²_df ≥ M2)
     * @param rmsea the RMSEA
     * @param rmseaLower the lower bound of its 90 % interval
     * @param rmseaUpper the upper bound
     * @param srmsr the SRMSR
     * @param examinees N, the weight of the complete patterns
     * @param collapsed whether polytomous bivariate margins were collapsed (C2)
     */
    public record Statistic(double m2, int df, double pValue, double rmsea, double rmseaLower, double rmseaUpper,
            double srmsr, double examinees, boolean collapsed) {
    }

    private final int items;
    private final int moments;
    /** Moment m is f(X_first) for a univariate moment (second = −1), X_first · X_second otherwise. */
    private final int[] first;
    private final int[] basis;
    private final int[] second;

    /**
     * The moments of items with the given numbers of categories: the K_i − 1 univariate category margins of
     * each item, then E[X_i X_j] for every pair i &lt; j.
     *
     * @param categories K_i of every item
     */
    public LimitedInformation(int[] categories) {
        this.items = categories.length;
        this.moments = (int) momentCount(categories);
        this.first = new int[moments];
        this.basis = new int[moments];
        this.second = new int[moments];
        int m = 0;
        for (int i = 0; i < items; i++) {
            for (int k = 1; k < categories[i]; k++) {
                first[m] = i;
                basis[m] = INDICATOR + k - 1;
                second[m++] = -1;
            }
        }
        for (int i = 0; i < items; i++) {
            for (int j = i + 1; j < items; j++) {
                first[m] = i;
                basis[m] = SCORE;
                second[m++] = j;
            }
        }
    }

    /**
     * Returns Σ(K_i − 1) + I(I − 1)/2.
     *
     * @param categories K_i of every item
     * @return the number of moments
     */
    public static long momentCount(int[] categories) {
        long count = (long) categories.length * (categories.length - 1) / 2;
        for (int k : categories) {
            count += k - 1;
        }
        return count;
    }

    /**
     * The warning given when there are more moments than a limit.
     *
     * @param items the items
     * @param moments the moments
     * @param limit the limit
     * @param setting where the limit is set, e.g. {@code "CalibrationOptions.m2MaxMoments"}
     * @return the message
     */
    public static String tooManyMoments(int items, long moments, int limit, String setting) {
        return String.format(Locale.ROOT, "M2 not computed: %d items have %d first- and second-order"
                + " moments, above the limit of %d (%s); raise the limit to at least %d to compute it (time grows"
                + " with the cube of the number of moments)", items, moments, limit, setting, moments);
    }

    /**
     * Computes the statistic at the estimates x, or returns null with a warning saying why it cannot be.
     *
     * @param model the model on its points
     * @param x the estimates; the model is left at x
     * @param parameters the number of free parameters (the length of x)
     * @param data the response patterns (complete ones are used)
     * @param ids the item ids, for the warnings
     * @param total the weight of all patterns, complete or not
     * @param warnings receives the reason when the statistic is not computed, and the complete-case count
     * @return the statistic, or null
     */
    public Statistic compute(Model model, double[] x, int parameters, Patterns data, List<String> ids, double total,
            List<String> warnings) {
        int df = moments - parameters;
        if (df <= 0) {
            warnings.add(String.format(Locale.ROOT, "M2 not computed: %d first- and second-order moments leave no"
                    + " degrees of freedom for %d estimated parameters", moments, parameters));
            return null;
        }
        double[] observed = new double[moments];
        double[][] scores = new double[2][items];
        double n = sampleMoments(data, observed, scores);
        if (n < 2) {
            warnings.add("M2 not computed: fewer than 2 examinees answered every item");
            return null;
        }
        for (int i = 0; i < items; i++) {
            if (!(scores[1][i] - scores[0][i] * scores[0][i] > 0)) {
                warnings.add("M2 not computed: item '" + ids.get(i) + "' has one response category only"
                        + " among the examinees who answered every item");
                return null;
            }
        }
        double[][][] conditional = model.conditionalMoments(x);
        double[] weights = model.weights(x);
        double[] modelMoments = modelMoments(conditional, weights);
        double[] xi = covariance(conditional, weights, modelMoments);
        double[][] delta = jacobian(model, x);
        double[] e = new double[moments];
        for (int m = 0; m < moments; m++) {
            e[m] = observed[m] - modelMoments[m];
        }
        double quadratic = quadraticForm(xi, delta, e, parameters);
        if (Double.isNaN(quadratic)) {
            warnings.add("M2 not computed: the covariance of the moments or the information in them is singular"
                    + " (parameters not identified from the first- and second-order margins)");
            return null;
        }
        double m2 = Math.max(0, n * quadratic);
        double rmsea = Math.sqrt(Math.max(0, (m2 - df) / (df * (n - 1))));
        double lower = Math.sqrt(noncentrality(m2, df, 0.95) / (df * (n - 1)));
        double upper = Math.sqrt(noncentrality(m2, df, 0.05) / (df * (n - 1)));
        boolean collapsed = moments > items + items * (items - 1) / 2;
        if (n < total) {
            warnings.add(String.format(Locale.ROOT, "M2 uses the %.0f of %.0f examinees who answered every item",
                    n, total));
        }
        return new Statistic(m2, df, chiSquareUpperTail(m2, df), rmsea, lower, upper,
                srmsr(observed, modelMoments, scores, conditional, weights), n, collapsed);
    }

    /**
     * eᵀ C2 e with C2 = Ξ⁻¹ − Ξ⁻¹Δ(ΔᵀΞ⁻¹Δ)⁻¹ΔᵀΞ⁻¹, as eᵀΞ⁻¹e − bᵀA⁻¹b with A = ΔᵀΞ⁻¹Δ and b = ΔᵀΞ⁻¹e, both
     * solves by Cholesky; NaN when Ξ or A is not positive definite.
     */
    private double quadraticForm(double[] xi, double[][] delta, double[] e, int parameters) {
        Cholesky xiFactor = Cholesky.factor(xi, moments, 0, MIN_PIVOT);
        if (xiFactor == null) {
            return Double.NaN;
        }
        double[] xe = xiFactor.solve(e);
        double[][] xd = new double[parameters][];
        double[] column = new double[moments];
        for (int j = 0; j < parameters; j++) {
            for (int m = 0; m < moments; m++) {
                column[m] = delta[m][j];
            }
            xd[j] = xiFactor.solve(column);
        }
        double[] a = new double[parameters * parameters];
        double[] b = new double[parameters];
        for (int i = 0; i < parameters; i++) {
            for (int j = 0; j < parameters; j++) {
                double s = 0;
                for (int m = 0; m < moments; m++) {
                    s += delta[m][i] * xd[j][m];
                }
                a[i * parameters + j] = s;
            }
            double s = 0;
            for (int m = 0; m < moments; m++) {
                s += delta[m][i] * xe[m];
            }
            b[i] = s;
        }
        for (int i = 0; i < parameters; i++) { // symmetric up to rounding; make it exactly so
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (a[i * parameters + j] + a[j * parameters + i]);
                a[i * parameters + j] = mean;
                a[j * parameters + i] = mean;
            }
        }
        Cholesky aFactor = Cholesky.factor(a, parameters, 0, MIN_PIVOT);
        if (aFactor == null) {
            return Double.NaN;
        }
        double[] ab = aFactor.solve(b);
        double quadratic = 0;
        for (int m = 0; m < moments; m++) {
            quadratic += xe[m] * e[m];
        }
        for (int i = 0; i < parameters; i++) {
            quadratic -= b[i] * ab[i];
        }
        return quadratic;
    }

    /**
     * χ² upper tail P(χ²_df ≥ x), 1 for x ≤ 0.
     *
     * @param x the statistic
     * @param df the degrees of freedom
     * @return the p-value
     */
    public static double chiSquareUpperTail(double x, int df) {
        if (!(x > 0)) {
            return 1;
        }
        return ChiSquare.upperTail(x, df);
    }

    /**
     * The noncentral χ² distribution function as a Poisson mixture of central ones:
     * P(χ²_df(λ) ≤ x) = Σ_j e^(−λ/2) (λ/2)^j / j! · P(df/2 + j, x/2), P the regularised lower gamma
     * function; weights are summed in log space from j = 0 to beyond λ/2 + 12 √(λ/2 + 1) + 20.
     *
     * @param x the value
     * @param df the degrees of freedom
     * @param lambda the noncentrality
     * @return the probability
     */
    public static double noncentralChiSquareCdf(double x, int df, double lambda) {
        if (!(x > 0)) {
            return 0;
        }
        double half = lambda / 2;
        if (half == 0) {
            return Gamma.regularizedP(df / 2.0, x / 2);
        }
        long last = (long) Math.ceil(half + 12 * Math.sqrt(half + 1) + 20);
        double sum = 0;
        for (long j = 0; j <= last; j++) {
            double logWeight = -half + j * Math.log(half) - Gamma.logGamma(j + 1.0);
            if (logWeight > -745) {
                sum += Math.exp(logWeight) * Gamma.regularizedP(df / 2.0 + j, x / 2);
            }
        }
        return Math.min(1, sum);
    }

    /**
     * The noncentrality λ ≥ 0 at which M2 is the p-quantile of χ²_df(λ), or 0 if even λ = 0 puts it below
     * (Browne &amp; Cudeck 1993): the RMSEA interval's bounds come from p = 0.95 and p = 0.05.
     *
     * @param m2 the statistic
     * @param df its degrees of freedom
     * @param p the probability
     * @return λ
     */
    public static double noncentrality(double m2, int df, double p) {
        if (noncentralChiSquareCdf(m2, df, 0) <= p) {
            return 0;
        }
        double lo = 0;
        double hi = Math.max(1, m2);
        while (noncentralChiSquareCdf(m2, df, hi) > p) {
            lo = hi;
            hi *= 2;
        }
        // the distribution function falls as λ grows: bisect to the last bits
        for (int k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (noncentralChiSquareCdf(m2, df, mid) > p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The sample moments over complete patterns, and the item-score means and mean squares
     * ({@code scores[0]}, {@code scores[1]}); returns their total weight N.
     */
    private double sampleMoments(Patterns data, double[] observed, double[][] scores) {
        int[] row = new int[items];
        double n = 0;
        for (int p = 0; p < data.count(); p++) {
            boolean complete = true;
            for (int i = 0; i < items; i++) {
                row[i] = data.response(p, i);
                complete &= row[i] >= 0;
            }
            if (!complete) {
                continue;
            }
            double f = data.weight(p);
            n += f;
            for (int m = 0; m < moments; m++) {
                int x = row[first[m]];
                double value = second[m] >= 0 ? x * row[second[m]] : x == basis[m] - INDICATOR + 1 ? 1 : 0;
                observed[m] += f * value;
            }
            for (int i = 0; i < items; i++) {
                scores[0][i] += f * row[i];
                scores[1][i] += f * row[i] * row[i];
            }
        }
        for (int m = 0; m < moments; m++) {
            observed[m] /= n;
        }
        for (int i = 0; i < items; i++) {
            scores[0][i] /= n;
            scores[1][i] /= n;
        }
        return n;
    }

    private double[] modelMoments(double[][][] c, double[] w) {
        double[] pi = new double[moments];
        for (int m = 0; m < moments; m++) {
            double[] a = c[first[m]][basis[m]];
            double sum = 0;
            if (second[m] < 0) {
                for (int q = 0; q < w.length; q++) {
                    sum += w[q] * a[q];
                }
            } else {
                double[] b = c[second[m]][SCORE];
                for (int q = 0; q < w.length; q++) {
                    sum += w[q] * a[q] * b[q];
                }
            }
            pi[m] = sum;
        }
        return pi;
    }

    /**
     * Ξ_ab = E[s_a s_b] − π_a π_b, the expectations of the products by conditional independence; row-major.
     */
    private double[] covariance(double[][][] c, double[] w, double[] pi) {
        double[] xi = new double[moments * moments];
        int[] item = new int[4];
        int[] function = new int[4];
        for (int a = 0; a < moments; a++) {
            for (int b = a; b < moments; b++) {
                int factors = 0;
                double coefficient = 1;
                for (int slot = 0; slot < 4 && coefficient != 0; slot++) {
                    int m = slot < 2 ? a : b;
                    int member = slot % 2 == 0 ? first[m] : second[m];
                    if (member < 0) {
                        continue;
                    }
                    int f = slot % 2 == 0 ? basis[m] : SCORE;
                    int s = 0;
                    while (s < factors && item[s] != member) {
                        s++;
                    }
                    if (s == factors) {
                        item[factors] = member;
                        function[factors++] = f;
                        continue;
                    }
                    // the same item twice: multiply the two basis functions
                    int g = function[s];
                    if (g == SCORE && f == SCORE) {
                        function[s] = SQUARE;
                    } else if (g == SCORE || f == SCORE) {
                        function[s] = Math.max(g, f);
                        coefficient *= function[s] - INDICATOR + 1;
                    } else if (g != f) {
                        coefficient = 0;
                    }
                }
                double sum = 0;
                if (coefficient != 0) {
                    for (int q = 0; q < w.length; q++) {
                        double product = w[q];
                        for (int s = 0; s < factors; s++) {
                            product *= c[item[s]][function[s]][q];
                        }
                        sum += product;
                    }
                }
                double value = coefficient * sum - pi[a] * pi[b];
                xi[a * moments + b] = value;
                xi[b * moments + a] = value;
            }
        }
        return xi;
    }

    /**
     * Δ = ∂π/∂x' by central differences, one-sided where a step would leave the parameter space (an
     * estimate held at its edge); the model is left at x.
     */
    private double[][] jacobian(Model model, double[] x) {
        double[][] delta = new double[moments][x.length];
        double[] shifted = x.clone();
        double[] centre = null;
        for (int j = 0; j < x.length; j++) {
            double h = STEP * Math.max(1, Math.abs(x[j]));
            shifted[j] = x[j] + h;
            double[] up = model.valid(shifted)
                    ? modelMoments(model.conditionalMoments(shifted), model.weights(shifted)) : null;
            shifted[j] = x[j] - h;
            double[] down = model.valid(shifted)
                    ? modelMoments(model.conditionalMoments(shifted), model.weights(shifted)) : null;
            shifted[j] = x[j];
            if ((up == null || down == null) && centre == null) {
                centre = modelMoments(model.conditionalMoments(x), model.weights(x));
            }
            double width = (up == null ? 0 : h) + (down == null ? 0 : h);
            double[] high = up == null ? centre : up;
            double[] low = down == null ? centre : down;
            for (int m = 0; m < moments && width > 0; m++) {
                delta[m][j] = (high[m] - low[m]) / width;
            }
        }
        model.conditionalMoments(x);
        return delta;
    }

    /** √(mean over i &lt; j of (r_ij observed − r_ij model)²), r the item-score correlations. */
    private double srmsr(double[] observed, double[] model, double[][] scores, double[][][] c, double[] w) {
        double[] mean = new double[items];
        double[] observedSd = new double[items];
        double[] modelSd = new double[items];
        for (int i = 0; i < items; i++) {
            double second2 = 0;
            for (int q = 0; q < w.length; q++) {
                mean[i] += w[q] * c[i][SCORE][q];
                second2 += w[q] * c[i][SQUARE][q];
            }
            observedSd[i] = Math.sqrt(scores[1][i] - scores[0][i] * scores[0][i]);
            modelSd[i] = Math.sqrt(second2 - mean[i] * mean[i]);
        }
        double sum = 0;
        int pairs = 0;
        for (int m = 0; m < moments; m++) {
            if (second[m] < 0) {
                continue;
            }
            int i = first[m];
            int j = second[m];
            double rObserved = (observed[m] - scores[0][i] * scores[0][j]) / (observedSd[i] * observedSd[j]);
            double rModel = (model[m] - mean[i] * mean[j]) / (modelSd[i] * modelSd[j]);
            sum += (rObserved - rModel) * (rObserved - rModel);
            pairs++;
        }
        return Math.sqrt(sum / pairs);
    }

    /**
     * Writes E[X | θ], E[X² | θ] and P(X = k | θ), k ≥ 1, from the category probabilities at one point.
     *
     * @param p the K probabilities
     * @param categories K
     * @param c the item's {@code [function][point]} table
     * @param q the point
     */
    public static void basisAt(double[] p, int categories, double[][] c, int q) {
        for (int k = 1; k < categories; k++) {
            c[SCORE][q] += k * p[k];
            c[SQUARE][q] += k * k * p[k];
            c[INDICATOR + k - 1][q] = p[k];
        }
    }
}

package io.github.cact.calibration;

import io.github.cact.internal.numerics.Cholesky;
import io.github.cact.irt.ItemModel;
import java.util.List;
import java.util.Locale;

/**
 * Computes {@link LimitedInformationFit} at the estimates of an EM run. Each moment is a product of
 * functions of single items, from the basis X, X² and the indicators 1(X = k); the product of two such
 * functions of one item is again a multiple of one of them (X·X = X², X·1(X = k) = k·1(X = k),
 * 1(X = k)·1(X = l) = δ_kl·1(X = k)). Model moments are quadrature sums by conditional independence:
 * E[Π_i f_i(X_i)] = Σ_q w_q Π_i E[f_i(X_i) | θ_q]. Δ is taken by central differences over the estimated
 * parameter vector (the statistic does not depend on the parameterisation). Confined to one calibration.
 */
final class M2Statistic {

    /** The relative step of the central differences for Δ. */
    private static final double STEP = 1e-5;
    /** A Cholesky pivot at or below this counts as singular (Ξ, or the information in the moments). */
    private static final double MIN_PIVOT = 1e-10;

    /** Basis functions of one item's response: X, X², then 1(X = k) at {@code INDICATOR + k − 1}. */
    private static final int SCORE = 0;
    private static final int SQUARE = 1;
    private static final int INDICATOR = 2;

    private final EmEngine engine;
    private final int items;
    private final int moments;
    /** Moment m is f(X_first) for a univariate moment (second = −1), X_first · X_second otherwise. */
    private final int[] first;
    private final int[] basis;
    private final int[] second;

    private M2Statistic(EmEngine engine) {
        this.engine = engine;
        this.items = engine.layout().items();
        int univariate = 0;
        for (int i = 0; i < items; i++) {
            univariate += engine.layout().state(i).categories - 1;
        }
        this.moments = univariate + items * (items - 1) / 2;
        this.first = new int[moments];
        this.basis = new int[moments];
        this.second = new int[moments];
        int m = 0;
        for (int i = 0; i < items; i++) {
            for (int k = 1; k < engine.layout().state(i).categories; k++) {
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
     * M2 (C2 with polytomous items) at the engine's current estimates, or null with a warning where it
     * cannot be computed.
     *
     * @param engine the engine after its final E-step
     * @param maxMoments the size limit ({@link CalibrationOptions#m2MaxMoments()}); null above it
     * @param warnings receives the reason when the statistic is not computed
     * @return the fit, or null
     */
    static LimitedInformationFit compute(EmEngine engine, int maxMoments, List<String> warnings) {
        int items = engine.layout().items();
        if (items < 2) {
            return null;
        }
        long moments = (long) items * (items - 1) / 2;
        for (int i = 0; i < items; i++) {
            moments += engine.layout().state(i).categories - 1;
        }
        if (moments > maxMoments) {
            warnings.add(String.format(Locale.ROOT, "M2 not computed: %d items have %d first- and second-order"
                    + " moments, above the limit of %d (CalibrationOptions.m2MaxMoments); raise the limit to at"
                    + " least %d to compute it (time grows with the cube of the number of moments)", items,
                    moments, maxMoments, moments));
            return null;
        }
        return new M2Statistic(engine).compute(warnings);
    }

    private LimitedInformationFit compute(List<String> warnings) {
        int parameters = engine.layout().size();
        int df = moments - parameters;
        if (df <= 0) {
            warnings.add(String.format(Locale.ROOT, "M2 not computed: %d first- and second-order moments leave no"
                    + " degrees of freedom for %d estimated parameters", moments, parameters));
            return null;
        }
        double[] observed = new double[moments];
        double[][] scores = new double[2][items];
        double n = sampleMoments(observed, scores);
        if (n < 2) {
            warnings.add("M2 not computed: fewer than 2 examinees answered every item");
            return null;
        }
        for (int i = 0; i < items; i++) {
            if (!(scores[1][i] - scores[0][i] * scores[0][i] > 0)) {
                warnings.add("M2 not computed: item '" + engine.layout().state(i).id + "' has one response category only"
                        + " among the examinees who answered every item");
                return null;
            }
        }
        double[] x = engine.pack();
        double[][][] conditional = conditionalMoments(x);
        double[] weights = weights(x);
        double[] model = modelMoments(conditional, weights);
        double[] xi = covariance(conditional, weights, model);
        double[][] delta = jacobian(x);
        double[] e = new double[moments];
        for (int m = 0; m < moments; m++) {
            e[m] = observed[m] - model[m];
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
        if (n < engine.data().total) {
            warnings.add(String.format(Locale.ROOT, "M2 uses the %.0f of %.0f examinees who answered every item",
                    n, engine.data().total));
        }
        return new LimitedInformationFit(m2, df, FitStatistics.chiSquareUpperTail(m2, df), rmsea, lower, upper,
                srmsr(observed, model, scores, conditional, weights), (int) Math.round(n), collapsed);
    }

    /**
     * eᵀ C2 e with C2 = Ξ⁻¹ − Ξ⁻¹Δ(ΔᵀΞ⁻¹Δ)⁻¹ΔᵀΞ⁻¹, as eᵀΞ⁻¹e − bᵀA⁻¹b with A = ΔᵀΞ⁻¹Δ and b = ΔᵀΞ⁻¹e, both
     * solves by Cholesky; NaN when Ξ or A is not positive definite.
     *
     * @param xi Ξ, moments × moments row-major
     * @param delta Δ, [moment][parameter]
     * @param e the residual moments
     * @param parameters the number of parameters
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
     * The noncentrality λ ≥ 0 at which M2 is the p-quantile of χ²_df(λ), or 0 if even λ = 0 puts it below
     * (Browne &amp; Cudeck 1993): the RMSEA interval's bounds come from p = 0.95 and p = 0.05.
     */
    static double noncentrality(double m2, int df, double p) {
        if (FitStatistics.noncentralChiSquareCdf(m2, df, 0) <= p) {
            return 0;
        }
        double lo = 0;
        double hi = Math.max(1, m2);
        while (FitStatistics.noncentralChiSquareCdf(m2, df, hi) > p) {
            lo = hi;
            hi *= 2;
        }
        // the distribution function falls as λ grows: bisect to the last bits
        for (int k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (FitStatistics.noncentralChiSquareCdf(m2, df, mid) > p) {
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
    private double sampleMoments(double[] observed, double[][] scores) {
        PatternData data = engine.data();
        int[] row = new int[items];
        double n = 0;
        for (int p = 0; p < data.patterns; p++) {
            boolean complete = true;
            for (int i = 0; i < items; i++) {
                row[i] = data.rows[p * items + i];
                complete &= row[i] >= 0;
            }
            if (!complete) {
                continue;
            }
            double f = data.weights[p];
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

    /** E[f(X_i) | θ_q] at {@code [i][f][q]} for every basis function f, at parameter vector x. */
    private double[][][] conditionalMoments(double[] x) {
        engine.unpack(x);
        List<ItemModel> models = engine.models();
        int nodes = engine.latent().nodes();
        double[] theta = engine.latent().theta();
        double[][][] c = new double[items][][];
        for (int i = 0; i < items; i++) {
            ItemModel model = models.get(i);
            int k0 = model.categories();
            c[i] = new double[INDICATOR + k0 - 1][nodes];
            double[] p = new double[k0];
            for (int q = 0; q < nodes; q++) {
                model.probabilities(theta[q], p);
                for (int k = 1; k < k0; k++) {
                    c[i][SCORE][q] += k * p[k];
                    c[i][SQUARE][q] += k * k * p[k];
                    c[i][INDICATOR + k - 1][q] = p[k];
                }
            }
        }
        return c;
    }

    /** The normalised latent weights w_q at parameter vector x. */
    private double[] weights(double[] x) {
        double mean = engine.layout().meanFree() ? x[engine.layout().meanIndex()] : engine.latent().mean();
        double variance = engine.layout().varFree() ? x[engine.layout().varIndex()] : engine.latent().variance();
        double[] w = engine.latent().logWeights(mean, variance);
        for (int q = 0; q < w.length; q++) {
            w[q] = Math.exp(w[q]);
        }
        return w;
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
     * Δ = ∂π/∂x' by central differences, one-sided where a step would leave the parameter ranges (an
     * estimate held at their edge); the engine's items are left at x.
     */
    private double[][] jacobian(double[] x) {
        double[][] delta = new double[moments][x.length];
        double[] shifted = x.clone();
        double[] centre = null;
        for (int j = 0; j < x.length; j++) {
            double h = STEP * Math.max(1, Math.abs(x[j]));
            shifted[j] = x[j] + h;
            double[] up = engine.valid(shifted) ? modelMoments(conditionalMoments(shifted), weights(shifted)) : null;
            shifted[j] = x[j] - h;
            double[] down = engine.valid(shifted) ? modelMoments(conditionalMoments(shifted), weights(shifted)) : null;
            shifted[j] = x[j];
            if ((up == null || down == null) && centre == null) {
                centre = modelMoments(conditionalMoments(x), weights(x));
            }
            double width = (up == null ? 0 : h) + (down == null ? 0 : h);
            double[] high = up == null ? centre : up;
            double[] low = down == null ? centre : down;
            for (int m = 0; m < moments && width > 0; m++) {
                delta[m][j] = (high[m] - low[m]) / width;
            }
        }
        engine.unpack(x);
        return delta;
    }

    /** √(mean over i &lt; j of (r_ij observed − r_ij model)²), r the item-score correlations. */
    private double srmsr(double[] observed, double[] model, double[][] scores, double[][][] c, double[] w) {
        double[] mean = new double[items];
        double[] observedSd = new double[items];
        double[] modelSd = new double[items];
        for (int i = 0; i < items; i++) {
            double second = 0;
            for (int q = 0; q < w.length; q++) {
                mean[i] += w[q] * c[i][SCORE][q];
                second += w[q] * c[i][SQUARE][q];
            }
            observedSd[i] = Math.sqrt(scores[1][i] - scores[0][i] * scores[0][i]);
            modelSd[i] = Math.sqrt(second - mean[i] * mean[i]);
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
}

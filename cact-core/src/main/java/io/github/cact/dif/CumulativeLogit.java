package io.github.cact.dif;

import io.github.cact.internal.numerics.Cholesky;
import io.github.cact.internal.numerics.Logistic;

/**
 * Maximum likelihood for the cumulative-logit (proportional-odds) model P(Y ≥ k | x) = σ(α_k + xᵀβ),
 * k = 1..K−1, α_1 &gt; … &gt; α_{K−1} (McCullagh 1980); with K = 2 it is binary logistic regression. Newton's
 * method on the exact Hessian (the log-likelihood is concave in (α, β), Pratt 1981) with step halving,
 * over weighted rows; converged when a step moves no parameter by 1e-9 or the Newton decrement is
 * negligible. Stateless.
 */
final class CumulativeLogit {

    /** At most this many Newton steps. */
    static final int MAX_ITERATIONS = 200;

    /**
     * The fit of one model.
     *
     * @param logLikelihood Σ_e w_e log P(y_e | x_e) at the estimate
     * @param estimate (α_1..α_{K−1}, β_1..β_p)
     * @param converged whether the last Newton step changed no parameter by 1e-9 or more, or the Newton
     *     decrement gᵀ(−H)⁻¹g, the predicted gain ×2, fell below 1e-20 (1 + |ℓ|): the log-likelihood is at its
     *     maximum (or, under complete separation, at its supremum), whatever the parameters
     */
    record Fit(double logLikelihood, double[] estimate, boolean converged) {
    }

    private CumulativeLogit() {
    }

    /**
     * Fits the model.
     *
     * @param y the category of each row, 0..K−1, each category present with positive weight
     * @param x the covariates, row-major, p per row
     * @param w the weight (frequency) of each row, positive
     * @param categories K ≥ 2
     * @param p the number of covariates, ≥ 0
     * @return the fit
     */
    static Fit fit(int[] y, double[] x, double[] w, int categories, int p) {
        int cuts = categories - 1;
        int m = cuts + p;
        double[] theta = new double[m];
        double[] above = new double[categories];
        double weight = 0;
        for (int e = 0; e < y.length; e++) {
            above[y[e]] += w[e];
            weight += w[e];
        }
        double tail = 0;
        for (int k = categories - 1; k >= 1; k--) {
            tail += above[k];
            double share = tail / weight;
            theta[k - 1] = Math.log(share) - Math.log1p(-share);
        }
        double[] grad = new double[m];
        double[] hess = new double[m * m];
        double ll = evaluate(y, x, w, cuts, p, theta, grad, hess);
        boolean converged = false;
        for (int iter = 0; iter < MAX_ITERATIONS && !converged; iter++) {
            double[] step = solve(hess, grad, m);
            if (step == null) {
                break;
            }
            double decrement = 0;
            for (int j = 0; j < m; j++) {
                decrement += grad[j] * step[j];
            }
            if (decrement < 1e-20 * (1 + Math.abs(ll))) {
                converged = true;
                break;
            }
            double scale = 1;
            double[] trial = new double[m];
            double trialLl = Double.NEGATIVE_INFINITY;
            for (int halving = 0; halving < 50; halving++) {
                for (int j = 0; j < m; j++) {
                    trial[j] = theta[j] + scale * step[j];
                }
                trialLl = evaluate(y, x, w, cuts, p, trial, null, null);
                if (trialLl >= ll - 1e-12 * (1 + Math.abs(ll))) {
                    break;
                }
                scale *= 0.5;
            }
            if (!(trialLl >= ll - 1e-12 * (1 + Math.abs(ll)))) {
                break;
            }
            double change = 0;
            for (int j = 0; j < m; j++) {
                change = Math.max(change, Math.abs(trial[j] - theta[j]));
            }
            theta = trial;
            converged = change < 1e-9;
            ll = evaluate(y, x, w, cuts, p, theta, grad, hess);
        }
        return new Fit(ll, theta, converged);
    }

    /** Solves (−H) δ = g by Cholesky, with a growing ridge if −H is not positive definite. */
    private static double[] solve(double[] hess, double[] grad, int m) {
        double[] neg = new double[m * m];
        double scale = 0;
        for (int j = 0; j < m * m; j++) {
            neg[j] = -hess[j];
        }
        for (int j = 0; j < m; j++) {
            scale = Math.max(scale, Math.abs(neg[j * m + j]));
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            return null;
        }
        double ridge = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            Cholesky c = Cholesky.factor(neg, m, ridge, 1e-300);
            if (c != null) {
                return c.solve(grad);
            }
            ridge = ridge == 0 ? 1e-12 * scale : ridge * 10;
        }
        return null;
    }

    /**
     * The log-likelihood at θ; fills the gradient and Hessian if they are given. Invalid θ (thresholds not
     * decreasing) gives −∞.
     */
    static double evaluate(int[] y, double[] x, double[] w, int cuts, int p, double[] theta, double[] grad,
            double[] hess) {
        int m = cuts + p;
        for (int k = 1; k < cuts; k++) {
            if (!(theta[k] < theta[k - 1])) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
            java.util.Arrays.fill(hess, 0);
        }
        double ll = 0;
        for (int e = 0; e < y.length; e++) {
            double xb = 0;
            for (int j = 0; j < p; j++) {
                xb += x[e * p + j] * theta[cuts + j];
            }
            int c = y[e];
            boolean hasUpper = c >= 1;
            boolean hasLower = c < cuts;
            double etaA = hasUpper ? theta[c - 1] + xb : 0;
            double etaB = hasLower ? theta[c] + xb : 0;
            double logPi;
            if (hasUpper && hasLower) {
                logPi = Logistic.logSigmoidDifference(etaA, etaB);
            } else if (hasUpper) {
                logPi = Logistic.logSigmoid(etaA);
            } else {
                logPi = Logistic.logSigmoid(-etaB);
            }
            if (!(logPi > Double.NEGATIVE_INFINITY)) {
                return Double.NEGATIVE_INFINITY;
            }
            ll += w[e] * logPi;
            if (grad == null) {
                continue;
            }
            double pi = Math.exp(logPi);
            double ga = 0;
            double haa = 0;
            if (hasUpper) {
                double s = Logistic.sigmoid(etaA);
                double f = s * Logistic.sigmoid(-etaA);
                ga = f / pi;
                haa = f * (1 - 2 * s) / pi - ga * ga;
            }
            double gb = 0;
            double hbb = 0;
            if (hasLower) {
                double s = Logistic.sigmoid(etaB);
                double f = s * Logistic.sigmoid(-etaB);
                gb = -f / pi;
                hbb = -f * (1 - 2 * s) / pi - gb * gb;
            }
            double hab = -ga * gb;
            double we = w[e];
            // η_a and η_b each depend on one threshold and on β through x
            int ia = hasUpper ? c - 1 : -1;
            int ib = hasLower ? c : -1;
            if (ia >= 0) {
                grad[ia] += we * ga;
                hess[ia * m + ia] += we * haa;
            }
            if (ib >= 0) {
                grad[ib] += we * gb;
                hess[ib * m + ib] += we * hbb;
            }
            if (ia >= 0 && ib >= 0) {
                hess[ia * m + ib] += we * hab;
                hess[ib * m + ia] += we * hab;
            }
            double gBeta = ga + gb;
            double hBeta = haa + hbb + 2 * hab;
            for (int j = 0; j < p; j++) {
                double xj = x[e * p + j];
                grad[cuts + j] += we * gBeta * xj;
                if (ia >= 0) {
                    double v = we * (haa + hab) * xj;
                    hess[ia * m + cuts + j] += v;
                    hess[(cuts + j) * m + ia] += v;
                }
                if (ib >= 0) {
                    double v = we * (hbb + hab) * xj;
                    hess[ib * m + cuts + j] += v;
                    hess[(cuts + j) * m + ib] += v;
                }
                for (int l = 0; l < p; l++) {
                    hess[(cuts + j) * m + cuts + l] += we * hBeta * xj * x[e * p + l];
                }
            }
        }
        return ll;
    }
}

package io.github.cact.calibration;

import io.github.cact.internal.numerics.Logistic;

/**
 * The latent distribution N(μ, σ²) discretised on the fixed quadrature nodes θ_q, w_q ∝ exp(−(θ_q − μ)²/2σ²)
 * normalised over the grid, with the M-step of its free moments. Mutable; one calibration.
 */
final class LatentDistribution {

    private final double[] theta;
    private final boolean meanFree;
    private final boolean varFree;
    private double mean;
    private double variance;

    LatentDistribution(double[] theta, double mean, double variance, boolean meanFree, boolean varFree) {
        this.theta = theta;
        this.mean = mean;
        this.variance = variance;
        this.meanFree = meanFree;
        this.varFree = varFree;
    }

    /** @return the nodes θ_q (not copied) */
    double[] theta() {
        return theta;
    }

    /** @return Q */
    int nodes() {
        return theta.length;
    }

    /** @return μ */
    double mean() {
        return mean;
    }

    /** @return σ² */
    double variance() {
        return variance;
    }

    void set(double newMean, double newVariance) {
        this.mean = newMean;
        this.variance = newVariance;
    }

    /** @return log w_q at the current μ and σ² */
    double[] logWeights() {
        return logWeights(mean, variance);
    }

    /** log w_q of N(μ, v) at the nodes, normalised over the grid. */
    double[] logWeights(double mu, double v) {
        int nodes = theta.length;
        double[] lw = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            double z = theta[q] - mu;
            lw[q] = -0.5 * z * z / v;
        }
        double norm = Logistic.logSumExp(lw, nodes);
        for (int q = 0; q < nodes; q++) {
            lw[q] -= norm;
        }
        return lw;
    }

    /**
     * Moment matching: the free moments of the discretised N(μ, v) are set so that its mean and variance
     * on the grid equal those of the expected node counts n_q (fixed-point iteration from the current
     * values, to a change below 1e-13 or 200 steps).
     *
     * @param nodeTotals n_q from the E-step
     */
    void update(double[] nodeTotals) {
        if (!meanFree && !varFree) {
            return;
        }
        int nodes = theta.length;
        double n = 0;
        double m1 = 0;
        for (int q = 0; q < nodes; q++) {
            n += nodeTotals[q];
            m1 += nodeTotals[q] * theta[q];
        }
        m1 /= n;
        double mu = mean;
        double v = variance;
        for (int it = 0; it < 200; it++) {
            double[] lw = logWeights(mu, v);
            double wMean = 0;
            for (int q = 0; q < nodes; q++) {
                wMean += Math.exp(lw[q]) * theta[q];
            }
            double newMu = meanFree ? mu + (m1 - wMean) : mu;
            double newV = v;
            if (varFree) {
                double sn = 0;
                double sw = 0;
                for (int q = 0; q < nodes; q++) {
                    double z = theta[q] - newMu;
                    sn += nodeTotals[q] * z * z;
                    sw += Math.exp(lw[q]) * z * z;
                }
                newV = v * (sn / n) / sw;
            }
            double change = Math.max(Math.abs(newMu - mu), Math.abs(newV - v));
            mu = newMu;
            v = newV;
            if (change < 1e-13) {
                break;
            }
        }
        mean = mu;
        variance = v;
    }
}

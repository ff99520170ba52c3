package io.github.cact.mirt.estimation;

import io.github.cact.internal.numerics.Cholesky;
import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.mirt.LatentNormal;
import java.util.Arrays;

/**
 * What MH-RM computes at its estimate from further posterior draws of every examinee (M =
 * {@link MirtOptions#posteriorDraws()} Metropolis sweeps, continuing the chains):
 * <ul>
 *   <li>the Fisher score of each examinee, s_p = ∂ log P(x_p)/∂ψ = E[∂ log P(x_p, θ)/∂ψ | x_p] (Fisher's
 *   identity; Louis 1982, J. R. Stat. Soc. B 44(2)), estimated by the mean complete-data score over the
 *   draws. The information is the cross-product Σ_p s_p s_pᵀ, with each product taken between the means
 *   of the first and the second half of the draws, ½(s_A s_Bᵀ + s_B s_Aᵀ), so that the Monte Carlo noise of
 *   the means does not add to it; the covariance of the estimates is its inverse.</li>
 *   <li>the log-likelihood log ∫ P(x_p | θ) φ(θ; 0, R) dθ by importance sampling from N(μ_p, κ²Σ_p), κ =
 *   {@value #INFLATION}, μ_p the mean of the draws and Σ_p⁻¹ = R⁻¹ + Σ_j I_j(μ_p) a_j a_jᵀ the posterior
 *   precision of the Laplace approximation there, with Q =
 *   {@link MirtOptions#logLikelihoodPoints()} pseudo-random points; its Monte Carlo variance by the delta
 *   method, Var(w)/(Q·w̄²) per examinee, added over examinees.</li>
 * </ul>
 */
final class PosteriorStage {

    static final double INFLATION = 1.2;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Problem problem;
    private final ParameterState state;
    private final MirtOptions options;
    private final int total;
    private final LatentScore latentScore;

    /**
     * The gradient of log φ(θ; 0, R) in the correlation parameters as a function of S = E[θθᵀ], which it
     * is linear in: g(S) = Σ_{a≤b} S_ab g(E_ab + E_ba) + g(0, n = 1), tabulated once.
     */
    static final class LatentScore {
        private final int d;
        private final int count;
        private final double[] map;
        private final double[] base;

        LatentScore(LatentNormal latent) {
            d = latent.dimensions();
            count = latent.parameterCount();
            base = new double[count];
            latent.gradient(new double[d * d], 1, base);
            map = new double[count * d * d];
            double[] unit = new double[d * d];
            double[] g = new double[count];
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    Arrays.fill(unit, 0);
                    unit[a * d + b] = 1;
                    unit[b * d + a] = 1;
                    latent.gradient(unit, 0, g);
                    for (int k = 0; k < count; k++) {
                        map[k * d * d + a * d + b] = g[k];
                    }
                }
            }
        }

        int count() {
            return count;
        }

        /** Writes g(S) for S given in full (D × D, the upper triangle read) to out[offset..]. */
        void write(double[] moments, double[] out, int offset) {
            for (int k = 0; k < count; k++) {
                double g = base[k];
                for (int a = 0; a < d; a++) {
                    for (int b = a; b < d; b++) {
                        g += map[k * d * d + a * d + b] * moments[a * d + b];
                    }
                }
                out[offset + k] = g;
            }
        }
    }

    double[] covariance;
    double logLikelihood;
    double logLikelihoodVariance;
    String problemWithErrors;

    PosteriorStage(Problem problem, ParameterState state, MirtOptions options) {
        this.problem = problem;
        this.state = state;
        this.options = options;
        this.total = state.parameterCount;
        this.latentScore = new LatentScore(state.latent);
    }

    /** Per-worker buffers. */
    private final class Work {
        final Sampler sampler;
        final double[] scoreA = new double[total];
        final double[] scoreB = new double[total];
        final double[] momentsA;
        final double[] momentsB;
        final double[] mean;
        final double[] second;
        final double[] lower;
        final double[] normal;
        final double[] point;
        final double[] logWeights;

        Work(int maxParameters) {
            int d = problem.dimensions;
            sampler = new Sampler(problem, maxParameters);
            momentsA = new double[d * d];
            momentsB = new double[d * d];
            mean = new double[d];
            second = new double[d * d];
            lower = new double[d * d];
            normal = new double[d];
            point = new double[d];
            logWeights = new double[options.logLikelihoodPoints()];
        }
    }

    void run(ParallelChunks runner, double[] thetas, double[] scale, int maxParameters) {
        Sampler.Snapshot snapshot = new Sampler.Snapshot(state);
        int chunk = options.chunkSize();
        boolean errors = options.standardErrors();
        int length = 2 + (errors ? total * total : 0);
        long seed = options.seed();
        double[] acc = runner.sum(problem.examinees, chunk, length, () -> new Work(maxParameters),
                (w, from, to, a) -> {
                    w.sampler.use(snapshot, scale);
                    w.sampler.random.seed(seed, 4, 0, from / chunk);
                    for (int p = from; p < to; p++) {
                        examinee(w, p, thetas, a, errors);
                    }
                });
        logLikelihood = acc[0];
        logLikelihoodVariance = acc[1];
        if (errors) {
            double[] information = Arrays.copyOfRange(acc, 2, acc.length);
            for (int i = 0; i < total; i++) {
                for (int k = 0; k < i; k++) {
                    information[k * total + i] = information[i * total + k];
                }
            }
            covariance = invert(information, total);
            if (covariance == null) {
                problemWithErrors = "the cross-product information matrix is not positive definite; no standard"
                        + " errors (a parameter may not be identified)";
            }
        }
    }

    private void examinee(Work w, int p, double[] thetas, double[] acc, boolean errors) {
        int d = problem.dimensions;
        int draws = options.posteriorDraws();
        int half = draws / 2;
        Sampler s = w.sampler;
        Arrays.fill(w.scoreA, 0);
        Arrays.fill(w.scoreB, 0);
        Arrays.fill(w.momentsA, 0);
        Arrays.fill(w.momentsB, 0);
        Arrays.fill(w.mean, 0);
        s.load(thetas, p);
        for (int t = 0; t < draws; t++) {
            s.sweep(p);
            boolean first = t < half;
            if (errors) {
                s.addScores(p, state.positions, first ? w.scoreA : w.scoreB);
                double[] moments = first ? w.momentsA : w.momentsB;
                for (int a = 0; a < d; a++) {
                    for (int b = a; b < d; b++) {
                        moments[a * d + b] += s.theta[a] * s.theta[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                w.mean[a] += s.theta[a];
            }
        }
        s.store(thetas, p);
        if (errors) {
            finishScore(w.scoreA, w.momentsA, half);
            finishScore(w.scoreB, w.momentsB, draws - half);
            for (int i = 0; i < total; i++) {
                double ai = w.scoreA[i];
                double bi = w.scoreB[i];
                int row = 2 + i * total;
                for (int k = 0; k <= i; k++) {
                    acc[row + k] += 0.5 * (ai * w.scoreB[k] + bi * w.scoreA[k]);
                }
            }
        }
        importanceSample(w, p, acc);
    }

    private void finishScore(double[] score, double[] moments, int count) {
        int itemPart = state.itemParameterCount;
        for (int i = 0; i < itemPart; i++) {
            score[i] /= count;
        }
        for (int i = 0; i < moments.length; i++) {
            moments[i] /= count;
        }
        latentScore.write(moments, score, itemPart);
    }

    private void importanceSample(Work w, int p, double[] acc) {
        int d = problem.dimensions;
        int draws = options.posteriorDraws();
        boolean answered = false;
        for (int j = 0; j < problem.items; j++) {
            answered |= problem.response(p, j) >= 0;
        }
        if (!answered) {
            return;
        }
        for (int a = 0; a < d; a++) {
            w.mean[a] /= draws;
        }
        // θ = μ + κ L⁻ᵀ z with L Lᵀ the posterior precision: covariance κ² (L Lᵀ)⁻¹
        w.sampler.precisionAt(p, w.mean, w.second);
        double[] lower = choleskyInto(w.second, d, w.lower);
        double logDetC = d * Math.log(INFLATION);
        for (int a = 0; a < d; a++) {
            logDetC -= Math.log(lower[a * d + a]);
        }
        LatentNormal latent = state.latent;
        int q = w.logWeights.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < q; k++) {
            double norm2 = 0;
            for (int a = 0; a < d; a++) {
                double zn = w.sampler.random.normal();
                w.normal[a] = zn;
                norm2 += zn * zn;
            }
            for (int a = d - 1; a >= 0; a--) {
                double v = w.normal[a];
                for (int b = a + 1; b < d; b++) {
                    v -= lower[b * d + a] * w.point[b];
                }
                w.point[a] = v / lower[a * d + a];
            }
            for (int a = 0; a < d; a++) {
                w.point[a] = w.mean[a] + INFLATION * w.point[a];
            }
            double logProposal = -0.5 * (d * LOG_2PI + norm2) - logDetC;
            double lw = w.sampler.logLikelihood(p, w.point) + latent.logDensity(w.point) - logProposal;
            w.logWeights[k] = lw;
            max = Math.max(max, lw);
        }
        double sum = 0;
        double sumSquares = 0;
        for (int k = 0; k < q; k++) {
            double e = Math.exp(w.logWeights[k] - max);
            sum += e;
            sumSquares += e * e;
        }
        double mean = sum / q;
        double variance = Math.max(0, sumSquares / q - mean * mean) * q / (q - 1);
        acc[0] += max + Math.log(mean);
        acc[1] += variance / (q * mean * mean);
    }

    /** The Cholesky factor of a positive-definite D × D matrix (lower triangle read), with a ridge if needed. */
    private static double[] choleskyInto(double[] a, int d, double[] out) {
        for (double ridge = 0; ridge < 1e3; ridge = ridge == 0 ? 1e-6 : ridge * 10) {
            boolean ok = true;
            for (int i = 0; i < d && ok; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = a[i * d + j] + (i == j ? ridge : 0);
                    for (int k = 0; k < j; k++) {
                        s -= out[i * d + k] * out[j * d + k];
                    }
                    if (i == j) {
                        if (!(s > 0)) {
                            ok = false;
                            break;
                        }
                        out[i * d + i] = Math.sqrt(s);
                    } else {
                        out[i * d + j] = s / out[j * d + j];
                    }
                }
            }
            if (ok) {
                return out;
            }
        }
        Arrays.fill(out, 0);
        for (int i = 0; i < d; i++) {
            out[i * d + i] = 1;
        }
        return out;
    }

    /** The inverse of a symmetric positive-definite matrix, or null if it is not. */
    static double[] invert(double[] a, int n) {
        Cholesky c = Cholesky.factor(a, n, 0, 0);
        if (c == null) {
            return null;
        }
        double[] inverse = new double[n * n];
        double[] unit = new double[n];
        for (int k = 0; k < n; k++) {
            Arrays.fill(unit, 0);
            unit[k] = 1;
            double[] column = c.solve(unit);
            for (int i = 0; i < n; i++) {
                inverse[i * n + k] = column[i];
            }
        }
        return inverse;
    }
}

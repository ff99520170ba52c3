package io.github.cact.mirt.estimation;

import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quasi-Monte Carlo EM: the marginal likelihood ∫ P(x_p | θ) φ(θ; 0, R) dθ is replaced by the mean of
 * P(x_p | θ_q) over the points θ_q = L z_q, where z_q are Q fixed Halton normal points ({@link Halton}) and L
 * is the Cholesky factor of the current R (Jank 2005, "Quasi-Monte Carlo sampling to improve the efficiency
 * of Monte Carlo EM", Computational Statistics &amp; Data Analysis 48(4); the change of variables θ = Lz as in
 * Bock &amp; Aitkin 1981, Psychometrika 46(4), for the grid). The E-step gives each examinee's posterior
 * weights over the points; the M-step moves each item by Fisher scoring on its expected response counts at
 * the points and the correlation parameters by Newton steps on Σ_q W_q log φ(θ_q; 0, R′). Deterministic:
 * no seed is used. Standard errors: the cross-product of the examinees' Fisher scores, which are exact
 * posterior means over the points.
 */
final class QmcEm {

    /** Fisher-scoring steps per item and M-step. */
    private static final int ITEM_STEPS = 2;
    /** Newton steps on the correlations per M-step. */
    private static final int LATENT_STEPS = 3;

    final Problem problem;
    final MirtOptions options;
    final ParameterState state;
    final ParallelChunks runner;
    final int points;
    final double[] normalPoints;
    final List<Double> changes = new ArrayList<>();
    int cycles;
    boolean converged;
    double logLikelihood;
    double logLikelihoodVariance;
    double[] covariance;
    String problemWithErrors;

    // per cycle
    private double[] thetaPoints;
    /** ∂ log P(X = k | θ_q)/∂ψ_j at [scoreStarts[j] + (q · K_j + k) · n_j + m], for the standard errors. */
    private double[] scoreTable;
    private int[] scoreStarts;
    /** log P(X = k | θ_q) of item j at [(j · K + k) · Q + q]. */
    private double[] logTable;

    QmcEm(Problem problem, MirtOptions options) {
        this.problem = problem;
        this.options = options;
        this.state = new ParameterState(problem, problem.start());
        this.runner = ParallelChunks.of(options.executor().orElse(null), options.parallelism());
        this.points = options.qmcPoints();
        this.normalPoints = Halton.normal(points, problem.dimensions);
    }

    void run() {
        for (int k = 1; k <= options.maxCycles(); k++) {
            double[] acc = eStep(false);
            double change = mStep(acc);
            changes.add(change);
            cycles++;
            if (change < options.emTolerance()) {
                converged = true;
                break;
            }
        }
        double[] acc = eStep(options.standardErrors());
        int base = counts();
        logLikelihood = acc[base];
        logLikelihoodVariance = acc[base + 1];
        if (options.standardErrors()) {
            int total = state.parameterCount;
            double[] information = Arrays.copyOfRange(acc, base + 2, base + 2 + total * total);
            for (int i = 0; i < total; i++) {
                for (int j = 0; j < i; j++) {
                    information[j * total + i] = information[i * total + j];
                }
            }
            covariance = PosteriorStage.invert(information, total);
            if (covariance == null) {
                problemWithErrors = "the cross-product information matrix is not positive definite; no standard"
                        + " errors (a parameter may not be identified)";
            }
        }
    }

    /** Length of the expected-count part of an accumulator: J·K·Q counts, then Q point weights. */
    private int counts() {
        return problem.items * problem.maxCategories * points + points;
    }

    private void tabulate() {
        int d = problem.dimensions;
        int kMax = problem.maxCategories;
        thetaPoints = new double[points * d];
        LatentNormal latent = state.latent;
        double[] z = new double[d];
        double[] t = new double[d];
        for (int q = 0; q < points; q++) {
            System.arraycopy(normalPoints, q * d, z, 0, d);
            latent.transform(z, t);
            System.arraycopy(t, 0, thetaPoints, q * d, d);
        }
        logTable = new double[problem.items * kMax * points];
        double[] lp = new double[kMax];
        for (int j = 0; j < problem.items; j++) {
            MultidimensionalItem item = state.items[j];
            for (int q = 0; q < points; q++) {
                System.arraycopy(thetaPoints, q * d, t, 0, d);
                item.logProbabilities(t, lp);
                for (int k = 0; k < item.categories(); k++) {
                    logTable[(j * kMax + k) * points + q] = lp[k];
                }
            }
        }
    }

    /** Per-worker buffers. */
    private final class Work {
        final double[] logWeights = new double[points];
        final double[] score;
        final double[] moments;
        final double[] t;

        Work(int total) {
            score = new double[total];
            moments = new double[problem.dimensions * problem.dimensions];
            t = new double[problem.dimensions];
        }
    }

    /**
     * The E-step: expected counts r_jkq, point weights W_q, the log-likelihood and its error, and (when
     * asked) the cross-product of the Fisher scores.
     */
    private double[] eStep(boolean withErrors) {
        tabulate();
        int total = state.parameterCount;
        int kMax = problem.maxCategories;
        int base = counts();
        int length = base + 2 + (withErrors ? total * total : 0);
        int maxParameters = Arrays.stream(state.counts).max().orElse(1);
        PosteriorStage.LatentScore latentScore = withErrors ? new PosteriorStage.LatentScore(state.latent) : null;
        if (withErrors) {
            tabulateScores(maxParameters);
        }
        return runner.sum(problem.examinees, options.chunkSize(), length, () -> new Work(total),
                (w, from, to, acc) -> {
                    for (int p = from; p < to; p++) {
                        int j0 = p * problem.items;
                        Arrays.fill(w.logWeights, 0);
                        for (int j = 0; j < problem.items; j++) {
                            int x = problem.responses[j0 + j];
                            if (x < 0) {
                                continue;
                            }
                            int row = (j * kMax + x) * points;
                            for (int q = 0; q < points; q++) {
                                w.logWeights[q] += logTable[row + q];
                            }
                        }
                        double max = Double.NEGATIVE_INFINITY;
                        for (int q = 0; q < points; q++) {
                            max = Math.max(max, w.logWeights[q]);
                        }
                        double sum = 0;
                        double sumSquares = 0;
                        for (int q = 0; q < points; q++) {
                            double e = Math.exp(w.logWeights[q] - max);
                            w.logWeights[q] = e;
                            sum += e;
                            sumSquares += e * e;
                        }
                        double mean = sum / points;
                        acc[base] += max + Math.log(mean);
                        acc[base + 1] += Math.max(0, sumSquares / points - mean * mean) / (points - 1.0) / (mean * mean);
                        for (int q = 0; q < points; q++) {
                            w.logWeights[q] /= sum;
                            acc[base - points + q] += w.logWeights[q];
                        }
                        for (int j = 0; j < problem.items; j++) {
                            int x = problem.responses[j0 + j];
                            if (x < 0) {
                                continue;
                            }
                            int row = (j * kMax + x) * points;
                            for (int q = 0; q < points; q++) {
                                acc[row + q] += w.logWeights[q];
                            }
                        }
                        if (withErrors) {
                            addScoreProduct(w, p, latentScore, acc, base + 2, total);
                        }
                    }
                });
    }

    private void tabulateScores(int maxParameters) {
        int d = problem.dimensions;
        scoreStarts = new int[problem.items];
        int size = 0;
        for (int j = 0; j < problem.items; j++) {
            scoreStarts[j] = size;
            size += points * state.items[j].categories() * state.counts[j];
        }
        scoreTable = new double[size];
        double[] t = new double[d];
        double[] p = new double[problem.maxCategories];
        double[] scores = new double[problem.maxCategories * maxParameters];
        for (int j = 0; j < problem.items; j++) {
            int block = state.items[j].categories() * state.counts[j];
            for (int q = 0; q < points; q++) {
                System.arraycopy(thetaPoints, q * d, t, 0, d);
                state.items[j].parameterScores(t, p, scores);
                System.arraycopy(scores, 0, scoreTable, scoreStarts[j] + q * block, block);
            }
        }
    }

    /** Adds s_p s_pᵀ (lower triangle) with s_p = Σ_q w_pq ∂ log P(x_p, θ_q)/∂ψ. */
    private void addScoreProduct(Work w, int p, PosteriorStage.LatentScore latentScore,
            double[] acc, int offset, int total) {
        int d = problem.dimensions;
        Arrays.fill(w.score, 0);
        Arrays.fill(w.moments, 0);
        int j0 = p * problem.items;
        for (int q = 0; q < points; q++) {
            double weight = w.logWeights[q];
            if (weight < 1e-14) {
                continue;
            }
            System.arraycopy(thetaPoints, q * d, w.t, 0, d);
            for (int j = 0; j < problem.items; j++) {
                int x = problem.responses[j0 + j];
                if (x < 0) {
                    continue;
                }
                int n = state.counts[j];
                int row = scoreStarts[j] + (q * state.items[j].categories() + x) * n;
                int[] at = state.positions[j];
                for (int m = 0; m < n; m++) {
                    w.score[at[m]] += weight * scoreTable[row + m];
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    w.moments[a * d + b] += weight * w.t[a] * w.t[b];
                }
            }
        }
        latentScore.write(w.moments, w.score, state.itemParameterCount);
        for (int i = 0; i < total; i++) {
            double si = w.score[i];
            int row = offset + i * total;
            for (int k = 0; k <= i; k++) {
                acc[row + k] += si * w.score[k];
            }
        }
    }

    /** The M-step; returns the largest absolute parameter change. */
    private double mStep(double[] acc) {
        int d = problem.dimensions;
        int kMax = problem.maxCategories;
        double largest = 0;
        double[] t = new double[d];
        int maxParameters = Arrays.stream(state.counts).max().orElse(1);
        double[] p = new double[kMax];
        double[] scores = new double[kMax * maxParameters];
        for (ParameterState.Block block : state.blocks) {
            double[] before = state.vector();
            for (int step = 0; step < ITEM_STEPS; step++) {
                double[] gradient = new double[block.size()];
                double[] information = new double[block.size() * block.size()];
                for (int j : block.items()) {
                    int n = state.counts[j];
                    double[] g = new double[n];
                    double[] h = new double[n * n];
                    expectedScores(j, acc, t, p, scores, g, h);
                    state.addPrior(j, g, h);
                    state.addToBlock(block, j, g, h, gradient, information);
                }
                state.stepBlock(block, information, gradient, 1.0);
            }
            double[] after = state.vector();
            for (int k = block.base(); k < block.base() + block.size(); k++) {
                largest = Math.max(largest, Math.abs(after[k] - before[k]));
            }
        }
        int m = state.latent.parameterCount();
        if (m > 0) {
            double[] moments = new double[d * d];
            int base = counts() - points;
            for (int q = 0; q < points; q++) {
                double weight = acc[base + q];
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        moments[a * d + b] += weight * thetaPoints[q * d + a] * thetaPoints[q * d + b];
                    }
                }
            }
            double[] before = state.latent.parameters();
            double[] gradient = new double[m];
            for (int step = 0; step < LATENT_STEPS; step++) {
                state.latent.gradient(moments, problem.examinees, gradient);
                state.stepLatent(state.latentInformation(moments, problem.examinees), gradient, 1.0);
            }
            double[] after = state.latent.parameters();
            for (int k = 0; k < m; k++) {
                largest = Math.max(largest, Math.abs(after[k] - before[k]));
            }
        }
        return largest;
    }
    /** Item j's expected complete-data gradient and information from the expected counts of the E-step. */
    private void expectedScores(int j, double[] acc, double[] t, double[] p, double[] scores, double[] gradient,
            double[] information) {
        int d = problem.dimensions;
        int kMax = problem.maxCategories;
        int n = state.counts[j];
        MultidimensionalItem item = state.items[j];
        int categories = item.categories();
        for (int q = 0; q < points; q++) {
            System.arraycopy(thetaPoints, q * d, t, 0, d);
            double expected = 0;
            for (int k = 0; k < categories; k++) {
                expected += acc[(j * kMax + k) * points + q];
            }
            if (expected <= 0) {
                continue;
            }
            item.parameterScores(t, p, scores);
            for (int k = 0; k < categories; k++) {
                double r = acc[(j * kMax + k) * points + q];
                int row = k * n;
                double pk = expected * p[k];
                for (int a = 0; a < n; a++) {
                    gradient[a] += r * scores[row + a];
                    double sa = pk * scores[row + a];
                    for (int b = 0; b < n; b++) {
                        information[a * n + b] += sa * scores[row + b];
                    }
                }
            }
        }
    }
}

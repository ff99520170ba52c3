package io.github.cact.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * Standard errors from the information matrix at the estimate: the cross-product of per-pattern scores
 * (XPD) or the observed information by central differences of the exact observed-data score; priors add
 * their information. Stateless.
 */
final class StandardErrors {

    static final class Outcome {
        final double[] standardErrors;
        final double[] covariance;
        final StandardErrorMethod method;
        /** The log-likelihood at the estimate where the method passed over the data there, else NaN. */
        final double logLikelihood;

        Outcome(double[] standardErrors, double[] covariance, StandardErrorMethod method, double logLikelihood) {
            this.standardErrors = standardErrors;
            this.covariance = covariance;
            this.method = method;
            this.logLikelihood = logLikelihood;
        }
    }

    /** Patterns whose score outer products are added together. */
    private static final int BLOCK = 16;

    /** Rows of the outer products per call of {@link #addToRows}. */
    private static final int ROWS_PER_CALL = 16;

    /**
     * One worker's scratch of the cross-product pass: the posterior, a block of pattern scores (one array
     * per pattern) and the sums of a chunk of patterns (one array per row, used from the diagonal on), so
     * that the outer products index every array alike ({@link #addFour}).
     */
    private static final class Scratch {
        final EStep.Scratch posterior;
        final double[][] scores;
        final double[] weights = new double[BLOCK];
        final double[][] rows;
        /** Per logistic item, the posterior means of P_i(θ) and of θ P_i(θ) ({@link PatternScores}). */
        final double[] meanP;
        final double[] meanThetaP;

        Scratch(int nodes, int np, int logistic) {
            this.posterior = new EStep.Scratch(nodes);
            this.meanP = new double[logistic];
            this.meanThetaP = new double[logistic];
            this.scores = new double[BLOCK][np];
            this.rows = new double[np][np];
        }
    }

    private StandardErrors() {
    }

    static Outcome compute(EmEngine engine, CalibrationOptions options, List<String> warnings) {
        StandardErrorMethod method = options.standardErrors();
        int np = engine.layout().size();
        if (method == StandardErrorMethod.NONE || np == 0) {
            return new Outcome(new double[0], new double[0], method, Double.NaN);
        }
        double[] x = engine.pack();
        double[] info;
        double logLikelihood = Double.NaN;
        if (method == StandardErrorMethod.CROSS_PRODUCT) {
            info = crossProduct(engine);
            logLikelihood = info[np * np];
            addPriorInformation(engine, x, info);
        } else {
            info = observed(engine, x);
            engine.unpack(x);
        }
        double[] cov = Dense.inverse(info, np);
        if (cov == null) {
            warnings.add("standard errors: the information matrix is singular; no standard errors");
            return new Outcome(new double[0], new double[0], method, logLikelihood);
        }
        double[] se = new double[np];
        for (int j = 0; j < np; j++) {
            double v = cov[j * np + j];
            if (!(v > 0) || !Double.isFinite(v)) {
                warnings.add("standard errors: the information matrix is not positive definite; no standard errors");
                return new Outcome(new double[0], new double[0], method, logLikelihood);
            }
            se[j] = Math.sqrt(v);
        }
        return new Outcome(se, cov, method, logLikelihood);
    }

    private static void addPriorInformation(EmEngine engine, double[] x, double[] info) {
        ParameterLayout layout = engine.layout();
        int np = layout.size();
        for (int b = 0; b < layout.blocks(); b++) {
            int size = layout.block(b).size();
            double[] xb = Arrays.copyOfRange(x, layout.blockStart(b), layout.blockStart(b + 1));
            double[] g = new double[size];
            double[] h = new double[size * size];
            engine.mStep().prior(b, xb, g, h);
            for (int j = 0; j < size; j++) {
                int at = layout.blockStart(b) + j;
                info[at * np + at] += h[j * size + j];
            }
        }
    }

    /** Latent-moment scores ∂ log w_q / ∂μ and ∂ log w_q / ∂σ² of the normalised discrete prior. */
    static double[][] latentScores(EmEngine engine) {
        LatentDistribution latent = engine.latent();
        int nodes = latent.nodes();
        double[] theta = latent.theta();
        double mean = latent.mean();
        double[] lw = latent.logWeights();
        double m1 = 0;
        double m2 = 0;
        for (int q = 0; q < nodes; q++) {
            double z = theta[q] - mean;
            double w = Math.exp(lw[q]);
            m1 += w * z;
            m2 += w * z * z;
        }
        double v = latent.variance();
        double[] dMu = new double[nodes];
        double[] dVar = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            double z = theta[q] - mean;
            dMu[q] = (z - m1) / v;
            dVar[q] = (z * z - m2) / (2 * v * v);
        }
        return new double[][] {dMu, dVar};
    }

    /**
     * Σ_p f_p s_p s_pᵀ with s_p the observed-data score of pattern p, followed by the log-likelihood, which
     * the same pass over the data gives: np × np + 1 values.
     */
    static double[] crossProduct(EmEngine engine) {
        ParameterLayout layout = engine.layout();
        int np = layout.size();
        int nodes = engine.latent().nodes();
        double[] theta = engine.latent().theta();
        int items = layout.items();
        int[][] flat = layout.flatIndices();
        double[][] tables = new double[items][];
        int[] logistic = logisticItems(layout);
        double[][] probabilities = new double[nodes][logistic.length];
        for (int i = 0; i < items; i++) {
            if (flat[i] == null) {
                continue;
            }
            ItemState s = layout.state(i);
            int k0 = s.categories;
            double[] logP = new double[k0];
            double[] prob = new double[k0];
            double[] score = new double[k0 * s.size];
            int k = Arrays.binarySearch(logistic, i);
            if (k >= 0) {
                for (int q = 0; q < nodes; q++) {
                    s.evaluate(s.par, theta[q], logP, prob, score);
                    probabilities[q][k] = prob[1];
                }
                continue;
            }
            tables[i] = new double[k0 * s.size * nodes];
            for (int q = 0; q < nodes; q++) {
                s.evaluate(s.par, theta[q], logP, prob, score);
                for (int c = 0; c < k0 * s.size; c++) {
                    tables[i][c * nodes + q] = score[c];
                }
            }
        }
        PatternScores scores = new PatternScores(engine, tables, logistic, probabilities);
        PatternData data = engine.data();
        int llAt = np * np;
        double[] upper = engine.eStep().sum(np * np + 1, () -> new Scratch(nodes, np, logistic.length), (scratch, from, to, acc) -> {
            double[][] rows = scratch.rows;
            for (int a = 0; a < np; a++) {
                Arrays.fill(rows[a], a, np, 0);
            }
            for (int p = from; p < to; p += BLOCK) {
                int m = Math.min(BLOCK, to - p);
                scoreBlock(scores, data.weights, p, m, scratch, acc, llAt);
                addOuterProducts(rows, scratch.scores, scratch.weights, m, np);
            }
            for (int a = 0; a < np; a++) {
                System.arraycopy(rows[a], a, acc, a * np + a, np - a);
            }
        });
        for (int a = 0; a < np; a++) {
            for (int b = 0; b < a; b++) {
                upper[a * np + b] = upper[b * np + a];
            }
        }
        return upper;
    }

    /**
     * The scores of patterns p0 .. p0 + m − 1 into {@code scratch.scores[0 .. m)} and their weights, and each
     * weighted log-likelihood added to {@code acc[llAt]} in pattern order. A method of its own, called per
     * block, so that the loop over a chunk's patterns does not make the JIT compile the chunk's lambda on
     * stack replacement with the per-pattern work inlined.
     */
    private static void scoreBlock(PatternScores scores, double[] weights, int p0, int m, Scratch scratch,
            double[] acc, int llAt) {
        for (int k = 0; k < m; k++) {
            double f = weights[p0 + k];
            acc[llAt] += f * scores.score(p0 + k, scratch, scratch.scores[k]);
            scratch.weights[k] = f;
        }
    }

    /**
     * The items whose scores come from two posterior means: dichotomous logistic items (no guessing or upper
     * asymptote) with a free slope or intercept, in item order.
     */
    private static int[] logisticItems(ParameterLayout layout) {
        int[][] flat = layout.flatIndices();
        return java.util.stream.IntStream.range(0, layout.items()).filter(i -> {
            ItemState s = layout.state(i);
            return flat[i] != null && s.dichotomous && !s.hasG && !s.hasU && flat[i][2] < 0 && flat[i][3] < 0;
        }).toArray();
    }

    /**
     * The observed-data score s_p of one pattern at the current parameters: per free item parameter the
     * posterior mean of ∂ log P(x_pi | θ) over the nodes, and the latent-moment scores where free. For a
     * logistic item, P_i(θ) = 1 / (1 + e^−(aθ + d)), ∂ log P(x | θ) / ∂d = x − P_i(θ) and ∂ / ∂a = θ (x − P_i(θ)),
     * so the scores are x − E[P_i(θ)] and x E[θ] − E[θ P_i(θ)]: two posterior means that do not depend on the
     * response, summed for all logistic items at once one node at a time ({@link #addNode}). Other items
     * take the posterior mean of each score table. Its own class and small per-pattern methods, so that the
     * JIT compiles them early as whole methods.
     */
    private static final class PatternScores {
        private final EStep eStep;
        private final PatternData data;
        private final ParameterLayout layout;
        private final EStep.CodeTable codeTable;
        private final int[][] flat;
        /** Item i's score tables, {@code [i][(k * size + j) * nodes + q]}, null for an anchored or logistic item. */
        private final double[][] tables;
        /** The items with score tables, in item order. */
        private final int[] tabled;
        /** The logistic items, in item order. */
        private final int[] logistic;
        /** P_i(θ_q) of the logistic items, {@code [q][k]} for item {@code logistic[k]}. */
        private final double[][] probabilities;
        private final double[][] latent;
        private final double[] theta;
        private final int nodes;

        PatternScores(EmEngine engine, double[][] tables, int[] logistic, double[][] probabilities) {
            this.eStep = engine.eStep();
            this.data = engine.data();
            this.layout = engine.layout();
            this.codeTable = engine.codeTable();
            this.flat = layout.flatIndices();
            this.tables = tables;
            this.tabled = java.util.stream.IntStream.range(0, tables.length).filter(i -> tables[i] != null).toArray();
            this.logistic = logistic;
            this.probabilities = probabilities;
            this.latent = latentScores(engine);
            this.theta = engine.latent().theta();
            this.nodes = engine.latent().nodes();
        }

        /**
         * Writes s_p to {@code scores[0 .. np)}.
         *
         * @return the log marginal likelihood of pattern p
         */
        double score(int p, Scratch scratch, double[] scores) {
            double[] post = scratch.posterior.post;
            int[] window = scratch.posterior.window;
            double logLikelihood = eStep.posterior(codeTable, p, scratch.posterior);
            int lo = window[0];
            int hi = window[1];
            Arrays.fill(scores, 0, layout.size(), 0);
            int width = data.items;
            int base = p * width;
            if (logistic.length > 0) {
                addLogistic(post, lo, hi, data.rows, base, scratch.meanP, scratch.meanThetaP, scores);
            }
            if (tabled.length > 0) {
                addTables(post, lo, hi, data.rows, base, scores);
            }
            if (layout.meanFree() || layout.varFree()) {
                double dm = 0;
                double dv = 0;
                for (int q = lo; q <= hi; q++) {
                    dm += post[q] * latent[0][q];
                    dv += post[q] * latent[1][q];
                }
                if (layout.meanFree()) {
                    scores[layout.meanIndex()] = dm;
                }
                if (layout.varFree()) {
                    scores[layout.varIndex()] = dv;
                }
            }
            return logLikelihood;
        }

        /**
         * Adds the posterior mean of each score table at the pattern's responses: a loop of its own, so that
         * {@link #score} is not compiled on stack replacement for it.
         */
        private void addTables(double[] post, int lo, int hi, byte[] rows, int base, double[] scores) {
            for (int i : tabled) {
                int x = rows[base + i];
                if (x < 0) {
                    continue;
                }
                int size = flat[i].length;
                int j = 0;
                for (; j + 2 <= size && flat[i][j] >= 0 && flat[i][j + 1] >= 0; j += 2) {
                    addDots(post, tables[i], (x * size + j) * nodes, nodes, lo, hi, scores, flat[i][j],
                            flat[i][j + 1]);
                }
                for (; j < size; j++) {
                    int at = flat[i][j];
                    if (at >= 0) {
                        scores[at] += dot(post, tables[i], (x * size + j) * nodes, lo, hi);
                    }
                }
            }
        }

        /** Adds the slope and intercept scores x E[θ] − E[θ P_i] and x − E[P_i] of the logistic items. */
        private void addLogistic(double[] post, int lo, int hi, byte[] rows, int base, double[] meanP,
                double[] meanThetaP, double[] scores) {
            int n = logistic.length;
            Arrays.fill(meanP, 0);
            Arrays.fill(meanThetaP, 0);
            double meanTheta = 0;
            int q = lo;
            for (; q + 1 <= hi; q += 2) {
                double w0 = post[q];
                double wt0 = w0 * theta[q];
                double w1 = post[q + 1];
                double wt1 = w1 * theta[q + 1];
                meanTheta += wt0;
                meanTheta += wt1;
                addTwoNodes(meanP, meanThetaP, probabilities[q], w0, wt0, probabilities[q + 1], w1, wt1, n);
            }
            if (q <= hi) {
                double w = post[q];
                double wt = w * theta[q];
                meanTheta += wt;
                addNode(meanP, meanThetaP, probabilities[q], w, wt, n);
            }
            addLogisticScores(rows, base, meanTheta, meanP, meanThetaP, scores);
        }

        /**
         * The logistic items' scores from the posterior means, item by item: a loop of its own, so that the
         * loop over the nodes above and this one are not compiled together on stack replacement.
         */
        private void addLogisticScores(byte[] rows, int base, double meanTheta, double[] meanP, double[] meanThetaP,
                double[] scores) {
            for (int k = 0; k < logistic.length; k++) {
                int i = logistic[k];
                int x = rows[base + i];
                if (x < 0) {
                    continue;
                }
                int[] at = flat[i];
                if (at[0] >= 0) {
                    scores[at[0]] += x * meanTheta - meanThetaP[k];
                }
                if (at[1] >= 0) {
                    scores[at[1]] += x - meanP[k];
                }
            }
        }
    }

    /**
     * One node's terms of the posterior means: meanP[k] += w P_k, meanThetaP[k] += wθ P_k. Every array is
     * indexed by the same k, so the JIT makes vector operations of the loop.
     */
    private static void addNode(double[] meanP, double[] meanThetaP, double[] p, double w, double wt, int n) {
        for (int k = 0; k < n; k++) {
            meanP[k] += w * p[k];
            meanThetaP[k] += wt * p[k];
        }
    }

    /**
     * Two nodes' terms of the posterior means in one pass: for each k the terms of the first node, then those
     * of the second, added in that order as two calls of {@link #addNode} would.
     */
    private static void addTwoNodes(double[] meanP, double[] meanThetaP, double[] p0, double w0, double wt0,
            double[] p1, double w1, double wt1, int n) {
        for (int k = 0; k < n; k++) {
            meanP[k] = meanP[k] + w0 * p0[k] + w1 * p1[k];
            meanThetaP[k] = meanThetaP[k] + wt0 * p0[k] + wt1 * p1[k];
        }
    }

    /**
     * rows[a][b] += Σ_k f_k s_ka s_kb for b ≥ a over k = 0..m−1 of a block of scores: the patterns four at
     * a time, each four added as one term ((f_0 s_0b + f_1 s_1b) + f_2 s_2b) + f_3 s_3b, the rest one at a
     * time.
     */
    private static void addOuterProducts(double[][] rows, double[][] scores, double[] weights, int m, int np) {
        for (int a = 0; a < np; a += ROWS_PER_CALL) {
            addToRows(rows, scores, weights, m, a, Math.min(np, a + ROWS_PER_CALL), np);
        }
    }

    /**
     * Rows a0 .. a1 − 1 of {@link #addOuterProducts}: in groups of rows, so that neither loop counts enough
     * back-edges per call to be compiled on stack replacement (100 rows per call did).
     */
    private static void addToRows(double[][] rows, double[][] scores, double[] weights, int m, int a0, int a1,
            int np) {
        for (int a = a0; a < a1; a++) {
            addToRow(rows[a], scores, weights, m, a, np);
        }
    }

    /**
     * Row a of {@link #addOuterProducts}: a method of its own, so that the loop over the rows is not
     * compiled on stack replacement with these loops inside.
     */
    private static void addToRow(double[] row, double[][] scores, double[] weights, int m, int a, int np) {
        int k = 0;
        for (; k + 4 <= m; k += 4) {
            addFour(row, scores, weights, k, a, np);
        }
        for (; k < m; k++) {
            double[] s0 = scores[k];
            addOne(row, s0, weights[k] * s0[a], a, np);
        }
    }

    /** {@code row[b] += fa · s[b]} for b = a..np−1. */
    private static void addOne(double[] row, double[] s, double fa, int a, int np) {
        for (int b = a; b < np; b++) {
            row[b] += fa * s[b];
        }
    }

    /**
     * Patterns k..k+3 of a block added to a row, from column a on. Every array is indexed by the same b,
     * so the JIT makes vector operations of the loop (measured three times as fast as the same sums in one
     * flat array indexed from different offsets, which it leaves scalar).
     */
    private static void addFour(double[] row, double[][] scores, double[] weights, int k, int a, int np) {
        double[] s0 = scores[k];
        double[] s1 = scores[k + 1];
        double[] s2 = scores[k + 2];
        double[] s3 = scores[k + 3];
        double f0 = weights[k] * s0[a];
        double f1 = weights[k + 1] * s1[a];
        double f2 = weights[k + 2] * s2[a];
        double f3 = weights[k + 3] * s3[a];
        for (int b = a; b < np; b++) {
            row[b] += f0 * s0[b] + f1 * s1[b] + f2 * s2[b] + f3 * s3[b];
        }
    }

    /**
     * Σ_{q = lo..hi} a[q] · b[from + q] in four interleaved partial sums: a single running sum would wait for
     * each addition in turn.
     */
    private static double dot(double[] a, double[] b, int from, int lo, int hi) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int q = lo;
        for (; q + 3 <= hi; q += 4) {
            s0 += a[q] * b[from + q];
            s1 += a[q + 1] * b[from + q + 1];
            s2 += a[q + 2] * b[from + q + 2];
            s3 += a[q + 3] * b[from + q + 3];
        }
        for (; q <= hi; q++) {
            s0 += a[q] * b[from + q];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@link #dot} of a with the two rows of b at {@code from} and {@code from + nodes} in one pass over a,
     * added to {@code out[at0]} and {@code out[at1]}: the same partial sums as two calls.
     */
    private static void addDots(double[] a, double[] b, int from, int nodes, int lo, int hi, double[] out, int at0,
            int at1) {
        int from1 = from + nodes;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        int q = lo;
        for (; q + 3 <= hi; q += 4) {
            s0 += a[q] * b[from + q];
            s1 += a[q + 1] * b[from + q + 1];
            s2 += a[q + 2] * b[from + q + 2];
            s3 += a[q + 3] * b[from + q + 3];
            t0 += a[q] * b[from1 + q];
            t1 += a[q + 1] * b[from1 + q + 1];
            t2 += a[q + 2] * b[from1 + q + 2];
            t3 += a[q + 3] * b[from1 + q + 3];
        }
        for (; q <= hi; q++) {
            s0 += a[q] * b[from + q];
            t0 += a[q] * b[from1 + q];
        }
        out[at0] += (s0 + s1) + (s2 + s3);
        out[at1] += (t0 + t1) + (t2 + t3);
    }

    /**
     * The gradient of the log posterior (log-likelihood plus log priors) at x, by Fisher's identity from
     * one E-step.
     */
    static double[] gradient(EmEngine engine, double[] x) {
        engine.unpack(x);
        double[] e = engine.expectedCounts();
        ParameterLayout layout = engine.layout();
        MStep mStep = engine.mStep();
        int np = layout.size();
        double[] grad = new double[np];
        for (int b = 0; b < layout.blocks(); b++) {
            int size = layout.block(b).size();
            double[] xb = Arrays.copyOfRange(x, layout.blockStart(b), layout.blockStart(b + 1));
            double[] g = new double[size];
            double[] h = new double[size * size];
            mStep.objective(b, xb, e, g, h);
            mStep.prior(b, xb, g, h);
            System.arraycopy(g, 0, grad, layout.blockStart(b), size);
        }
        if (layout.meanFree() || layout.varFree()) {
            double[][] latent = latentScores(engine);
            int total = engine.eStep().counts();
            double dm = 0;
            double dv = 0;
            for (int q = 0; q < engine.latent().nodes(); q++) {
                dm += e[total + q] * latent[0][q];
                dv += e[total + q] * latent[1][q];
            }
            if (layout.meanFree()) {
                grad[layout.meanIndex()] = dm;
            }
            if (layout.varFree()) {
                grad[layout.varIndex()] = dv;
            }
        }
        return grad;
    }

    /** −∂²/∂x² of the log posterior by central differences of the exact gradient. */
    static double[] observed(EmEngine engine, double[] x) {
        int np = engine.layout().size();
        double[] info = new double[np * np];
        for (int j = 0; j < np; j++) {
            double h = 1e-5 * Math.max(1, Math.abs(x[j]));
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[j] += h;
            minus[j] -= h;
            double[] gp = gradient(engine, plus);
            double[] gm = gradient(engine, minus);
            for (int i = 0; i < np; i++) {
                info[i * np + j] = -(gp[i] - gm[i]) / (2 * h);
            }
        }
        for (int i = 0; i < np; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (info[i * np + j] + info[j * np + i]);
                info[i * np + j] = s;
                info[j * np + i] = s;
            }
        }
        engine.unpack(x);
        return info;
    }
}

package io.github.cact.calibration;

import io.github.cact.internal.LogProbabilityTable;
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

        Outcome(double[] standardErrors, double[] covariance, StandardErrorMethod method) {
            this.standardErrors = standardErrors;
            this.covariance = covariance;
            this.method = method;
        }
    }

    private StandardErrors() {
    }

    static Outcome compute(EmEngine engine, CalibrationOptions options, List<String> warnings) {
        StandardErrorMethod method = options.standardErrors();
        int np = engine.flatSize;
        if (method == StandardErrorMethod.NONE || np == 0) {
            return new Outcome(new double[0], new double[0], method);
        }
        double[] x = engine.pack();
        double[] info = method == StandardErrorMethod.CROSS_PRODUCT ? crossProduct(engine) : observed(engine, x);
        engine.unpack(x);
        if (method == StandardErrorMethod.CROSS_PRODUCT) {
            addPriorInformation(engine, x, info);
        }
        double[] cov = Dense.inverse(info, np);
        if (cov == null) {
            warnings.add("standard errors: the information matrix is singular; no standard errors");
            return new Outcome(new double[0], new double[0], method);
        }
        double[] se = new double[np];
        for (int j = 0; j < np; j++) {
            double v = cov[j * np + j];
            if (!(v > 0) || !Double.isFinite(v)) {
                warnings.add("standard errors: the information matrix is not positive definite; no standard errors");
                return new Outcome(new double[0], new double[0], method);
            }
            se[j] = Math.sqrt(v);
        }
        return new Outcome(se, cov, method);
    }

    private static void addPriorInformation(EmEngine engine, double[] x, double[] info) {
        int np = engine.flatSize;
        for (int b = 0; b < engine.blocks.length; b++) {
            int size = engine.blocks[b].size;
            double[] xb = Arrays.copyOfRange(x, engine.blockStart[b], engine.blockStart[b + 1]);
            double[] g = new double[size];
            double[] h = new double[size * size];
            engine.blockPrior(b, xb, g, h);
            for (int j = 0; j < size; j++) {
                int at = engine.blockStart[b] + j;
                info[at * np + at] += h[j * size + j];
            }
        }
    }

    /** Latent-moment scores ∂ log w_q / ∂μ and ∂ log w_q / ∂σ² of the normalised discrete prior. */
    static double[][] latentScores(EmEngine engine) {
        int nodes = engine.nodes;
        double[] lw = engine.logWeights(engine.mean, engine.variance);
        double m1 = 0;
        double m2 = 0;
        for (int q = 0; q < nodes; q++) {
            double z = engine.theta[q] - engine.mean;
            double w = Math.exp(lw[q]);
            m1 += w * z;
            m2 += w * z * z;
        }
        double v = engine.variance;
        double[] dMu = new double[nodes];
        double[] dVar = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            double z = engine.theta[q] - engine.mean;
            dMu[q] = (z - m1) / v;
            dVar[q] = (z * z - m2) / (2 * v * v);
        }
        return new double[][] {dMu, dVar};
    }

    /** Σ_p f_p s_p s_pᵀ with s_p the observed-data score of pattern p. */
    static double[] crossProduct(EmEngine engine) {
        int np = engine.flatSize;
        int nodes = engine.nodes;
        int items = engine.states.length;
        int[][] flat = new int[items][];
        for (int b = 0; b < engine.blocks.length; b++) {
            EmEngine.Block block = engine.blocks[b];
            for (int m = 0; m < block.items.length; m++) {
                int i = block.items[m];
                flat[i] = new int[block.map[m].length];
                for (int j = 0; j < flat[i].length; j++) {
                    flat[i][j] = block.map[m][j] < 0 ? -1 : engine.blockStart[b] + block.map[m][j];
                }
            }
        }
        double[][] tables = new double[items][];
        for (int i = 0; i < items; i++) {
            if (flat[i] == null) {
                continue;
            }
            ItemState s = engine.states[i];
            int k0 = s.categories;
            double[] logP = new double[k0];
            double[] prob = new double[k0];
            double[] score = new double[k0 * s.size];
            tables[i] = new double[k0 * s.size * nodes];
            for (int q = 0; q < nodes; q++) {
                s.evaluate(s.par, engine.theta[q], logP, prob, score);
                for (int c = 0; c < k0 * s.size; c++) {
                    tables[i][c * nodes + q] = score[c];
                }
            }
        }
        double[][] latent = latentScores(engine);
        LogProbabilityTable table = new LogProbabilityTable(engine.models(), engine.theta);
        double[] logPrior = engine.logWeights(engine.mean, engine.variance);
        PatternData data = engine.data;
        int width = data.items;
        double[] upper = engine.runChunks((from, to, acc) -> {
            double[] post = new double[nodes];
            double[] s = new double[np];
            for (int p = from; p < to; p++) {
                System.arraycopy(logPrior, 0, post, 0, nodes);
                int base = p * width;
                table.addLogLikelihood(data.rows, base, post);
                double max = Double.NEGATIVE_INFINITY;
                for (int q = 0; q < nodes; q++) {
                    max = Math.max(max, post[q]);
                }
                double sum = 0;
                for (int q = 0; q < nodes; q++) {
                    post[q] = Math.exp(post[q] - max);
                    sum += post[q];
                }
                for (int q = 0; q < nodes; q++) {
                    post[q] /= sum;
                }
                Arrays.fill(s, 0);
                for (int i = 0; i < width; i++) {
                    int x = data.rows[base + i];
                    if (x < 0 || flat[i] == null) {
                        continue;
                    }
                    int size = flat[i].length;
                    double[] t = tables[i];
                    for (int j = 0; j < size; j++) {
                        int at = flat[i][j];
                        if (at < 0) {
                            continue;
                        }
                        int row = (x * size + j) * nodes;
                        double v = 0;
                        for (int q = 0; q < nodes; q++) {
                            v += post[q] * t[row + q];
                        }
                        s[at] += v;
                    }
                }
                if (engine.meanFree || engine.varFree) {
                    double dm = 0;
                    double dv = 0;
                    for (int q = 0; q < nodes; q++) {
                        dm += post[q] * latent[0][q];
                        dv += post[q] * latent[1][q];
                    }
                    if (engine.meanFree) {
                        s[engine.meanIndex] = dm;
                    }
                    if (engine.varFree) {
                        s[engine.varIndex] = dv;
                    }
                }
                double f = data.weights[p];
                for (int a = 0; a < np; a++) {
                    double fa = f * s[a];
                    if (fa == 0) {
                        continue;
                    }
                    int row = a * np;
                    for (int b = a; b < np; b++) {
                        acc[row + b] += fa * s[b];
                    }
                }
            }
        }, np * np);
        for (int a = 0; a < np; a++) {
            for (int b = 0; b < a; b++) {
                upper[a * np + b] = upper[b * np + a];
            }
        }
        return upper;
    }

    /**
     * The gradient of the log posterior (log-likelihood plus log priors) at x, by Fisher's identity from
     * one E-step.
     */
    static double[] gradient(EmEngine engine, double[] x) {
        engine.unpack(x);
        double[] e = engine.eStep();
        int np = engine.flatSize;
        double[] grad = new double[np];
        for (int b = 0; b < engine.blocks.length; b++) {
            int size = engine.blocks[b].size;
            double[] xb = Arrays.copyOfRange(x, engine.blockStart[b], engine.blockStart[b + 1]);
            double[] g = new double[size];
            double[] h = new double[size * size];
            engine.blockObjective(b, xb, e, g, h);
            engine.blockPrior(b, xb, g, h);
            System.arraycopy(g, 0, grad, engine.blockStart[b], size);
        }
        if (engine.meanFree || engine.varFree) {
            double[][] latent = latentScores(engine);
            int total = engine.offsets[engine.states.length] * engine.nodes;
            double dm = 0;
            double dv = 0;
            for (int q = 0; q < engine.nodes; q++) {
                dm += e[total + q] * latent[0][q];
                dv += e[total + q] * latent[1][q];
            }
            if (engine.meanFree) {
                grad[engine.meanIndex] = dm;
            }
            if (engine.varFree) {
                grad[engine.varIndex] = dv;
            }
        }
        return grad;
    }

    /** −∂²/∂x² of the log posterior by central differences of the exact gradient. */
    static double[] observed(EmEngine engine, double[] x) {
        int np = engine.flatSize;
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

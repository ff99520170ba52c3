package io.github.cact.mirt.estimation;

import io.github.cact.irt.ModelType;
import io.github.cact.mirt.MultidimensionalItem;

/**
 * One worker's Metropolis–Hastings sampler of θ given the responses and the current parameters: a
 * Metropolis-within-Gibbs sweep proposes, factor by factor, θ_f′ = θ_f + c_f·ε with ε ~ N(0, 1), and
 * accepts with probability min(1, π(θ′ | x) / π(θ | x)), where π ∝ P(x | θ)·φ(θ; 0, R). Only the items
 * loading on factor f are evaluated for its proposal: their linear predictors and the probabilities of the
 * observed responses are kept per examinee, and the ratio is a product of probability ratios (one
 * exponential per item, no logarithm). All buffers are made once per worker; nothing is allocated per
 * examinee.
 */
final class Sampler {

    private static final double TINY = 1e-280;

    final Problem problem;
    final RandomStream random = new RandomStream();
    final double[] theta;
    final double[] z;
    /** P(X = x_j | z_j) of the observed response, 1 where it is missing. */
    final double[] observed;
    final double[] candidate;
    final double[] buffer;
    final double[] probabilities;
    final double[] scores;
    /** Per factor: proposals accepted and made in the current chunk. */
    final double[] accepted;
    final double[] proposed;

    // the parameters of the current cycle, read only
    private MultidimensionalItem[] items;
    private double[] slopes;
    private double[] intercepts;
    private boolean[] twoPl;
    private double[] precision;
    private double[] scale;

    Sampler(Problem problem, int maxParameters) {
        this.problem = problem;
        int d = problem.dimensions;
        this.theta = new double[d];
        this.z = new double[problem.items];
        this.observed = new double[problem.items];
        this.candidate = new double[problem.items];
        this.buffer = new double[problem.maxCategories];
        this.probabilities = new double[problem.maxCategories];
        this.scores = new double[problem.maxCategories * maxParameters];
        this.accepted = new double[d];
        this.proposed = new double[d];
    }

    /** Points the sampler at the cycle's parameters (shared, never modified during the cycle). */
    void use(Snapshot snapshot, double[] proposalScale) {
        this.items = snapshot.items;
        this.slopes = snapshot.slopes;
        this.intercepts = snapshot.intercepts;
        this.twoPl = snapshot.twoPl;
        this.precision = snapshot.precision;
        this.scale = proposalScale;
    }

    /** The parameters of one cycle in flat arrays. */
    static final class Snapshot {
        final MultidimensionalItem[] items;
        final double[] slopes;
        final double[] intercepts;
        final boolean[] twoPl;
        final double[] precision;

        Snapshot(ParameterState state) {
            int d = state.problem.dimensions;
            int n = state.items.length;
            this.items = state.items.clone();
            this.slopes = new double[n * d];
            this.intercepts = new double[n];
            this.twoPl = new boolean[n];
            for (int j = 0; j < n; j++) {
                for (int f = 0; f < d; f++) {
                    slopes[j * d + f] = items[j].slope(f);
                }
                intercepts[j] = items[j].intercepts()[0];
                twoPl[j] = items[j].type() == ModelType.TWO_PL;
            }
            this.precision = state.latent.precision();
        }
    }

    /** Loads θ of an examinee and evaluates its items at it. */
    void load(double[] thetas, int examinee) {
        int d = problem.dimensions;
        int n = problem.items;
        System.arraycopy(thetas, examinee * d, theta, 0, d);
        byte[] responses = problem.responses;
        int[][] loadings = problem.loadings;
        int j0 = examinee * n;
        for (int j = 0; j < n; j++) {
            int x = responses[j0 + j];
            double zj = 0;
            for (int f : loadings[j]) {
                zj += slopes[j * d + f] * theta[f];
            }
            z[j] = zj;
            observed[j] = x < 0 ? 1 : probability(j, x, zj);
        }
    }

    /** Σ log(candidate / observed) over the answered items of a factor, for products too small to divide. */
    private double logRatio(int[] on, int j0) {
        double sum = 0;
        for (int j : on) {
            if (problem.responses[j0 + j] >= 0) {
                sum += Math.log(candidate[j]) - Math.log(observed[j]);
            }
        }
        return sum;
    }

    /** P(X = x | z) of item j, with a fast path for the 2PL. */
    private double probability(int j, int x, double zj) {
        if (twoPl[j]) {
            double eta = zj + intercepts[j];
            return 1 / (1 + Math.exp(x == 1 ? -eta : eta));
        }
        items[j].probabilitiesAt(zj, buffer);
        return buffer[x];
    }

    void store(double[] thetas, int examinee) {
        System.arraycopy(theta, 0, thetas, examinee * problem.dimensions, problem.dimensions);
    }

    /** One Metropolis-within-Gibbs sweep over the factors of the loaded examinee. */
    void sweep(int examinee) {
        int d = problem.dimensions;
        int j0 = examinee * problem.items;
        byte[] responses = problem.responses;
        for (int f = 0; f < d; f++) {
            double old = theta[f];
            double step = scale[f] * random.normal();
            double next = old + step;
            double cross = 0;
            for (int g = 0; g < d; g++) {
                if (g != f) {
                    cross += precision[f * d + g] * theta[g];
                }
            }
            double prior = -0.5 * precision[f * d + f] * (next * next - old * old) - step * cross;
            int[] on = problem.itemsOn[f];
            // the probability ratio as one quotient of two products: no division chain per item
            double numerator = 1;
            double denominator = 1;
            for (int j : on) {
                int x = responses[j0 + j];
                if (x >= 0) {
                    double c = probability(j, x, z[j] + slopes[j * d + f] * step);
                    candidate[j] = c;
                    numerator *= c;
                    denominator *= observed[j];
                }
            }
            double ratio = numerator > TINY && denominator > TINY
                    ? Math.exp(prior) * numerator / denominator : Math.exp(prior + logRatio(on, j0));
            proposed[f]++;
            if (ratio >= 1 || random.uniform() < ratio) {
                accepted[f]++;
                theta[f] = next;
                for (int j : on) {
                    z[j] += slopes[j * d + f] * step;
                    if (responses[j0 + j] >= 0) {
                        observed[j] = candidate[j];
                    }
                }
            }
        }
    }

    /**
     * Adds the complete-data gradient and expected information of every item at the loaded θ, and θθᵀ, to
     * an accumulator laid out as {@link ParameterState} says.
     */
    void accumulate(int examinee, ParameterState layout, double[] acc) {
        int d = problem.dimensions;
        int items = problem.items;
        byte[] responses = problem.responses;
        int[][] loadings = problem.loadings;
        int[] offsets = layout.offsets;
        int[] counts = layout.counts;
        int j0 = examinee * items;
        for (int j = 0; j < items; j++) {
            int x = responses[j0 + j];
            if (x < 0) {
                continue;
            }
            int o = offsets[j];
            int n = counts[j];
            int info = o + n;
            if (twoPl[j]) {
                double p = x == 1 ? observed[j] : 1 - observed[j];
                double r = x - p;
                double w = p * (1 - p);
                int[] loads = loadings[j];
                if (loads.length == 1) {
                    double t = theta[loads[0]];
                    double wt = w * t;
                    acc[o] += r * t;
                    acc[o + 1] += r;
                    acc[info] += wt * t;
                    acc[info + 1] += wt;
                    acc[info + 2] += wt;
                    acc[info + 3] += w;
                    continue;
                }
                int s = loads.length;
                for (int a = 0; a <= s; a++) {
                    double va = a < s ? theta[loads[a]] : 1;
                    acc[o + a] += r * va;
                    for (int b = 0; b <= s; b++) {
                        double vb = b < s ? theta[loads[b]] : 1;
                        acc[info + a * n + b] += w * va * vb;
                    }
                }
            } else {
                general(j, x, o, n, acc);
            }
        }
        int m = layout.momentsOffset;
        for (int a = 0; a < d; a++) {
            double ta = theta[a];
            for (int b = 0; b < d; b++) {
                acc[m + a * d + b] += ta * theta[b];
            }
        }
    }

    /**
     * Adds ∂ log P(x_j | θ) / ∂ψ_j of every answered item at the loaded θ to {@code out}, item j's parameter
     * m at {@code positions[j][m]} (tied parameters add up).
     */
    void addScores(int examinee, int[][] positions, double[] out) {
        int itemCount = problem.items;
        byte[] responses = problem.responses;
        int[][] loadings = problem.loadings;
        int j0 = examinee * itemCount;
        for (int j = 0; j < itemCount; j++) {
            int x = responses[j0 + j];
            if (x < 0) {
                continue;
            }
            int[] at = positions[j];
            if (twoPl[j]) {
                double r = x == 1 ? 1 - observed[j] : -(1 - observed[j]);
                int[] loads = loadings[j];
                for (int a = 0; a < loads.length; a++) {
                    out[at[a]] += r * theta[loads[a]];
                }
                out[at[loads.length]] += r;
            } else {
                int n = at.length;
                items[j].parameterScores(theta, probabilities, scores);
                for (int m = 0; m < n; m++) {
                    out[at[m]] += scores[x * n + m];
                }
            }
        }
    }

    /**
     * Writes the posterior precision at θ in its Laplace approximation, R⁻¹ + Σ_j I_z(a_j·θ) a_j a_jᵀ over
     * the answered items (the lower triangle).
     */
    void precisionAt(int examinee, double[] at, double[] out) {
        int d = problem.dimensions;
        int itemCount = problem.items;
        int j0 = examinee * itemCount;
        for (int a = 0; a < d * d; a++) {
            out[a] = precision[a];
        }
        for (int j = 0; j < itemCount; j++) {
            if (problem.responses[j0 + j] < 0) {
                continue;
            }
            int[] loads = problem.loadings[j];
            double zj = 0;
            for (int f : loads) {
                zj += slopes[j * d + f] * at[f];
            }
            double w;
            if (twoPl[j]) {
                double p = 1 / (1 + Math.exp(-(zj + intercepts[j])));
                w = p * (1 - p);
            } else {
                w = items[j].informationAt(zj);
            }
            for (int f : loads) {
                for (int g : loads) {
                    if (g <= f) {
                        out[f * d + g] += w * slopes[j * d + f] * slopes[j * d + g];
                    }
                }
            }
        }
    }

    /**
     * Σ_j log P(x_j | θ) at a given θ (not the loaded one), for importance sampling: the probabilities are
     * multiplied and the product's logarithm taken whenever it falls below {@value #TINY}, and at the end.
     */
    double logLikelihood(int examinee, double[] at) {
        int d = problem.dimensions;
        int itemCount = problem.items;
        byte[] responses = problem.responses;
        int[][] loadings = problem.loadings;
        int j0 = examinee * itemCount;
        double sum = 0;
        double product = 1;
        for (int j = 0; j < itemCount; j++) {
            int x = responses[j0 + j];
            if (x < 0) {
                continue;
            }
            double zj = 0;
            for (int f : loadings[j]) {
                zj += slopes[j * d + f] * at[f];
            }
            product *= probability(j, x, zj);
            if (product < TINY) {
                sum += Math.log(product);
                product = 1;
            }
        }
        return sum + Math.log(product);
    }

    private void general(int j, int x, int o, int n, double[] acc) {
        int info = o + n;
        items[j].parameterScores(theta, probabilities, scores);
        int k1 = items[j].categories();
        for (int m = 0; m < n; m++) {
            acc[o + m] += scores[x * n + m];
        }
        for (int k = 0; k < k1; k++) {
            double pk = probabilities[k];
            int row = k * n;
            for (int a = 0; a < n; a++) {
                double sa = pk * scores[row + a];
                for (int b = 0; b < n; b++) {
                    acc[info + a * n + b] += sa * scores[row + b];
                }
            }
        }
    }
}

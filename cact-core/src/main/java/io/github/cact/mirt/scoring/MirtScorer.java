package io.github.cact.mirt.scoring;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.scoring.ScoreStatus;
import java.util.Objects;

/**
 * Scores response patterns in the D dimensions of a {@link MultidimensionalBank}, under its latent
 * distribution N_D(0, R) as the prior (docs/mirt-scoring.md).
 *
 * <ul>
 *   <li><b>MAP</b> ({@link #map(int[])}): the mode of log L(θ) − ½ θᵀR⁻¹θ by Newton's method with the
 *   analytic gradient Σ_i a_i s_i − R⁻¹θ and Hessian Σ_i a_i a_iᵀ h_i − R⁻¹ (s_i, h_i the first and second
 *   derivatives of log P_i(x_i) in z_i = a_i·θ), a halving line search, and Fisher scoring (h_i replaced by
 *   the information −I_i(z_i)) wherever the observed Hessian is not negative definite (3PL, 4PL). The
 *   posterior covariance is the inverse of the negative Hessian at the mode.</li>
 *   <li><b>EAP</b> ({@link #posterior(int[])}): E[θ | x] and Cov[θ | x] by quasi-Monte Carlo importance
 *   sampling. The n points z_j are the Halton sequence mapped to N(0, I); the proposal is centred on the
 *   MAP with the Cholesky factor of 1.2² times its covariance, θ_j = θ̂ + 1.2·L z_j, and each point carries
 *   the weight L(θ_j) φ(θ_j; 0, R) / q(θ_j) (normalised). With no response the proposal is the prior itself,
 *   θ_j = L_R z_j with the Cholesky factor of R, and the weights are equal.</li>
 * </ul>
 *
 * <p>Responses are in bank order, {@link ResponseMatrix#MISSING} (−1) for a missing one. Statuses as the
 * unidimensional scorer: {@link ScoreStatus#NO_RESPONSES} (θ̂ = 0, covariance R), {@link
 * ScoreStatus#NOT_CONVERGED} (100 Newton steps without convergence: the last iterate), {@link
 * ScoreStatus#UNRESOLVED} (a likelihood that is not finite, or an EAP whose importance weights collapse:
 * effective sample size below 10); θ̂ and the covariance are finite in every status, never NaN.
 *
 * <p>Immutable and thread-safe; a batch gives the same bits whatever the parallelism, since every person
 * is scored on their own.
 */
public final class MirtScorer {

    private static final int MAX_ITERATIONS = 100;
    private static final double STEP_TOLERANCE = 1e-7;
    private static final double PROPOSAL_SCALE = 1.2;
    private static final double MIN_EFFECTIVE_SAMPLE = 10;
    private static final byte GENERAL = 0;
    private static final byte LOGISTIC = 1;
    private static final byte PARTIAL_CREDIT = 2;
    /** |z| up to which exp(z)^k stays far inside the range of a double for k ≤ 12. */
    private static final double POWER_RANGE = 50;

    private final MultidimensionalBank bank;
    private final MirtScoringOptions options;
    private final int d;
    private final int items;
    private final MultidimensionalItem[] model;
    private final int[][] loaded;
    private final double[][] slopes;
    private final int[] categories;
    private final int maxCategories;
    /** Per item: {@link #LOGISTIC}, {@link #PARTIAL_CREDIT} or {@link #GENERAL}. */
    private final byte[] kind;
    /** Logistic items: the intercept d; partial-credit items: log w_k = C_k − max C, C_k = Σ_{v≤k} c_v. */
    private final double[][] logWeights;
    /** Partial-credit items: w_k = exp(log w_k). */
    private final double[][] weights;
    private final double[] precision;
    private final double[] priorCovariance;
    private final double[] priorCholesky;
    private final double[] normalPoints;
    private final ParallelChunks chunks;

    private MirtScorer(MultidimensionalBank bank, MirtScoringOptions options) {
        this.bank = bank;
        this.options = options;
        this.d = bank.dimensions();
        this.items = bank.size();
        this.model = bank.items().toArray(new MultidimensionalItem[0]);
        this.loaded = new int[items][];
        this.slopes = new double[items][];
        this.categories = new int[items];
        int max = 2;
        for (int i = 0; i < items; i++) {
            loaded[i] = model[i].loadings();
            slopes[i] = new double[loaded[i].length];
            for (int k = 0; k < loaded[i].length; k++) {
                slopes[i][k] = model[i].slope(loaded[i][k]);
            }
            categories[i] = model[i].categories();
            max = Math.max(max, categories[i]);
        }
        this.kind = new byte[items];
        this.logWeights = new double[items][];
        this.weights = new double[items][];
        for (int i = 0; i < items; i++) {
            double[] c = model[i].intercepts();
            switch (model[i].type()) {
                case RASCH, ONE_PL, TWO_PL -> {
                    kind[i] = LOGISTIC;
                    logWeights[i] = c;
                }
                case GPCM, PCM -> {
                    if (categories[i] <= 13) {
                        kind[i] = PARTIAL_CREDIT;
                        double[] log = new double[categories[i]];
                        double largest = 0;
                        for (int k = 1; k < log.length; k++) {
                            log[k] = log[k - 1] + c[k - 1];
                            largest = Math.max(largest, log[k]);
                        }
                        double[] w = new double[log.length];
                        for (int k = 0; k < log.length; k++) {
                            log[k] -= largest;
                            w[k] = Math.exp(log[k]);
                        }
                        logWeights[i] = log;
                        weights[i] = w;
                    }
                }
                default -> kind[i] = GENERAL;
            }
        }
        this.maxCategories = max;
        LatentNormal latent = bank.latent();
        this.precision = latent.precision();
        this.priorCholesky = latent.cholesky();
        this.priorCovariance = new double[d * d];
        double[][] r = latent.correlations();
        for (int f = 0; f < d; f++) {
            System.arraycopy(r[f], 0, priorCovariance, f * d, d);
        }
        this.normalPoints = HaltonPoints.normal(options.qmcPoints(), d);
        this.chunks = ParallelChunks.of(null, options.parallelism());
    }

    /**
     * A scorer with the default options.
     *
     * @param bank the items and latent distribution
     * @return the scorer
     */
    public static MirtScorer of(MultidimensionalBank bank) {
        return of(bank, MirtScoringOptions.defaults());
    }

    /**
     * A scorer.
     *
     * @param bank the items and latent distribution
     * @param options the settings
     * @return the scorer
     * @throws IllegalArgumentException for more dimensions than the point set supports (25)
     */
    public static MirtScorer of(MultidimensionalBank bank, MirtScoringOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(options, "options");
        if (bank.dimensions() > HaltonPoints.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("scoring supports at most " + HaltonPoints.MAX_DIMENSIONS
                    + " dimensions, the bank has " + bank.dimensions());
        }
        return new MirtScorer(bank, options);
    }

    /**
     * Returns the bank.
     *
     * @return the items and latent distribution
     */
    public MultidimensionalBank bank() {
        return bank;
    }

    /**
     * Returns the options.
     *
     * @return the settings
     */
    public MirtScoringOptions options() {
        return options;
    }

    /**
     * The MAP estimate of one pattern.
     *
     * @param responses one response per bank item, in bank order, −1 for missing
     * @return θ̂ and its posterior covariance
     * @throws IllegalArgumentException for a wrong length or a response outside its item's categories
     */
    public MirtEstimate map(int[] responses) {
        Workspace ws = new Workspace();
        check(responses);
        ScoreStatus status = map(responses, ws);
        return new MirtEstimate(ws.theta, ws.covariance, status);
    }

    /**
     * The posterior of one pattern on the quasi-Monte Carlo points, with its EAP estimate.
     *
     * @param responses one response per bank item, in bank order, −1 for missing
     * @return the weighted points
     * @throws IllegalArgumentException for a wrong length or a response outside its item's categories
     */
    public MirtPosterior posterior(int[] responses) {
        Workspace ws = new Workspace();
        check(responses);
        ScoreStatus status = posterior(responses, ws);
        return new MirtPosterior(d, ws.points.clone(), ws.weights.clone(),
                new MirtEstimate(ws.mean, ws.posteriorCovariance, status));
    }

    /**
     * The EAP estimate of one pattern.
     *
     * @param responses one response per bank item, in bank order, −1 for missing
     * @return the posterior mean and covariance
     * @throws IllegalArgumentException for a wrong length or a response outside its item's categories
     */
    public MirtEstimate eap(int[] responses) {
        return posterior(responses).estimate();
    }

    /**
     * The MAP estimates of everyone; columns are matched to bank items by id, bank items without a column
     * count as missing.
     *
     * @param responses the responses
     * @return one estimate per row
     * @throws IllegalArgumentException naming a column that is not a bank item, or an examinee, item and
     *     response outside the item's categories
     */
    public MirtScores map(ResponseMatrix responses) {
        return batch(responses, false);
    }

    /**
     * The EAP estimates of everyone, as {@link #map(ResponseMatrix)} matches columns.
     *
     * @param responses the responses
     * @return one estimate per row
     * @throws IllegalArgumentException as {@link #map(ResponseMatrix)}
     */
    public MirtScores eap(ResponseMatrix responses) {
        return batch(responses, true);
    }

    /**
     * Returns, for every column of the responses, its bank item's index.
     *
     * @param responses the responses
     * @return column → bank index
     * @throws IllegalArgumentException naming a column that is not a bank item
     */
    int[] columns(ResponseMatrix responses) {
        int[] map = new int[responses.items()];
        for (int c = 0; c < map.length; c++) {
            map[c] = bank.indexOf(responses.itemId(c));
            if (map[c] < 0) {
                throw new IllegalArgumentException("response column '" + responses.itemId(c)
                        + "' is not an item of the bank");
            }
        }
        return map;
    }

    /** Writes row n of the responses into bank order, checking each response against its item. */
    void row(ResponseMatrix responses, int[] columns, int n, int[] out) {
        java.util.Arrays.fill(out, ResponseMatrix.MISSING);
        for (int c = 0; c < columns.length; c++) {
            int x = responses.response(n, c);
            int i = columns[c];
            if (x >= categories[i]) {
                throw new IllegalArgumentException("examinee '" + responses.examineeId(n) + "', item '"
                        + responses.itemId(c) + "': response " + x + " is above the item's maximum "
                        + (categories[i] - 1));
            }
            out[i] = x;
        }
    }

    private MirtScores batch(ResponseMatrix responses, boolean eap) {
        Objects.requireNonNull(responses, "responses");
        int[] columns = columns(responses);
        int n = responses.examinees();
        double[] theta = new double[n * d];
        double[] covariance = new double[n * d * d];
        ScoreStatus[] status = new ScoreStatus[n];
        chunks.forEach(n, options.chunkSize(), Workspace::new, (ws, chunk, from, to) -> {
            for (int e = from; e < to; e++) {
                row(responses, columns, e, ws.responses);
                if (eap) {
                    status[e] = posterior(ws.responses, ws);
                    System.arraycopy(ws.mean, 0, theta, e * d, d);
                    System.arraycopy(ws.posteriorCovariance, 0, covariance, e * d * d, d * d);
                } else {
                    status[e] = map(ws.responses, ws);
                    System.arraycopy(ws.theta, 0, theta, e * d, d);
                    System.arraycopy(ws.covariance, 0, covariance, e * d * d, d * d);
                }
            }
        });
        return new MirtScores(responses.examineeIds(), bank.factors(), theta, covariance, status);
    }

    private void check(int[] responses) {
        Objects.requireNonNull(responses, "responses");
        if (responses.length != items) {
            throw new IllegalArgumentException(responses.length + " responses for a bank of " + items + " items");
        }
        for (int i = 0; i < items; i++) {
            if (responses[i] < ResponseMatrix.MISSING || responses[i] >= categories[i]) {
                throw new IllegalArgumentException("item '" + model[i].id() + "': response " + responses[i]
                        + " is outside 0.." + (categories[i] - 1) + " (or -1 for missing)");
            }
        }
    }

    /** The MAP into ws.theta and ws.covariance; returns its status. */
    ScoreStatus map(int[] x, Workspace ws) {
        java.util.Arrays.fill(ws.theta, 0);
        boolean any = false;
        for (int i = 0; i < items && !any; i++) {
            any = x[i] >= 0;
        }
        if (!any) {
            System.arraycopy(priorCovariance, 0, ws.covariance, 0, d * d);
            return ScoreStatus.NO_RESPONSES;
        }
        int current = 0;
        double objective = evaluate(x, ws.theta, ws, current);
        ScoreStatus status = ScoreStatus.NOT_CONVERGED;
        for (int iteration = 0; iteration < MAX_ITERATIONS && Double.isFinite(objective); iteration++) {
            if (!choleskyInPlace(ws.observed[current], ws.factor)
                    && !choleskyInPlace(ws.expected[current], ws.factor)) {
                break;
            }
            solve(ws.factor, ws.gradient[current], ws.step);
            int other = 1 - current;
            double t = 1;
            double next = Double.NEGATIVE_INFINITY;
            while (t > 1e-10) {
                for (int f = 0; f < d; f++) {
                    ws.trial[f] = ws.theta[f] + t * ws.step[f];
                }
                next = evaluate(x, ws.trial, ws, other);
                if (next >= objective - 1e-12 * (1 + Math.abs(objective))) {
                    break;
                }
                t /= 2;
            }
            if (!(t > 1e-10)) {
                status = ScoreStatus.OK;
                break;
            }
            double largest = 0;
            for (int f = 0; f < d; f++) {
                largest = Math.max(largest, Math.abs(ws.trial[f] - ws.theta[f]));
            }
            System.arraycopy(ws.trial, 0, ws.theta, 0, d);
            objective = next;
            current = other;
            if (largest < STEP_TOLERANCE) {
                status = ScoreStatus.OK;
                break;
            }
        }
        if (!Double.isFinite(objective)) {
            java.util.Arrays.fill(ws.theta, 0);
            System.arraycopy(priorCovariance, 0, ws.covariance, 0, d * d);
            return ScoreStatus.UNRESOLVED;
        }
        if (!choleskyInPlace(ws.observed[current], ws.factor)
                && !choleskyInPlace(ws.expected[current], ws.factor)) {
            System.arraycopy(priorCovariance, 0, ws.covariance, 0, d * d);
            return ScoreStatus.UNRESOLVED;
        }
        invert(ws.factor, ws.trial, ws.step, ws.covariance);
        return status;
    }

    /** The posterior on the points into ws.points/ws.weights and its moments into ws.mean/ws.posteriorCovariance. */
    ScoreStatus posterior(int[] x, Workspace ws) {
        ScoreStatus modal = map(x, ws);
        int n = options.qmcPoints();
        boolean prior = modal == ScoreStatus.NO_RESPONSES || modal == ScoreStatus.UNRESOLVED;
        double scale = prior ? 1 : PROPOSAL_SCALE;
        if (prior || !choleskyInPlace(ws.covariance, ws.factor)) {
            System.arraycopy(priorCholesky, 0, ws.factor, 0, d * d);
            java.util.Arrays.fill(ws.theta, 0);
            scale = 1;
            prior = true;
        }
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            int base = j * d;
            double zz = 0;
            for (int f = 0; f < d; f++) {
                double s = 0;
                for (int g = 0; g <= f; g++) {
                    s += ws.factor[f * d + g] * normalPoints[base + g];
                }
                ws.points[base + f] = ws.theta[f] + scale * s;
                zz += normalPoints[base + f] * normalPoints[base + f];
            }
            System.arraycopy(ws.points, base, ws.trial, 0, d);
            double logWeight = prior ? 0 : evaluate(x, ws.trial, ws, -1) + 0.5 * zz;
            ws.weights[j] = logWeight;
            if (logWeight > largest) {
                largest = logWeight;
            }
        }
        if (!Double.isFinite(largest)) {
            java.util.Arrays.fill(ws.weights, 1.0 / n);
            largest = 0;
        }
        double total = 0;
        for (int j = 0; j < n; j++) {
            double w = Math.exp(ws.weights[j] - largest);
            ws.weights[j] = Double.isFinite(w) ? w : 0;
            total += ws.weights[j];
        }
        double squares = 0;
        java.util.Arrays.fill(ws.mean, 0);
        for (int j = 0; j < n; j++) {
            ws.weights[j] /= total;
            squares += ws.weights[j] * ws.weights[j];
            for (int f = 0; f < d; f++) {
                ws.mean[f] += ws.weights[j] * ws.points[j * d + f];
            }
        }
        java.util.Arrays.fill(ws.posteriorCovariance, 0);
        for (int j = 0; j < n; j++) {
            for (int f = 0; f < d; f++) {
                double df = ws.points[j * d + f] - ws.mean[f];
                for (int g = 0; g <= f; g++) {
                    ws.posteriorCovariance[f * d + g] += ws.weights[j] * df * (ws.points[j * d + g] - ws.mean[g]);
                }
            }
        }
        for (int f = 0; f < d; f++) {
            for (int g = 0; g < f; g++) {
                ws.posteriorCovariance[g * d + f] = ws.posteriorCovariance[f * d + g];
            }
        }
        if (modal == ScoreStatus.NO_RESPONSES) {
            return modal;
        }
        boolean resolved = 1 / squares >= MIN_EFFECTIVE_SAMPLE;
        for (int f = 0; f < d; f++) {
            resolved &= ws.posteriorCovariance[f * d + f] > 0;
        }
        if (!resolved || modal == ScoreStatus.UNRESOLVED) {
            System.arraycopy(ws.theta, 0, ws.mean, 0, d);
            System.arraycopy(ws.covariance, 0, ws.posteriorCovariance, 0, d * d);
            return ScoreStatus.UNRESOLVED;
        }
        return ScoreStatus.OK;
    }

    /**
     * The log posterior up to a constant at θ; with a slot (0 or 1, not −1), also writes the gradient and
     * the observed and expected negative Hessians into that slot of the workspace. Logistic (Rasch, 1PL,
     * 2PL) and partial-credit items are evaluated in closed form: log σ, s = x − σ, h = −σ(1 − σ); and with
     * t = e^z, P_k = w_k t^k / Σ_j w_j t^j, s = x − E[k], h = −Var[k] (for |z| ≤ 50); the others through
     * their kernel, with the log-probability of the answer from the derivative pass unless it underflows.
     */
    private double evaluate(int[] x, double[] theta, Workspace ws, int slot) {
        boolean derivatives = slot >= 0;
        double[] gradient = derivatives ? ws.gradient[slot] : null;
        double[] observed = derivatives ? ws.observed[slot] : null;
        double[] expected = derivatives ? ws.expected[slot] : null;
        double objective = 0;
        for (int f = 0; f < d; f++) {
            double row = 0;
            for (int g = 0; g < d; g++) {
                row += precision[f * d + g] * theta[g];
            }
            objective -= 0.5 * theta[f] * row;
            if (derivatives) {
                gradient[f] = -row;
            }
        }
        if (derivatives) {
            System.arraycopy(precision, 0, observed, 0, d * d);
            System.arraycopy(precision, 0, expected, 0, d * d);
        }
        double[] p = ws.p;
        double[] dp = ws.dp;
        for (int i = 0; i < items; i++) {
            int xi = x[i];
            if (xi < 0) {
                continue;
            }
            int[] on = loaded[i];
            double[] a = slopes[i];
            double z = 0;
            for (int k = 0; k < on.length; k++) {
                z += a[k] * theta[on[k]];
            }
            double logP;
            double s;
            double h;
            double information;
            if (kind[i] == LOGISTIC) {
                double u = z + logWeights[i][0];
                double e = Math.exp(-Math.abs(u));
                double log1p = Math.log1p(e);
                double p1 = u >= 0 ? 1 / (1 + e) : e / (1 + e);
                logP = xi == 1 ? (u >= 0 ? -log1p : u - log1p) : (u >= 0 ? -u - log1p : -log1p);
                s = xi - p1;
                information = p1 * (1 - p1);
                h = -information;
            } else if (kind[i] == PARTIAL_CREDIT && Math.abs(z) <= POWER_RANGE) {
                double[] w = weights[i];
                double t = Math.exp(z);
                double power = 1;
                double sum = w[0];
                double first = 0;
                double second = 0;
                for (int k = 1; k < w.length; k++) {
                    power *= t;
                    double e = w[k] * power;
                    sum += e;
                    first += k * e;
                    second += (double) k * k * e;
                }
                double mean = first / sum;
                logP = logWeights[i][xi] + xi * z - Math.log(sum);
                s = xi - mean;
                information = Math.max(0, second / sum - mean * mean);
                h = -information;
            } else if (!derivatives) {
                model[i].logProbabilitiesAt(z, ws.lp);
                logP = ws.lp[xi];
                s = 0;
                h = 0;
                information = 0;
            } else {
                model[i].derivativesAt(z, p, dp, ws.d2p);
                if (p[xi] > Double.MIN_NORMAL) {
                    logP = Math.log(p[xi]);
                } else {
                    model[i].logProbabilitiesAt(z, ws.lp);
                    logP = ws.lp[xi];
                }
                s = dp[xi] / p[xi];
                h = ws.d2p[xi] / p[xi] - s * s;
                information = 0;
                for (int c = 0; c < categories[i]; c++) {
                    if (p[c] > 0) {
                        information += dp[c] * dp[c] / p[c];
                    }
                }
            }
            objective += logP;
            if (!derivatives) {
                continue;
            }
            if (on.length == 1) {
                int f = on[0];
                double af = a[0];
                gradient[f] += af * s;
                observed[f * d + f] -= af * af * h;
                expected[f * d + f] += af * af * information;
                continue;
            }
            for (int k = 0; k < on.length; k++) {
                gradient[on[k]] += a[k] * s;
                for (int l = 0; l < on.length; l++) {
                    observed[on[k] * d + on[l]] -= a[k] * a[l] * h;
                    expected[on[k] * d + on[l]] += a[k] * a[l] * information;
                }
            }
        }
        return objective;
    }

    /** L with A = L·Lᵀ into l (D × D row-major); false if A is not positive definite. */
    private boolean choleskyInPlace(double[] a, double[] l) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * d + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * d + k] * l[j * d + k];
                }
                if (i == j) {
                    if (!(s > 0) || !Double.isFinite(s)) {
                        return false;
                    }
                    l[i * d + i] = Math.sqrt(s);
                } else {
                    l[i * d + j] = s / l[j * d + j];
                    l[j * d + i] = 0;
                }
            }
        }
        return true;
    }

    /** x with L·Lᵀ x = b. */
    private void solve(double[] l, double[] b, double[] x) {
        for (int i = 0; i < d; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * d + k] * x[k];
            }
            x[i] = s / l[i * d + i];
        }
        for (int i = d - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < d; k++) {
                s -= l[k * d + i] * x[k];
            }
            x[i] = s / l[i * d + i];
        }
    }

    /** (L·Lᵀ)⁻¹ into out, column by column, with two scratch arrays of D values. */
    private void invert(double[] l, double[] unit, double[] scratch, double[] out) {
        for (int c = 0; c < d; c++) {
            java.util.Arrays.fill(unit, 0);
            unit[c] = 1;
            solve(l, unit, scratch);
            for (int r = 0; r < d; r++) {
                out[r * d + c] = scratch[r];
            }
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < r; c++) {
                double mean = 0.5 * (out[r * d + c] + out[c * d + r]);
                out[r * d + c] = mean;
                out[c * d + r] = mean;
            }
        }
    }

    @Override
    public String toString() {
        return "MirtScorer[" + d + " dimensions, " + items + " items]";
    }

    /** One worker's scratch: nothing is allocated per examinee. */
    final class Workspace {
        final int[] responses = new int[items];
        final double[] theta = new double[d];
        final double[] trial = new double[d];
        final double[] step = new double[d];
        final double[][] gradient = new double[2][d];
        final double[][] observed = new double[2][d * d];
        final double[][] expected = new double[2][d * d];
        final double[] factor = new double[d * d];
        final double[] covariance = new double[d * d];
        final double[] mean = new double[d];
        final double[] posteriorCovariance = new double[d * d];
        final double[] p = new double[maxCategories];
        final double[] dp = new double[maxCategories];
        final double[] d2p = new double[maxCategories];
        final double[] lp = new double[maxCategories];
        final double[] points = new double[options.qmcPoints() * d];
        final double[] weights = new double[options.qmcPoints()];
    }
}

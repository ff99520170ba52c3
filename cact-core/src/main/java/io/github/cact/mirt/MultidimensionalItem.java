package io.github.cact.mirt;

import io.github.cact.internal.numerics.Logistic;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A compensatory multidimensional item in slope-intercept form: the response depends on θ ∈ ℝ^D only
 * through the linear predictor z = a·θ = Σ_f a_f θ_f, and given z the item is the unidimensional model of
 * its type with slope 1: dichotomous P(X = 1) = g + (u − g)·σ(z + d); graded P(X ≥ k) = σ(z + d_k);
 * generalized partial credit P(X = k) ∝ exp(k·z + Σ_{v≤k} c_v). Source: Reckase (2009), Multidimensional
 * Item Response Theory, ch. 4; mirt's multidimensional parameterisation (Chalmers 2012, J. Stat. Softw.
 * 48(6)).
 *
 * <p>The item loads on the factors listed in {@link #loadings()}; its slopes on the others are 0. A
 * loaded slope is any value with |a_f| ≤ {@link ItemModel#MAX_SLOPE} (1 for Rasch and PCM items, which
 * fix them). Estimated parameters ({@link #parameters()}): the loaded slopes (not for Rasch and PCM), the
 * K−1 intercepts, then logit g (3PL, 4PL) and logit u (4PL). Immutable and thread-safe.
 */
public final class MultidimensionalItem {

    private final String id;
    private final ModelType type;
    private final double[] slopes;
    private final int[] loadings;
    private final double[] intercepts;
    /** The item's model at slope 1, evaluated at z. */
    private final ItemModel kernel;

    private MultidimensionalItem(String id, ModelType type, double[] slopes, int[] loadings, double[] intercepts,
            ItemModel kernel) {
        this.id = id;
        this.type = type;
        this.slopes = slopes;
        this.loadings = loadings;
        this.intercepts = intercepts;
        this.kernel = kernel;
    }

    /**
     * Builds an item.
     *
     * @param id a non-blank id
     * @param type the model
     * @param slopes D slopes: 0 on the factors not loaded, |a| ≤ {@link ItemModel#MAX_SLOPE} on those
     *     loaded (exactly 1 for Rasch and PCM)
     * @param loadings the loaded factors, 0-based, strictly increasing, at least one
     * @param intercepts the K−1 intercepts of the type's slope-intercept form (dichotomous d; graded
     *     d_1 &gt; … &gt; d_{K−1}; partial credit step intercepts c_v), each within
     *     ±{@link ItemModel#MAX_LOCATION}
     * @param g the lower asymptote (3PL, 4PL: in [0, 1); otherwise 0)
     * @param u the upper asymptote (4PL: in (g, 1]; otherwise 1)
     * @return the item
     * @throws IllegalArgumentException if a value is out of range; the message starts with the id
     */
    public static MultidimensionalItem of(String id, ModelType type, double[] slopes, int[] loadings,
            double[] intercepts, double g, double u) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(slopes, "slopes");
        Objects.requireNonNull(loadings, "loadings");
        Objects.requireNonNull(intercepts, "intercepts");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an item id is empty");
        }
        String name = id.strip();
        try {
            checkLoadings(type, slopes, loadings);
            ItemModel kernel = switch (type) {
                case RASCH, ONE_PL, TWO_PL, THREE_PL, FOUR_PL -> {
                    if (intercepts.length != 1) {
                        throw new IllegalArgumentException(type.code() + " items have one intercept d, got "
                                + intercepts.length);
                    }
                    yield DichotomousItem.of(type, 1, intercepts[0], g, u);
                }
                case GRM -> GradedResponseItem.of(1, intercepts);
                case GPCM -> PartialCreditItem.gpcm(1, intercepts);
                case PCM -> PartialCreditItem.pcm(intercepts);
            };
            if (!type.isDichotomous() && (g != 0 || u != 1)) {
                throw new IllegalArgumentException(type.code() + " items have no asymptotes, got g = " + g
                        + ", u = " + u);
            }
            return new MultidimensionalItem(name, type, slopes.clone(), loadings.clone(), intercepts.clone(), kernel);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("item '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * An item loading on one factor, from a unidimensional model of that factor: its slope becomes a_f, its
     * intercepts and asymptotes are kept.
     *
     * @param id a non-blank id
     * @param model the unidimensional model
     * @param dimensions D ≥ 1
     * @param factor the loaded factor, 0-based
     * @return the item
     * @throws IllegalArgumentException if the factor is out of range
     */
    public static MultidimensionalItem onFactor(String id, ItemModel model, int dimensions, int factor) {
        Objects.requireNonNull(model, "model");
        if (factor < 0 || factor >= dimensions) {
            throw new IllegalArgumentException("item '" + id + "': factor " + factor + " is outside 0.."
                    + (dimensions - 1));
        }
        double[] a = new double[dimensions];
        a[factor] = model.slope();
        return of(id, model.type(), a, new int[] {factor}, model.intercepts(), model.guessing(), model.upper());
    }

    private static void checkLoadings(ModelType type, double[] slopes, int[] loadings) {
        if (slopes.length < 1) {
            throw new IllegalArgumentException("at least one dimension is needed");
        }
        if (loadings.length < 1) {
            throw new IllegalArgumentException("the item loads on no factor");
        }
        boolean fixed = type == ModelType.RASCH || type == ModelType.PCM;
        boolean[] loaded = new boolean[slopes.length];
        for (int k = 0; k < loadings.length; k++) {
            int f = loadings[k];
            if (f < 0 || f >= slopes.length || (k > 0 && f <= loadings[k - 1])) {
                throw new IllegalArgumentException("loadings " + Arrays.toString(loadings)
                        + " must be strictly increasing factors in 0.." + (slopes.length - 1));
            }
            loaded[f] = true;
        }
        for (int f = 0; f < slopes.length; f++) {
            double a = slopes[f];
            String name = "slope a" + (f + 1) + " = " + a;
            if (!loaded[f] && a != 0) {
                throw new IllegalArgumentException(name + " on a factor the item does not load on; expected 0");
            }
            if (loaded[f] && fixed && a != 1) {
                throw new IllegalArgumentException(name + ": " + type.code() + " items have slope 1");
            }
            if (loaded[f] && !(Math.abs(a) <= ItemModel.MAX_SLOPE)) {
                throw new IllegalArgumentException(name + " is outside the allowed range [" + -ItemModel.MAX_SLOPE
                        + ", " + ItemModel.MAX_SLOPE + "]");
            }
        }
    }

    /** @return the item id */
    public String id() {
        return id;
    }

    /** @return the model type */
    public ModelType type() {
        return type;
    }

    /** @return D, the number of factors of the bank */
    public int dimensions() {
        return slopes.length;
    }

    /** @return K ≥ 2 */
    public int categories() {
        return intercepts.length + 1;
    }

    /** @return a new array of D slopes, 0 where the item does not load */
    public double[] slopes() {
        return slopes.clone();
    }

    /**
     * Returns one slope.
     *
     * @param factor 0-based
     * @return a_f
     */
    public double slope(int factor) {
        return slopes[factor];
    }

    /** @return a new array of the loaded factors, 0-based, increasing */
    public int[] loadings() {
        return loadings.clone();
    }

    /**
     * Tells whether the item loads on a factor.
     *
     * @param factor 0-based
     * @return true if its slope there is estimated (or fixed at 1 for Rasch and PCM)
     */
    public boolean loadsOn(int factor) {
        for (int f : loadings) {
            if (f == factor) {
                return true;
            }
        }
        return false;
    }

    /** @return a new array of the K−1 intercepts */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /** @return g, 0 for models without a lower asymptote */
    public double guessing() {
        return kernel.guessing();
    }

    /** @return u, 1 for models without an upper asymptote */
    public double upper() {
        return kernel.upper();
    }

    /**
     * Returns the unidimensional model of the item given z: slope 1, the same intercepts and asymptotes.
     *
     * @return the model P(X = k | z)
     */
    public ItemModel kernel() {
        return kernel;
    }

    /**
     * Returns the multidimensional discrimination MDISC = ‖a‖ (Reckase 2009, §5.2).
     *
     * @return √(Σ a_f²)
     */
    public double discrimination() {
        double s = 0;
        for (double a : slopes) {
            s += a * a;
        }
        return Math.sqrt(s);
    }

    /**
     * Returns z = a·θ.
     *
     * @param theta D values
     * @return the linear predictor
     */
    public double linearPredictor(double[] theta) {
        double z = 0;
        for (int f : loadings) {
            z += slopes[f] * theta[f];
        }
        return z;
    }

    /**
     * Writes P(X = k | θ), k = 0..K−1.
     *
     * @param theta D values
     * @param out receives K probabilities (modified)
     */
    public void probabilities(double[] theta, double[] out) {
        kernel.probabilities(linearPredictor(theta), out);
    }

    /**
     * Writes log P(X = k | θ), accurate in the tails.
     *
     * @param theta D values
     * @param out receives K log-probabilities (modified)
     */
    public void logProbabilities(double[] theta, double[] out) {
        kernel.logProbabilities(linearPredictor(theta), out);
    }

    /**
     * Writes P(X = k) at a linear predictor.
     *
     * @param z a·θ
     * @param out receives K probabilities (modified)
     */
    public void probabilitiesAt(double z, double[] out) {
        kernel.probabilities(z, out);
    }

    /**
     * Writes log P(X = k) at a linear predictor.
     *
     * @param z a·θ
     * @param out receives K log-probabilities (modified)
     */
    public void logProbabilitiesAt(double z, double[] out) {
        kernel.logProbabilities(z, out);
    }

    /**
     * Writes P_k, dP_k/dz and d²P_k/dz² at a linear predictor; derivatives in θ_f are a_f and a_f·a_g
     * times these.
     *
     * @param z a·θ
     * @param p receives P_k (modified)
     * @param dp receives dP_k/dz (modified)
     * @param d2p receives d²P_k/dz² (modified)
     */
    public void derivativesAt(double z, double[] p, double[] dp, double[] d2p) {
        kernel.derivatives(z, p, dp, d2p);
    }

    /**
     * Returns the information in z, Σ_k (dP_k/dz)² / P_k; the item's Fisher information matrix in θ is
     * this times a·aᵀ.
     *
     * @param z a·θ
     * @return the information, ≥ 0
     */
    public double informationAt(double z) {
        return kernel.information(z);
    }

    /**
     * Writes the item's Fisher information matrix in θ, I(θ) = a·aᵀ · I_z(a·θ).
     *
     * @param theta D values
     * @param out receives D × D values, row-major (modified)
     */
    public void information(double[] theta, double[] out) {
        double info = informationAt(linearPredictor(theta));
        int d = slopes.length;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = slopes[i] * slopes[j] * info;
            }
        }
    }

    /** @return the number of estimated parameters: loaded slopes (none for Rasch, PCM), K−1 intercepts, g, u */
    public int parameterCount() {
        return slopeCount() + intercepts.length + asymptoteCount();
    }

    private int slopeCount() {
        return type == ModelType.RASCH || type == ModelType.PCM ? 0 : loadings.length;
    }

    private int asymptoteCount() {
        return type == ModelType.FOUR_PL ? 2 : type == ModelType.THREE_PL ? 1 : 0;
    }

    /**
     * Returns the names of the estimated parameters: {@code a1..aD} (the loaded ones, 1-based factor),
     * {@code d} or {@code d1..d(K−1)}, {@code g}, {@code u}.
     *
     * @return the names, in the order of {@link #parameters()}
     */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < slopeCount(); k++) {
            names.add("a" + (loadings[k] + 1));
        }
        for (int k = 0; k < intercepts.length; k++) {
            names.add(type.isDichotomous() ? "d" : "d" + (k + 1));
        }
        if (asymptoteCount() >= 1) {
            names.add("g");
        }
        if (asymptoteCount() == 2) {
            names.add("u");
        }
        return List.copyOf(names);
    }

    /**
     * Returns the estimated parameters: loaded slopes, intercepts, logit g, logit u.
     *
     * @return a new array of {@link #parameterCount()} values
     */
    public double[] parameters() {
        double[] p = new double[parameterCount()];
        int s = slopeCount();
        for (int k = 0; k < s; k++) {
            p[k] = slopes[loadings[k]];
        }
        System.arraycopy(intercepts, 0, p, s, intercepts.length);
        int at = s + intercepts.length;
        if (asymptoteCount() >= 1) {
            p[at] = logit(guessing());
        }
        if (asymptoteCount() == 2) {
            p[at + 1] = logit(upper());
        }
        return p;
    }

    /**
     * Returns this item with other estimated parameters.
     *
     * @param parameters {@link #parameterCount()} values in the order of {@link #parameters()}
     * @return the item
     * @throws IllegalArgumentException if the count is wrong or a value is out of range
     */
    public MultidimensionalItem withParameters(double[] parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.length != parameterCount()) {
            throw new IllegalArgumentException("item '" + id + "' has " + parameterCount()
                    + " parameters, got " + parameters.length);
        }
        double[] a = slopes.clone();
        int s = slopeCount();
        for (int k = 0; k < s; k++) {
            a[loadings[k]] = parameters[k];
        }
        double[] d = Arrays.copyOfRange(parameters, s, s + intercepts.length);
        int at = s + intercepts.length;
        double g = asymptoteCount() >= 1 ? Logistic.sigmoid(parameters[at]) : 0;
        double u = asymptoteCount() == 2 ? Logistic.sigmoid(parameters[at + 1]) : 1;
        return of(id, type, a, loadings, d, g, u);
    }

    /**
     * Writes the probabilities and, for every category k, the gradient of log P_k in the estimated
     * parameters: ∂/∂a_f = θ_f ∂/∂z; the intercept, logit-g and logit-u derivatives of the type's
     * response function.
     *
     * @param theta D values
     * @param p receives K probabilities (modified)
     * @param scores receives K × {@link #parameterCount()} values, row k the gradient of log P_k
     *     (modified)
     */
    public void parameterScores(double[] theta, double[] p, double[] scores) {
        double z = linearPredictor(theta);
        int n = parameterCount();
        int s = slopeCount();
        int k1 = intercepts.length;
        switch (type) {
            case RASCH, ONE_PL, TWO_PL, THREE_PL, FOUR_PL -> {
                double g = guessing();
                double u = upper();
                double eta = z + intercepts[0];
                double sig = Logistic.sigmoid(eta);
                double q = Logistic.sigmoid(-eta);
                p[1] = g + (u - g) * sig;
                p[0] = (1 - u) + (u - g) * q;
                // d log P / d eta, taken without dividing 0 by 0 on a side without an asymptote
                double up = g == 0 ? q : (u - g) * sig * q / p[1];
                double down = u == 1 ? -sig : -(u - g) * sig * q / p[0];
                for (int k = 0; k < 2; k++) {
                    double dEta = k == 1 ? up : down;
                    int row = k * n;
                    for (int m = 0; m < s; m++) {
                        scores[row + m] = dEta * theta[loadings[m]];
                    }
                    scores[row + s] = dEta;
                    int sign = k == 1 ? 1 : -1;
                    if (asymptoteCount() >= 1) {
                        scores[row + s + 1] = sign * q * g * (1 - g) / p[k];
                    }
                    if (asymptoteCount() == 2) {
                        scores[row + s + 2] = sign * sig * u * (1 - u) / p[k];
                    }
                }
            }
            case GRM -> {
                kernel.probabilities(z, p);
                for (int k = 0; k <= k1; k++) {
                    int row = k * n;
                    Arrays.fill(scores, row, row + n, 0.0);
                    // P_k = S_k − S_{k+1}, S_j = σ(z + d_j), S_0 = 1, S_K = 0
                    double lowerPart = 0;
                    double upperPart = 0;
                    if (k >= 1) {
                        double e = z + intercepts[k - 1];
                        lowerPart = k == k1 ? Logistic.sigmoid(-e) : ratio(e, p[k]);
                        scores[row + s + k - 1] = lowerPart;
                    }
                    if (k < k1) {
                        double e = z + intercepts[k];
                        upperPart = k == 0 ? Logistic.sigmoid(e) : ratio(e, p[k]);
                        scores[row + s + k] = -upperPart;
                    }
                    double dz = lowerPart - upperPart;
                    for (int m = 0; m < s; m++) {
                        scores[row + m] = dz * theta[loadings[m]];
                    }
                }
            }
            case GPCM, PCM -> {
                kernel.probabilities(z, p);
                double mean = 0;
                for (int k = 1; k <= k1; k++) {
                    mean += k * p[k];
                }
                for (int k = 0; k <= k1; k++) {
                    int row = k * n;
                    double dz = k - mean;
                    for (int m = 0; m < s; m++) {
                        scores[row + m] = dz * theta[loadings[m]];
                    }
                    // ∂ log P_k / ∂c_v = 1[v ≤ k] − P(X ≥ v)
                    double atLeast = 0;
                    for (int v = k1; v >= 1; v--) {
                        atLeast += p[v];
                        scores[row + s + v - 1] = (v <= k ? 1 : 0) - atLeast;
                    }
                }
            }
            default -> throw new IllegalStateException("unknown model " + type);
        }
    }

    /** σ(e)·σ(−e) / P, the derivative of a cumulative probability over a category probability. */
    private static double ratio(double e, double pk) {
        double d = Logistic.sigmoid(e) * Logistic.sigmoid(-e);
        return pk > 0 ? d / pk : 0;
    }

    private static double logit(double x) {
        return Math.log(x) - Math.log1p(-x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultidimensionalItem other && id.equals(other.id) && type == other.type
                && Arrays.equals(slopes, other.slopes) && Arrays.equals(loadings, other.loadings)
                && Arrays.equals(intercepts, other.intercepts) && kernel.equals(other.kernel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, Arrays.hashCode(slopes), Arrays.hashCode(intercepts));
    }

    @Override
    public String toString() {
        return id + " " + type.code() + "[a=" + Arrays.toString(slopes) + ", d=" + Arrays.toString(intercepts) + "]";
    }
}

package io.github.cact.calibration;

import io.github.cact.internal.numerics.Logistic;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;

/**
 * The estimation view of one item: its local parameter vector, which entries are free, and the category
 * log-probabilities with their parameter scores ∂ log P_k / ∂β_j at a node. Layouts: dichotomous
 * {@code [a, d, logit g, logit u]}; graded {@code [a, d_1..d_{K−1}]}; partial credit
 * {@code [a, c_1..c_{K−1}]}. Mutable, confined to one calibration thread.
 */
final class ItemState {

    static final int ROLE_SLOPE = 0;
    static final int ROLE_INTERCEPT = 1;
    static final int ROLE_GUESSING = 2;
    static final int ROLE_UPPER = 3;

    final String id;
    final ModelType type;
    final int categories;
    final int size;
    final boolean dichotomous;
    final boolean hasG;
    final boolean hasU;
    /** Estimated by this item alone (the shared 1PL slope is not). */
    final boolean[] free;
    final int[] role;
    final double[] par;

    ItemState(String id, ModelType type, int categories) {
        this.id = id;
        this.type = type;
        this.categories = categories;
        this.dichotomous = type.isDichotomous();
        this.hasG = type == ModelType.THREE_PL || type == ModelType.FOUR_PL;
        this.hasU = type == ModelType.FOUR_PL;
        this.size = dichotomous ? 4 : categories;
        this.free = new boolean[size];
        this.role = new int[size];
        this.par = new double[size];
        par[0] = 1.0;
        role[0] = ROLE_SLOPE;
        for (int j = 1; j < size; j++) {
            role[j] = ROLE_INTERCEPT;
            free[j] = true;
        }
        free[0] = type == ModelType.TWO_PL || type == ModelType.THREE_PL || type == ModelType.FOUR_PL
                || type == ModelType.GRM || type == ModelType.GPCM;
        if (dichotomous) {
            role[2] = ROLE_GUESSING;
            role[3] = ROLE_UPPER;
            free[2] = hasG;
            free[3] = hasU;
            par[2] = Double.NEGATIVE_INFINITY;
            par[3] = Double.POSITIVE_INFINITY;
        }
    }

    /** An anchor: parameters from a calibrated model, nothing free. */
    static ItemState fixed(String id, ItemModel model) {
        ItemState s = new ItemState(id, model.type(), model.categories());
        java.util.Arrays.fill(s.free, false);
        s.par[0] = model.slope();
        double[] d = model.intercepts();
        System.arraycopy(d, 0, s.par, 1, d.length);
        if (s.dichotomous) {
            s.par[2] = s.hasG ? logit(model.guessing()) : Double.NEGATIVE_INFINITY;
            s.par[3] = s.hasU ? logit(model.upper()) : Double.POSITIVE_INFINITY;
        }
        return s;
    }

    static double logit(double p) {
        return Math.log(p) - Math.log1p(-p);
    }

    boolean sharedSlope() {
        return type == ModelType.ONE_PL;
    }

    /** The number of parameters this item contributes to the model's count (the shared slope excluded). */
    int freeCount() {
        int n = 0;
        for (int j = 0; j < size; j++) {
            if (free[j]) {
                n++;
            }
        }
        return n;
    }

    /**
     * Category log-probabilities, probabilities and scores at θ.
     *
     * @param p the local parameters
     * @param theta the node
     * @param logP receives K log-probabilities
     * @param prob receives K probabilities
     * @param score receives K × size scores ∂ log P_k / ∂p_j at {@code k * size + j}
     */
    void evaluate(double[] p, double theta, double[] logP, double[] prob, double[] score) {
        if (dichotomous) {
            evaluateDichotomous(p, theta, logP, prob, score);
        } else if (type == ModelType.GRM) {
            evaluateGraded(p, theta, logP, prob, score);
        } else {
            evaluatePartialCredit(p, theta, logP, prob, score);
        }
    }

    private void evaluateDichotomous(double[] p, double theta, double[] logP, double[] prob, double[] score) {
        double z = p[0] * theta + p[1];
        double s = Logistic.sigmoid(z);
        double t = Logistic.sigmoid(-z);
        if (!hasG && !hasU) {
            logP[1] = Logistic.logSigmoid(z);
            logP[0] = Logistic.logSigmoid(-z);
            prob[1] = s;
            prob[0] = t;
            score[4] = t * theta;
            score[5] = t;
            score[6] = 0;
            score[7] = 0;
            score[0] = -s * theta;
            score[1] = -s;
            score[2] = 0;
            score[3] = 0;
            return;
        }
        double g = hasG ? Logistic.sigmoid(p[2]) : 0;
        double u = hasU ? Logistic.sigmoid(p[3]) : 1;
        double p1 = g + (u - g) * s;
        double p0 = (1 - u) + (u - g) * t;
        prob[1] = p1;
        prob[0] = p0;
        logP[1] = Math.log(p1);
        logP[0] = Math.log(p0);
        double w = (u - g) * s * t;
        double dA = w * theta;
        double dG = hasG ? t * g * (1 - g) : 0;
        double dU = hasU ? s * u * (1 - u) : 0;
        double i1 = p1 > 0 ? 1 / p1 : 0;
        double i0 = p0 > 0 ? 1 / p0 : 0;
        score[4] = dA * i1;
        score[5] = w * i1;
        score[6] = dG * i1;
        score[7] = dU * i1;
        score[0] = -dA * i0;
        score[1] = -w * i0;
        score[2] = -dG * i0;
        score[3] = -dU * i0;
    }

    private void evaluateGraded(double[] p, double theta, double[] logP, double[] prob, double[] score) {
        int last = categories - 1;
        double at = p[0] * theta;
        logP[0] = Logistic.logSigmoid(-(at + p[1]));
        for (int k = 1; k < last; k++) {
            logP[k] = Logistic.logSigmoidDifference(at + p[k], at + p[k + 1]);
        }
        logP[last] = Logistic.logSigmoid(at + p[last]);
        double wUp = 0;
        for (int k = 0; k <= last; k++) {
            prob[k] = Math.exp(logP[k]);
            double wDown = 0;
            if (k < last) {
                double z = at + p[k + 1];
                wDown = Logistic.sigmoid(z) * Logistic.sigmoid(-z);
            }
            double inv = prob[k] > 0 ? 1 / prob[k] : 0;
            int row = k * size;
            for (int j = 0; j < size; j++) {
                score[row + j] = 0;
            }
            score[row] = theta * (wUp - wDown) * inv;
            if (k >= 1) {
                score[row + k] = wUp * inv;
            }
            if (k < last) {
                score[row + k + 1] = -wDown * inv;
            }
            wUp = wDown;
        }
    }

    private void evaluatePartialCredit(double[] p, double theta, double[] logP, double[] prob, double[] score) {
        double at = p[0] * theta;
        double z = 0;
        logP[0] = 0;
        for (int k = 1; k < categories; k++) {
            z += at + p[k];
            logP[k] = z;
        }
        double norm = Logistic.logSumExp(logP, categories);
        double mean = 0;
        for (int k = 0; k < categories; k++) {
            logP[k] -= norm;
            prob[k] = Math.exp(logP[k]);
            mean += k * prob[k];
        }
        // score of c_v: 1[k ≥ v] − P(X ≥ v); written column by column from the top
        double upper = 0;
        for (int v = categories - 1; v >= 1; v--) {
            upper += prob[v];
            for (int k = 0; k < categories; k++) {
                score[k * size + v] = (k >= v ? 1 : 0) - upper;
            }
        }
        for (int k = 0; k < categories; k++) {
            score[k * size] = theta * (k - mean);
        }
    }

    /**
     * Whether a parameter vector gives a valid model: a slope in (10⁻⁸, {@link ItemModel#MAX_SLOPE}] and
     * every intercept d and threshold −d / a within ±{@link ItemModel#MAX_LOCATION}, the ranges the item
     * factories accept. The M-step's step halving keeps every estimate inside; one that the data push to
     * the edge stays there and is named by {@link #atRangeEdge()}.
     */
    boolean valid(double[] p) {
        for (int j = 0; j < size; j++) {
            if (Double.isNaN(p[j])) {
                return false;
            }
        }
        if (!(p[0] > 1e-8) || !(p[0] <= ItemModel.MAX_SLOPE)) {
            return false;
        }
        int intercepts = dichotomous ? 2 : size;
        for (int j = 1; j < intercepts; j++) {
            if (!(Math.abs(p[j]) <= ItemModel.MAX_LOCATION) || !(Math.abs(p[j] / p[0]) <= ItemModel.MAX_LOCATION)) {
                return false;
            }
        }
        if (dichotomous) {
            double g = hasG ? Logistic.sigmoid(p[2]) : 0;
            double u = hasU ? Logistic.sigmoid(p[3]) : 1;
            if (hasG && !(Math.abs(p[2]) < 30)) {
                return false;
            }
            if (hasU && !(Math.abs(p[3]) < 30)) {
                return false;
            }
            return u > g + 1e-6;
        }
        if (type == ModelType.GRM) {
            for (int j = 2; j < size; j++) {
                if (!(p[j] < p[j - 1] - 1e-8)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Tells whether the current estimates reach within 0.1 % of a range limit of {@link #valid}: a slope
     * near {@link ItemModel#MAX_SLOPE}, or an intercept or threshold near ±{@link ItemModel#MAX_LOCATION}.
     *
     * @return the name and value of the first such parameter, or null
     */
    String atRangeEdge() {
        double edge = 0.999;
        if ((free[0] || sharedSlope()) && par[0] >= edge * ItemModel.MAX_SLOPE) {
            return "slope a = " + par[0];
        }
        int intercepts = dichotomous ? 2 : size;
        for (int j = 1; j < intercepts; j++) {
            if (!free[j]) {
                continue;
            }
            if (Math.abs(par[j]) >= edge * ItemModel.MAX_LOCATION) {
                return parameterName(j) + " = " + par[j];
            }
            if (Math.abs(par[j] / par[0]) >= edge * ItemModel.MAX_LOCATION) {
                return "threshold −" + parameterName(j) + "/a = " + (-par[j] / par[0]);
            }
        }
        return null;
    }

    /** The item model of a valid parameter vector. */
    ItemModel toModel(double[] p) {
        switch (type) {
            case GRM: {
                double[] d = new double[categories - 1];
                System.arraycopy(p, 1, d, 0, d.length);
                return GradedResponseItem.of(p[0], d);
            }
            case GPCM:
            case PCM: {
                double[] c = new double[categories - 1];
                System.arraycopy(p, 1, c, 0, c.length);
                return type == ModelType.GPCM ? PartialCreditItem.gpcm(p[0], c) : PartialCreditItem.pcm(c);
            }
            default: {
                double g = hasG ? Logistic.sigmoid(p[2]) : 0;
                double u = hasU ? Logistic.sigmoid(p[3]) : 1;
                return DichotomousItem.of(type, type == ModelType.RASCH ? 1.0 : p[0], p[1], g, u);
            }
        }
    }

    /** The name of a local parameter, for reports: a, d, d1.., c1.., g, u. */
    String parameterName(int j) {
        if (j == 0) {
            return "a";
        }
        if (dichotomous) {
            return j == 1 ? "d" : j == 2 ? "g" : "u";
        }
        return (type == ModelType.GRM ? "d" : "c") + j;
    }
}

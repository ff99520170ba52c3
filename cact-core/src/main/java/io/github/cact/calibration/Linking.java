package io.github.cact.calibration;

import io.github.cact.internal.numerics.NelderMead;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.scoring.Quadrature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Puts a separately calibrated form on a bank's scale: θ_base = A·θ_form + B, a* = a/A, b* = A·b + B,
 * from the items the two share (same id, same model type and number of categories). The characteristic-curve
 * methods integrate over the base scale with the given grid (default: 61 nodes on [−6, 6], N(0, 1)) and are
 * minimised by Nelder–Mead from the mean/sigma solution. Stateless and thread-safe. Source: Kolen &amp;
 * Brennan (2014), ch. 6.
 */
public final class Linking {

    /** The simplex stops when its criterion values agree to this, relative to the smallest plus 1. */
    private static final double SIMPLEX_TOLERANCE = 1e-15;
    private static final int MAX_EVALUATIONS = 20_000;

    private Linking() {
    }

    /**
     * Links with the default grid.
     *
     * @param base the bank (target scale)
     * @param form the separately calibrated form
     * @param method the method
     * @return A, B and the transformed form
     * @throws IllegalArgumentException if fewer than 2 items are common, or common items differ in model
     */
    public static LinkingResult link(ItemBank base, ItemBank form, LinkingMethod method) {
        return link(base, form, method, Quadrature.calibrationDefault());
    }

    /**
     * Links with a given grid for the characteristic-curve methods.
     *
     * @param base the bank (target scale)
     * @param form the separately calibrated form
     * @param method the method
     * @param grid nodes and weights on the base scale
     * @return A, B and the transformed form
     * @throws IllegalArgumentException if fewer than 2 items are common, or common items differ in model
     */
    public static LinkingResult link(ItemBank base, ItemBank form, LinkingMethod method, Quadrature grid) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(grid, "grid");
        List<String> common = new ArrayList<>();
        List<ItemModel> baseModels = new ArrayList<>();
        List<ItemModel> formModels = new ArrayList<>();
        for (Item item : form.items()) {
            Item other = base.find(item.id()).orElse(null);
            if (other == null) {
                continue;
            }
            ItemModel f = item.model();
            ItemModel b = other.model();
            if (f.categories() != b.categories() || f.type().isDichotomous() != b.type().isDichotomous()) {
                throw new IllegalArgumentException("common item '" + item.id() + "' is " + b + " in the base but "
                        + f + " in the form");
            }
            common.add(item.id());
            baseModels.add(b);
            formModels.add(f);
        }
        if (common.size() < 2) {
            throw new IllegalArgumentException("linking needs at least 2 common items (same id), found "
                    + common.size() + (common.isEmpty() ? "" : ": " + common));
        }
        double[] moments = moments(baseModels, formModels, method == LinkingMethod.MEAN_MEAN);
        double a = moments[0];
        double b = moments[1];
        double criterion = 0;
        if (method == LinkingMethod.HAEBARA || method == LinkingMethod.STOCKING_LORD) {
            boolean haebara = method == LinkingMethod.HAEBARA;
            ToDoubleFunction<double[]> f = x -> x[0] <= 1e-6 ? Double.MAX_VALUE
                    : curveCriterion(baseModels, formModels, grid, x[0], x[1], haebara);
            NelderMead.Minimum best = NelderMead.minimize(f, new double[] {a, b}, new double[] {0.05, 0.05},
                    SIMPLEX_TOLERANCE, MAX_EVALUATIONS);
            // restart once from the optimum: Nelder–Mead can stall on a flattened simplex
            best = NelderMead.minimize(f, best.point(), new double[] {0.01, 0.01}, SIMPLEX_TOLERANCE,
                    MAX_EVALUATIONS);
            a = best.point()[0];
            b = best.point()[1];
            criterion = best.value();
        }
        return new LinkingResult(method, a, b, criterion, common, transform(form, a, b));
    }

    private static double[] moments(List<ItemModel> base, List<ItemModel> form, boolean meanMean) {
        double sumBaseA = 0;
        double sumFormA = 0;
        List<Double> bBase = new ArrayList<>();
        List<Double> bForm = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            sumBaseA += base.get(i).slope();
            sumFormA += form.get(i).slope();
            for (double t : base.get(i).thresholds()) {
                bBase.add(t);
            }
            for (double t : form.get(i).thresholds()) {
                bForm.add(t);
            }
        }
        double meanBase = mean(bBase);
        double meanForm = mean(bForm);
        double a = meanMean ? sumFormA / sumBaseA : sd(bBase, meanBase) / sd(bForm, meanForm);
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("the common items do not determine A (their thresholds do not vary)");
        }
        return new double[] {a, meanBase - a * meanForm};
    }

    private static double mean(List<Double> values) {
        double s = 0;
        for (int i = 0; i < values.size(); i++) {
            s += values.get(i);
        }
        return s / values.size();
    }

    private static double sd(List<Double> values, double mean) {
        double s = 0;
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i) - mean;
            s += d * d;
        }
        return Math.sqrt(s / values.size());
    }

    static double curveCriterion(List<ItemModel> base, List<ItemModel> form, Quadrature grid, double a, double b,
            boolean haebara) {
        double total = 0;
        int maxK = 2;
        for (int i = 0; i < base.size(); i++) {
            maxK = Math.max(maxK, base.get(i).categories());
        }
        double[] pb = new double[maxK];
        double[] pf = new double[maxK];
        for (int q = 0; q < grid.size(); q++) {
            double theta = grid.node(q);
            double formTheta = (theta - b) / a;
            double sum = 0;
            for (int i = 0; i < base.size(); i++) {
                ItemModel mb = base.get(i);
                ItemModel mf = form.get(i);
                if (haebara) {
                    mb.probabilities(theta, pb);
                    mf.probabilities(formTheta, pf);
                    for (int k = 0; k < mb.categories(); k++) {
                        double d = pb[k] - pf[k];
                        sum += d * d;
                    }
                } else {
                    sum += mb.expectedScore(theta) - mf.expectedScore(formTheta);
                }
            }
            total += grid.weight(q) * (haebara ? sum : sum * sum);
        }
        return total;
    }

    /**
     * Transforms a form to the scale θ* = A·θ + B.
     *
     * @param form the items
     * @param a A &gt; 0, finite
     * @param b B, finite
     * @return the items on the new scale (see {@link LinkingResult#transformed()})
     * @throws IllegalArgumentException if A or B is out of range, or a transformed parameter is outside the
     *     ranges of {@link ItemModel} (the item is named)
     */
    public static ItemBank transform(ItemBank form, double a, double b) {
        Objects.requireNonNull(form, "form");
        if (!(a > 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("linking constants need finite A > 0 and finite B, got A = " + a
                    + ", B = " + b);
        }
        List<Item> out = new ArrayList<>(form.size());
        for (Item item : form.items()) {
            ItemModel m = item.model();
            double slope = m.slope() / a;
            double shift = m.slope() * b / a;
            double[] d = m.intercepts();
            for (int k = 0; k < d.length; k++) {
                d[k] -= shift;
            }
            ItemModel t;
            try {
                t = transformed(m, a, slope, d);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("item '" + item.id() + "' on the scale A·θ + B with A = " + a
                        + ", B = " + b + ": " + e.getMessage(), e);
            }
            out.add(Item.of(item.id(), t, item.scale().orElse("")));
        }
        return ItemBank.of(out);
    }

    private static ItemModel transformed(ItemModel m, double a, double slope, double[] d) {
        ModelType type = m.type();
        if (type.isDichotomous()) {
            ModelType newType = type == ModelType.RASCH && a != 1.0 ? ModelType.ONE_PL : type;
            return DichotomousItem.of(newType, newType == ModelType.RASCH ? 1.0 : slope, d[0], m.guessing(),
                    m.upper());
        }
        if (type == ModelType.GRM) {
            return GradedResponseItem.of(slope, d);
        }
        return type == ModelType.PCM && a == 1.0 ? PartialCreditItem.pcm(d) : PartialCreditItem.gpcm(slope, d);
    }
}

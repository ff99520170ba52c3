package io.github.cact.dif;

import io.github.cact.calibration.MultipleGroupCalibrator;
import io.github.cact.calibration.MultipleGroupResult;
import io.github.cact.calibration.ModelSpec;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.internal.numerics.ChiSquare;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IRT likelihood-ratio DIF test of every item, scale by scale, on multiple-group calibrations of the
 * reference and focal groups. Without chosen anchors every other item of the scale is an anchor: the model
 * with all items equal against the model with the studied item freed. With chosen anchors: the model with
 * the anchors equal and every other item freed against the same model with the studied item equal too
 * (anchors themselves are not tested). G² = 2 (ℓ_free − ℓ_equal), df = the difference in the number of
 * parameters. Each studied item's calibration starts from the common model's estimates. Stateless.
 */
final class IrtLikelihoodRatio {

    /** A fit that the freer model undercuts by more than this much log-likelihood is reported. */
    private static final double LOCAL_OPTIMUM = 1e-2;

    private IrtLikelihoodRatio() {
    }

    static Outcome<?>[] run(DifData data, DifOptions options, List<String> warnings,
            Map<String, double[]> focalLatent) {
        Outcome<?>[] out = new Outcome<?>[data.items()];
        MultipleGroupCalibrator calibrator = MultipleGroupCalibrator.of(options.calibration());
        for (Map.Entry<String, int[]> scale : data.scales().entrySet()) {
            int[] columns = scale.getValue();
            String where = scale.getKey().isEmpty() ? "" : " of scale '" + scale.getKey() + "'";
            List<String> ids = new ArrayList<>();
            for (int i : columns) {
                ids.add(data.data.itemId(i));
            }
            List<ResponseMatrix> groups = split(data, columns, ids);
            ModelSpec spec = spec(data, columns, ids);
            Set<String> anchors = new LinkedHashSet<>();
            for (String id : ids) {
                if (options.anchors().contains(id)) {
                    anchors.add(id);
                }
            }
            boolean allOthers = options.anchors().isEmpty();
            Set<String> free = new LinkedHashSet<>();
            if (!allOthers) {
                for (String id : ids) {
                    if (!anchors.contains(id)) {
                        free.add(id);
                    }
                }
            }
            boolean anyTestable = false;
            for (int k = 0; k < columns.length; k++) {
                anyTestable |= data.tooSmall(columns[k]) == null && !anchors.contains(ids.get(k));
            }
            Fit base;
            if (!anyTestable) {
                base = Fit.failed("no item of the scale can be tested");
            } else if (!allOthers && anchors.isEmpty()) {
                base = Fit.failed("no anchor item is in the scale" + where + "; choose anchors in every scale");
            } else {
                base = Fit.of(calibrator, groups, spec, free, null);
            }
            if (base.result != null) {
                focalLatent.put(scale.getKey(), new double[] {base.result.latentMean(1),
                    base.result.latentVariance(1)});
            }
            for (int k = 0; k < columns.length; k++) {
                int item = columns[k];
                String id = ids.get(k);
                String small = data.tooSmall(item);
                if (small != null) {
                    out[item] = Outcome.none(small);
                    continue;
                }
                if (anchors.contains(id)) {
                    out[item] = Outcome.none("the item is an anchor (equal across groups by choice); it is not tested");
                    continue;
                }
                if (base.reason != null) {
                    out[item] = Outcome.none("the " + (allOthers ? "constrained" : "anchored") + " calibration"
                            + where + " failed: " + base.reason);
                    continue;
                }
                Set<String> other = new HashSet<>(free);
                if (allOthers) {
                    other.add(id);
                } else {
                    other.remove(id);
                }
                Fit fit = Fit.of(calibrator, groups, spec, other, base.result);
                if (fit.reason != null) {
                    out[item] = Outcome.none("the calibration with the item " + (allOthers ? "freed" : "equal")
                            + " failed: " + fit.reason);
                    continue;
                }
                MultipleGroupResult freer = allOthers ? fit.result : base.result;
                MultipleGroupResult equal = allOthers ? base.result : fit.result;
                double difference = freer.logLikelihood() - equal.logLikelihood();
                if (difference < -LOCAL_OPTIMUM) {
                    warnings.add("item '" + id + "': the calibration with the item freed fits worse than with it equal"
                            + " (log-likelihood " + difference + "); EM stopped short of the maximum");
                }
                double g2 = Math.max(0, 2 * difference);
                int df = freer.parameterCount() - equal.parameterCount();
                out[item] = Outcome.of(new IrtLrDif(g2, df, ChiSquare.upperTail(g2, df),
                        parameters(data.bank.find(id).orElseThrow().model()), allOthers ? ids.size() - 1
                        : anchors.size()), ChiSquare.upperTail(g2, df));
            }
        }
        return out;
    }

    /** The names of an item's own free parameters: a (unless fixed or shared), intercepts, g, u. */
    static List<String> parameters(ItemModel model) {
        List<String> names = new ArrayList<>();
        switch (model.type()) {
            case TWO_PL, THREE_PL, FOUR_PL, GRM, GPCM -> names.add("a");
            default -> { }
        }
        if (model.type().isDichotomous()) {
            names.add("d");
        } else {
            String prefix = model.type() == ModelType.GRM ? "d" : "c";
            for (int k = 1; k < model.categories(); k++) {
                names.add(prefix + k);
            }
        }
        switch (model.type()) {
            case THREE_PL -> names.add("g");
            case FOUR_PL -> {
                names.add("g");
                names.add("u");
            }
            default -> { }
        }
        return names;
    }

    /** The reference and focal rows of a scale's columns, as two response matrices. */
    private static List<ResponseMatrix> split(DifData data, int[] columns, List<String> ids) {
        ResponseMatrix.Builder reference = ResponseMatrix.builder(ids);
        ResponseMatrix.Builder focal = ResponseMatrix.builder(ids);
        int[] row = new int[columns.length];
        for (int e = 0; e < data.examinees(); e++) {
            int g = data.group(e);
            if (g < 0) {
                continue;
            }
            for (int k = 0; k < columns.length; k++) {
                row[k] = data.response(e, columns[k]);
            }
            (g == 0 ? reference : focal).add(data.data.examineeId(e), row);
        }
        return List.of(reference.build(), focal.build());
    }

    private static ModelSpec spec(DifData data, int[] columns, List<String> ids) {
        ModelSpec spec = ModelSpec.of(data.bank.find(ids.get(0)).orElseThrow().model().type());
        for (int k = 0; k < columns.length; k++) {
            ItemModel model = data.bank.find(ids.get(k)).orElseThrow().model();
            spec = spec.withModel(ids.get(k), model.type()).withCategories(ids.get(k), model.categories());
        }
        return spec;
    }

    /** A calibration or why it failed. */
    private static final class Fit {
        final MultipleGroupResult result;
        final String reason;

        private Fit(MultipleGroupResult result, String reason) {
            this.result = result;
            this.reason = reason;
        }

        static Fit failed(String reason) {
            return new Fit(null, reason);
        }

        static Fit of(MultipleGroupCalibrator calibrator, List<ResponseMatrix> groups, ModelSpec spec,
                Set<String> freed, MultipleGroupResult start) {
            try {
                MultipleGroupResult result = start == null ? calibrator.calibrate(groups, spec, freed)
                        : calibrator.calibrate(groups, spec, freed, start);
                if (!result.converged()) {
                    return failed("EM did not converge in " + result.cycles() + " cycles");
                }
                return new Fit(result, null);
            } catch (IllegalArgumentException e) {
                return failed(e.getMessage());
            }
        }
    }
}

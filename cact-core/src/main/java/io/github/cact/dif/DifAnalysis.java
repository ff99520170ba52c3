package io.github.cact.dif;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * DIF analysis of every item of a response matrix between a reference and a focal group: the
 * Mantel–Haenszel and logistic-regression tests on the matching score (the rest score, or the total score,
 * over the items of the item's scale), purified of flagged items as difR does, and the IRT likelihood-ratio
 * test on multiple-group calibrations of each scale; Benjamini–Hochberg adjusted p-values per method over
 * the items. An item whose groups are too small ({@link DifOptions#minGroupSize()}) or whose data do not
 * allow a test gets a reason instead of a number. Formulas, rules and defaults: {@code docs/dif.md}.
 *
 * <p>Missing responses: an examinee is in an item's test if they answered it; their matching score sums
 * the responses they gave to the matching items. Immutable and thread-safe.
 */
public final class DifAnalysis {

    private final DifOptions options;

    private DifAnalysis(DifOptions options) {
        this.options = options;
    }

    /**
     * An analysis with the given settings.
     *
     * @param options the settings
     * @return the analysis
     */
    public static DifAnalysis of(DifOptions options) {
        return new DifAnalysis(Objects.requireNonNull(options, "options"));
    }

    /**
     * An analysis with {@link DifOptions#defaults()}.
     *
     * @return the analysis
     */
    public static DifAnalysis withDefaults() {
        return new DifAnalysis(DifOptions.defaults());
    }

    /**
     * Returns the settings.
     *
     * @return the options
     */
    public DifOptions options() {
        return options;
    }

    /**
     * Runs every test of the options on every item of the data.
     *
     * @param data the responses; every column must be an item of the bank
     * @param bank the items with their models (the number of categories, the IRT model of the
     *     multiple-group calibration) and scales; items absent from the data are not used
     * @param groups the group of each row of the data
     * @return the results, one per column
     * @throws IllegalArgumentException if the groups do not have one entry per row, a column is not in the
     *     bank, a response is above the item's highest category, some items have a scale and others none,
     *     or an anchor is not a column of the data
     */
    public DifResult run(ResponseMatrix data, ItemBank bank, DifGroups groups) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(groups, "groups");
        DifData prepared = DifData.of(data, bank, groups, options);
        List<String> warnings = new ArrayList<>();
        Map<DifMethod, Integer> passes = new EnumMap<>(DifMethod.class);
        Map<DifMethod, Outcome<?>[]> outcomes = new EnumMap<>(DifMethod.class);
        Map<String, double[]> focalLatent = new LinkedHashMap<>();
        if (options.methods().contains(DifMethod.MANTEL_HAENSZEL)) {
            outcomes.put(DifMethod.MANTEL_HAENSZEL, Purification.run(prepared, options,
                    (sample, item) -> MantelHaenszel.test(sample, prepared.dichotomous(item), options.alpha()),
                    MantelHaenszelDif::p, "Mantel–Haenszel", passes, DifMethod.MANTEL_HAENSZEL, warnings));
        }
        if (options.methods().contains(DifMethod.LOGISTIC)) {
            outcomes.put(DifMethod.LOGISTIC, Purification.run(prepared, options,
                    (sample, item) -> LogisticRegressionDif.test(sample, options.alpha()),
                    LogisticDif::p, "logistic regression", passes, DifMethod.LOGISTIC, warnings));
        }
        if (options.methods().contains(DifMethod.IRT_LIKELIHOOD_RATIO)) {
            outcomes.put(DifMethod.IRT_LIKELIHOOD_RATIO, IrtLikelihoodRatio.run(prepared, options, warnings,
                    focalLatent));
        }
        Map<DifMethod, double[]> adjusted = new EnumMap<>(DifMethod.class);
        for (Map.Entry<DifMethod, Outcome<?>[]> entry : outcomes.entrySet()) {
            adjusted.put(entry.getKey(), adjust(entry.getValue()));
        }
        List<ItemDif> items = new ArrayList<>(prepared.items());
        for (int i = 0; i < prepared.items(); i++) {
            Map<DifMethod, String> reasons = new LinkedHashMap<>();
            Map<DifMethod, Double> p = new LinkedHashMap<>();
            for (Map.Entry<DifMethod, Outcome<?>[]> entry : outcomes.entrySet()) {
                Outcome<?> o = entry.getValue()[i];
                if (o.reason() != null) {
                    reasons.put(entry.getKey(), o.reason());
                } else {
                    p.put(entry.getKey(), adjusted.get(entry.getKey())[i]);
                }
            }
            items.add(new ItemDif(data.itemId(i), prepared.scaleOf(i), prepared.referenceAnswered(i),
                    prepared.focalAnswered(i), value(outcomes, DifMethod.MANTEL_HAENSZEL, i, MantelHaenszelDif.class),
                    value(outcomes, DifMethod.LOGISTIC, i, LogisticDif.class),
                    value(outcomes, DifMethod.IRT_LIKELIHOOD_RATIO, i, IrtLrDif.class), reasons, p,
                    options.adjustedMethod(), options.alpha()));
        }
        return new DifResult(items, groups, passes, focalLatent, warnings);
    }

    private static <T> T value(Map<DifMethod, Outcome<?>[]> outcomes, DifMethod method, int item, Class<T> type) {
        Outcome<?>[] all = outcomes.get(method);
        return all == null || all[item].value() == null ? null : type.cast(all[item].value());
    }

    /** Benjamini–Hochberg over the items with a p-value; NaN (never read) for the others. */
    private static double[] adjust(Outcome<?>[] outcomes) {
        int m = 0;
        for (Outcome<?> o : outcomes) {
            if (o.reason() == null) {
                m++;
            }
        }
        double[] p = new double[m];
        int at = 0;
        for (Outcome<?> o : outcomes) {
            if (o.reason() == null) {
                p[at++] = o.p();
            }
        }
        double[] adjusted = BenjaminiHochberg.adjust(p);
        double[] out = new double[outcomes.length];
        at = 0;
        for (int i = 0; i < outcomes.length; i++) {
            out[i] = outcomes[i].reason() == null ? adjusted[at++] : Double.NaN;
        }
        return out;
    }
}

package io.github.cact.calibration;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Item calibration by marginal maximum likelihood with the Bock–Aitkin EM algorithm (Bayes modal where
 * priors are set), for every model of {@link ModelType}, mixed item by item, with missing responses left out
 * of the likelihood (full information). Identical response patterns are collapsed where that pays; the
 * E-step streams over fixed chunks of patterns in parallel and sums the expected counts in chunk order, so
 * results are identical for any number of threads. Memory: the patterns (one byte per cell), one int per
 * pattern and chunk of items (see {@code ItemChunks}), plus at most 32 × Q doubles per chunk of items per
 * E-step task.
 *
 * <p>Bad input: an estimated item that nobody answered, that every examinee answered in the same category,
 * or one of whose categories nobody used is refused with an {@link IllegalArgumentException} naming the item
 * and category (remove or recode it, or anchor it). Examinees without any response are left out and named in
 * a warning. Items with 99% or more of their responses in one category are named in a warning.
 *
 * <p>Logging (slf4j, logger {@code io.github.cact.calibration.Calibrator}): one DEBUG line per calibration
 * with its size, cycles and log-likelihood, and a WARN line when EM does not converge; counts and item ids
 * only, never an examinee's id or answers.
 *
 * <p>Immutable and thread-safe. A call runs on the calling thread and on tasks of the options' executor
 * ({@link CalibrationOptions#executor()}, by default the library's shared pool); none of its tasks runs after
 * it returns, and it makes no threads of its own. Interrupting the calling thread ends a calibration with a
 * {@link java.util.concurrent.CancellationException}.
 */
public final class Calibrator {

    private static final Logger LOG = LoggerFactory.getLogger(Calibrator.class);

    private final CalibrationOptions options;

    private Calibrator(CalibrationOptions options) {
        this.options = options;
    }

    /**
     * A calibrator with the given settings.
     *
     * @param options the settings
     * @return the calibrator
     */
    public static Calibrator of(CalibrationOptions options) {
        return new Calibrator(Objects.requireNonNull(options, "options"));
    }

    /**
     * A calibrator with mirt's defaults ({@link CalibrationOptions#defaults()}).
     *
     * @return the calibrator
     */
    public static Calibrator withDefaults() {
        return new Calibrator(CalibrationOptions.defaults());
    }

    /**
     * Returns the settings.
     *
     * @return the options
     */
    public CalibrationOptions options() {
        return options;
    }

    /**
     * Calibrates every item under one model.
     *
     * @param data the responses
     * @param type the model of every item
     * @return the result
     * @throws IllegalArgumentException for data that cannot be calibrated (see the class comment)
     */
    public CalibrationResult calibrate(ResponseMatrix data, ModelType type) {
        return calibrate(data, ModelSpec.of(Objects.requireNonNull(type, "type")));
    }

    /**
     * Calibrates the items of a data set.
     *
     * @param data the responses; columns are items, rows examinees
     * @param spec the model of each item, declared categories and anchors
     * @return the result
     * @throws IllegalArgumentException for data that cannot be calibrated (see the class comment), or a
     *     latent scale that is not identified by the spec
     */
    public CalibrationResult calibrate(ResponseMatrix data, ModelSpec spec) {
        return calibrate(data, spec, (cycle, maxCycles, largestChange) -> { });
    }

    /**
     * Calibrates each scale of a data set on its own, the calibration counterpart of
     * {@link io.github.cact.scoring.Scorer#scoreByScale}: the items of a scale are calibrated together,
     * on their own latent N(0, 1) scale, from the responses to them alone.
     *
     * @param data the responses; columns are items, rows examinees
     * @param spec the model of each item, declared categories and anchors
     * @param scaleByItem item id → scale (e.g. a competency code); an item that is absent or maps to ""
     *     has no scale; entries for items that are not columns of the data are not used
     * @return the result per scale, in the order of each scale's first column; if no item has a scale, one
     *     entry under "" with the calibration of every item
     * @throws IllegalArgumentException if some items have a scale and others none (naming the latter), or
     *     as {@link #calibrate(ResponseMatrix, ModelSpec)} for the items of a scale
     */
    public Map<String, CalibrationResult> calibrateByScale(ResponseMatrix data, ModelSpec spec,
            Map<String, String> scaleByItem) {
        return calibrateByScale(data, spec, scaleByItem, scale -> (cycle, maxCycles, largestChange) -> { });
    }

    /**
     * Calibrates each scale of a data set on its own, the scale of each item taken from a bank (e.g. the
     * bank the test was built from), as {@link #calibrateByScale(ResponseMatrix, ModelSpec, Map)}.
     *
     * @param data the responses; columns are items, rows examinees
     * @param spec the model of each item, declared categories and anchors
     * @param scales the items with their scales; a column that is not in the bank has no scale
     * @return the result per scale, in the order of each scale's first column
     * @throws IllegalArgumentException as {@link #calibrateByScale(ResponseMatrix, ModelSpec, Map)}
     */
    public Map<String, CalibrationResult> calibrateByScale(ResponseMatrix data, ModelSpec spec, ItemBank scales) {
        Objects.requireNonNull(scales, "scales");
        Map<String, String> scaleByItem = new HashMap<>();
        for (Item item : scales.items()) {
            item.scale().ifPresent(scale -> scaleByItem.put(item.id(), scale));
        }
        return calibrateByScale(data, spec, scaleByItem);
    }

    /**
     * Calibrates each scale of a data set on its own, reporting every EM cycle of every scale, as
     * {@link #calibrateByScale(ResponseMatrix, ModelSpec, Map)}.
     *
     * @param data the responses; columns are items, rows examinees
     * @param spec the model of each item, declared categories and anchors
     * @param scaleByItem item id → scale; an item that is absent or maps to "" has no scale
     * @param progress called with each scale's name as its calibration starts, in result order, and
     *     returns the listener of that scale's EM cycles
     * @return the result per scale, in the order of each scale's first column, the same as without
     *     {@code progress}
     * @throws IllegalArgumentException as {@link #calibrateByScale(ResponseMatrix, ModelSpec, Map)}
     */
    public Map<String, CalibrationResult> calibrateByScale(ResponseMatrix data, ModelSpec spec,
            Map<String, String> scaleByItem, Function<String, CalibrationProgress> progress) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scaleByItem, "scaleByItem");
        Objects.requireNonNull(progress, "progress");
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String id : data.itemIds()) {
            String scale = scaleByItem.get(id);
            columns.computeIfAbsent(scale == null ? "" : scale, k -> new ArrayList<>()).add(id);
        }
        if (columns.size() > 1 && columns.containsKey("")) {
            throw new IllegalArgumentException("items " + columns.get("") + " have no scale while others do; give"
                    + " every item a scale");
        }
        Map<String, CalibrationResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> scale : columns.entrySet()) {
            ResponseMatrix part = scale.getKey().isEmpty() ? data : data.selectItems(scale.getValue());
            CalibrationProgress listener = Objects.requireNonNull(progress.apply(scale.getKey()), "progress");
            results.put(scale.getKey(), calibrate(part, spec, listener));
        }
        return Collections.unmodifiableMap(results);
    }

    /**
     * Calibrates the items of a data set, reporting every EM cycle.
     *
     * @param data the responses; columns are items, rows examinees
     * @param spec the model of each item, declared categories and anchors
     * @param progress told after every EM cycle, on the calling thread
     * @return the result, the same as without {@code progress}
     * @throws IllegalArgumentException for data that cannot be calibrated (see the class comment), or a
     *     latent scale that is not identified by the spec
     */
    public CalibrationResult calibrate(ResponseMatrix data, ModelSpec spec, CalibrationProgress progress) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(progress, "progress");
        int items = data.items();
        int examinees = data.examinees();
        List<String> warnings = new ArrayList<>();
        ItemState[] states = new ItemState[items];
        int[] categories = new int[items];
        boolean[] anchored = new boolean[items];
        for (int i = 0; i < items; i++) {
            String id = data.itemId(i);
            ModelType type = spec.model(id);
            anchored[i] = spec.anchor(id).isPresent();
            int observed = Math.max(1, data.maxCategory(i) + 1);
            Optional<Integer> declared = spec.categories(id);
            int k = declared.orElse(Math.max(2, observed));
            if (observed > k) {
                throw new IllegalArgumentException("item '" + id + "': category " + (observed - 1)
                        + " observed but the item has " + k + " categories (0.." + (k - 1) + ")");
            }
            if (type.isDichotomous() && k != 2) {
                throw new IllegalArgumentException("item '" + id + "': a " + type.code()
                        + " item has categories 0 and 1, but " + (declared.isPresent() ? k + " were declared"
                        : "category " + (observed - 1) + " was observed"));
            }
            categories[i] = k;
        }
        boolean[] keep = new boolean[examinees];
        long[][] counts = categoryCounts(data, categories, keep);
        int kept = countKept(keep);
        if (kept == 0) {
            throw new IllegalArgumentException("no examinee answered any item; nothing to calibrate");
        }
        if (kept < examinees) {
            warnings.add(leftOut(data, keep, examinees - kept));
        }
        for (int i = 0; i < items; i++) {
            String id = data.itemId(i);
            long total = 0;
            int modal = 0;
            for (int k = 0; k < categories[i]; k++) {
                total += counts[i][k];
                if (counts[i][k] > counts[i][modal]) {
                    modal = k;
                }
            }
            if (total > 0 && counts[i][modal] >= 0.99 * total) {
                warnings.add(String.format(java.util.Locale.ROOT,
                        "item '%s': %.1f%% of %d responses are in category %d; it carries little information",
                        id, 100.0 * counts[i][modal] / total, total, modal));
            }
            if (anchored[i]) {
                continue;
            }
            if (total == 0) {
                throw new IllegalArgumentException("item '" + id + "': nobody answered it; it cannot be calibrated"
                        + " (remove it, or anchor it with known parameters)");
            }
            if (counts[i][modal] == total) {
                throw new IllegalArgumentException("item '" + id + "': all " + total
                        + " examinees who answered it gave category " + modal
                        + "; it cannot be calibrated (remove it, or anchor it with known parameters)");
            }
            for (int k = 0; k < categories[i]; k++) {
                if (counts[i][k] == 0) {
                    throw new IllegalArgumentException("item '" + id + "': category " + k + " of 0.."
                            + (categories[i] - 1) + " was used by nobody; its threshold cannot be estimated"
                            + " (recode the item's categories, or declare fewer)");
                }
            }
        }
        // states with starting values
        boolean anyFreeSlope = false;
        boolean anyAnchor = false;
        for (int i = 0; i < items; i++) {
            String id = data.itemId(i);
            if (anchored[i]) {
                Item anchor = spec.anchor(id).orElseThrow();
                states[i] = ItemState.fixed(id, anchor.model());
                anyAnchor = true;
                continue;
            }
            ModelType type = spec.model(id);
            states[i] = new ItemState(id, type, categories[i]);
            Start.initialise(states[i], counts[i]);
            anyFreeSlope |= states[i].free[0] || states[i].sharedSlope();
        }
        LatentScale scale = options.latentScale();
        if (scale == LatentScale.AUTO) {
            scale = anyAnchor ? LatentScale.FREE_MEAN_AND_VARIANCE
                    : anyFreeSlope ? LatentScale.FIXED : LatentScale.FREE_VARIANCE;
        }
        if (scale == LatentScale.FREE_VARIANCE && anyFreeSlope && !anyAnchor) {
            throw new IllegalArgumentException("the latent variance is not identified together with free slopes;"
                    + " use rasch/pcm items, anchor items, or LatentScale.FIXED");
        }
        if (scale == LatentScale.FREE_MEAN_AND_VARIANCE && !anyAnchor) {
            throw new IllegalArgumentException("the latent mean is not identified without anchor items;"
                    + " anchor items of a bank with ModelSpec.withAnchors, or use LatentScale.FIXED/FREE_VARIANCE");
        }
        boolean meanFree = scale == LatentScale.FREE_MEAN_AND_VARIANCE;
        boolean varFree = meanFree || scale == LatentScale.FREE_VARIANCE;
        boolean[] missing = new boolean[items];
        for (int i = 0; i < items; i++) {
            long answered = 0;
            for (long count : counts[i]) {
                answered += count;
            }
            missing[i] = answered < kept; // an examinee left out answered no item
        }
        PatternData patterns = PatternData.of(data, keep, kept, missing);
        EmEngine engine = new EmEngine(patterns, states, meanFree, varFree, options);
        EmIteration.Run run = engine.iterate(progress);
        if (!run.converged()) {
            String warning = String.format(java.util.Locale.ROOT, "EM did not converge in %d cycles (largest"
                    + " parameter change %.3g > tolerance %.3g); the estimates are the last iterate",
                    run.cycles(), run.lastChange(), options.tolerance());
            warnings.add(warning);
            LOG.warn("calibration of {} items: {}", items, warning);
        }
        LOG.debug("calibrated {} items on {} examinees ({} distinct patterns): {} EM cycles, converged {},"
                + " log-likelihood {}", items, kept, patterns.patterns, run.cycles(), run.converged(),
                engine.logLikelihood());
        List<Item> calibrated = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            calibrated.add(Item.of(states[i].id, states[i].toModel(states[i].par)));
            if (!anchored[i]) {
                parameterWarnings(states[i], warnings);
            }
        }
        ItemBank bank = ItemBank.of(calibrated);
        List<String> names = engine.layout().names();
        double[] estimates = engine.pack();
        StandardErrors.Outcome se = StandardErrors.compute(engine, options, warnings);
        engine.finish(se.logLikelihood);
        List<ItemFit> fit = List.of();
        ModelFit modelFit = null;
        LimitedInformationFit m2 = null;
        if (options.itemFit()) {
            FitStatistics stats = new FitStatistics(engine, anchored);
            fit = stats.itemFit(warnings);
            modelFit = stats.modelFit();
            m2 = M2Statistic.compute(engine, options.m2MaxMoments(), warnings);
        }
        return new CalibrationResult(bank, engine.logLikelihood(), engine.logPosterior(), kept, run.cycles(),
                run.converged(), engine.latent().mean(), engine.latent().variance(), warnings, names, estimates,
                se.standardErrors, se.covariance, se.method, fit, modelFit, m2);
    }

    /**
     * One pass over the responses: the count of each category per item, and which examinees answered at
     * least one item. Blocks of examinees run on the calling thread and the options' executor, each counting
     * into its own accumulator (whole numbers, so their sum is exact in any order).
     *
     * @param data the responses
     * @param categories K_i per item
     * @param keep receives, per examinee, whether any response is present
     * @return {@code counts[i][k]}
     */
    private long[][] categoryCounts(ResponseMatrix data, int[] categories, boolean[] keep) {
        int items = data.items();
        int[] offsets = new int[items + 1];
        for (int i = 0; i < items; i++) {
            offsets[i + 1] = offsets[i] + categories[i];
        }
        ParallelChunks runner = ParallelChunks.of(options.executor().orElse(null), options.parallelism());
        double[] sums = runner.sum(keep.length, options.chunkSize(), offsets[items], () -> new byte[items],
                (row, from, to, acc) -> {
                    for (int n = from; n < to; n++) {
                        keep[n] = tally(data, n, row, offsets, acc);
                    }
                });
        long[][] counts = new long[items][];
        for (int i = 0; i < items; i++) {
            counts[i] = new long[categories[i]];
            for (int k = 0; k < categories[i]; k++) {
                counts[i][k] = (long) sums[offsets[i] + k];
            }
        }
        return counts;
    }

    /**
     * How many examinees answered at least one item. A loop of its own, so that the JIT does not compile
     * the whole of {@code calibrate} on stack replacement for it.
     */
    private static int countKept(boolean[] keep) {
        int kept = 0;
        for (boolean k : keep) {
            if (k) {
                kept++;
            }
        }
        return kept;
    }

    /** The warning that names the first 5 of the examinees without any response. */
    private static String leftOut(ResponseMatrix data, boolean[] keep, int count) {
        List<String> empty = new ArrayList<>();
        for (int n = 0; n < keep.length && empty.size() < 5; n++) {
            if (!keep[n]) {
                empty.add("'" + data.examineeId(n) + "'");
            }
        }
        return count + " examinee(s) with no responses were left out: " + String.join(", ", empty)
                + (count > empty.size() ? ", ..." : "");
    }

    /**
     * Adds examinee n's responses to the category counts ({@code counts[offsets[i] + k]}). A method of its
     * own, so that the JIT compiles this small per-examinee work early as a whole method.
     *
     * @return whether the examinee answered any item
     */
    private static boolean tally(ResponseMatrix data, int n, byte[] row, int[] offsets, double[] counts) {
        data.copyRow(n, row, 0);
        boolean any = false;
        for (int i = 0; i < row.length; i++) {
            int x = row[i];
            if (x >= 0) {
                counts[offsets[i] + x]++;
                any = true;
            }
        }
        return any;
    }

    private static void parameterWarnings(ItemState s, List<String> warnings) {
        String edge = s.atRangeEdge();
        if (edge != null) {
            warnings.add("item '" + s.id + "': " + edge + " is held at the edge of the allowed parameter range"
                    + " (slope ≤ " + ItemModel.MAX_SLOPE + ", |intercept| and |threshold| ≤ " + ItemModel.MAX_LOCATION
                    + "); the data do not determine it");
        }
        if (s.free[0] && (s.par[0] > 5 || s.par[0] < 0.05)) {
            warnings.add(String.format(java.util.Locale.ROOT, "item '%s': slope a = %.4g is extreme", s.id,
                    s.par[0]));
        }
        if (s.hasG && s.par[2] < ItemState.logit(1e-3)) {
            warnings.add("item '" + s.id + "': lower asymptote g is near 0");
        }
        if (s.hasU && s.par[3] > ItemState.logit(1 - 1e-3)) {
            warnings.add("item '" + s.id + "': upper asymptote u is near 1");
        }
    }
}

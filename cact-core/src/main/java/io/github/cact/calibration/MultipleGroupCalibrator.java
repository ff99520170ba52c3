package io.github.cact.calibration;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Multiple-group calibration by marginal maximum likelihood (Bock &amp; Zimowski 1997): each group has its
 * own normal latent distribution, the first (reference) group's fixed to the quadrature's prior (N(0, 1) by
 * default) and every other group's mean and variance estimated; item parameters are equal across groups
 * except for the items freed, whose parameters are estimated separately in each group. The items held
 * equal are the anchors that put the groups on one scale; at least one is needed. This is the model of the
 * IRT likelihood-ratio DIF test and a way to link non-equivalent groups.
 *
 * <p>It runs the EM engine of {@link Calibrator}: a freed item becomes one column per group, answered by
 * that group alone and missing for the others, so that the E-step of each group at its own latent
 * distribution and the M-step on the summed expected counts are those of a single-group calibration.
 * Missing responses are left out of the likelihood; examinees without any response are left out with a
 * warning. Immutable and thread-safe; results do not depend on the number of threads.
 */
public final class MultipleGroupCalibrator {

    private final CalibrationOptions options;

    private MultipleGroupCalibrator(CalibrationOptions options) {
        this.options = options;
    }

    /**
     * A calibrator with the given settings; its latent scale setting is not used (see the class comment).
     *
     * @param options the settings
     * @return the calibrator
     */
    public static MultipleGroupCalibrator of(CalibrationOptions options) {
        return new MultipleGroupCalibrator(Objects.requireNonNull(options, "options"));
    }

    /**
     * A calibrator with the calibration defaults ({@link CalibrationOptions#defaults()}).
     *
     * @return the calibrator
     */
    public static MultipleGroupCalibrator withDefaults() {
        return new MultipleGroupCalibrator(CalibrationOptions.defaults());
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
     * Calibrates the groups together.
     *
     * @param groups the responses of each group, the reference group first; every matrix has the same item
     *     columns in the same order
     * @param spec the model of each item, declared categories and fixed (anchored-to-a-bank) items
     * @param freedItems the items whose parameters are estimated separately in each group; not fixed by the
     *     spec, and not every item
     * @return the result
     * @throws IllegalArgumentException if there is no group, the groups' items differ, a freed item is unknown
     *     or fixed, every item is freed, or an item cannot be calibrated (nobody answered it, everybody in the
     *     same category, a category nobody used), naming the item and the group
     */
    public MultipleGroupResult calibrate(List<ResponseMatrix> groups, ModelSpec spec, Set<String> freedItems) {
        return calibrateFrom(groups, spec, freedItems, null);
    }

    /**
     * Calibrates the groups together, starting EM from an earlier result on the same data (e.g. the model
     * with fewer items freed), which saves cycles; the maximum is the same up to the tolerance.
     *
     * @param groups as {@link #calibrate(List, ModelSpec, Set)}
     * @param spec as {@link #calibrate(List, ModelSpec, Set)}
     * @param freedItems as {@link #calibrate(List, ModelSpec, Set)}
     * @param start an earlier result with the same groups, items and models: its item parameters of each
     *     group and its latent means and variances are the starting values
     * @return the result
     * @throws IllegalArgumentException as {@link #calibrate(List, ModelSpec, Set)}, or if the start has other
     *     groups, items or models
     */
    public MultipleGroupResult calibrate(List<ResponseMatrix> groups, ModelSpec spec, Set<String> freedItems,
            MultipleGroupResult start) {
        Objects.requireNonNull(start, "start");
        return calibrateFrom(groups, spec, freedItems, start);
    }

    private MultipleGroupResult calibrateFrom(List<ResponseMatrix> groups, ModelSpec spec, Set<String> freedItems,
            MultipleGroupResult start) {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(freedItems, "freedItems");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("give at least one group");
        }
        ResponseMatrix first = groups.get(0);
        List<String> ids = first.itemIds();
        for (int g = 1; g < groups.size(); g++) {
            if (!groups.get(g).itemIds().equals(ids)) {
                throw new IllegalArgumentException("group " + (g + 1) + " has items " + groups.get(g).itemIds()
                        + " but group 1 has " + ids + "; every group needs the same items in the same order");
            }
        }
        int items = ids.size();
        int groupCount = groups.size();
        boolean[] freed = new boolean[items];
        for (String id : freedItems) {
            int i = first.itemIndex(id);
            if (i < 0) {
                throw new IllegalArgumentException("freed item '" + id + "' is not an item of the responses");
            }
            if (spec.anchor(id).isPresent()) {
                throw new IllegalArgumentException("item '" + id + "' is fixed by the spec and cannot be freed");
            }
            freed[i] = groupCount > 1;
        }
        if (groupCount > 1 && freedItems.size() >= items) {
            throw new IllegalArgumentException("every item is freed; at least one item must be equal across groups"
                    + " to put the groups on one scale");
        }
        // columns: the items (the reference group's copy of a freed item), then one copy per freed item and
        // further group; column[c] is the item, owner[c] the only group answering it (−1: every group)
        List<Integer> column = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            column.add(i);
            owner.add(freed[i] ? 0 : -1);
        }
        for (int i = 0; i < items; i++) {
            for (int g = 1; g < groupCount && freed[i]; g++) {
                column.add(i);
                owner.add(g);
            }
        }
        int columns = column.size();
        int[] categories = categories(groups, spec, ids);
        long[][] counts = new long[columns][];
        for (int c = 0; c < columns; c++) {
            counts[c] = new long[categories[column.get(c)]];
        }
        List<String> warnings = new ArrayList<>();
        PatternData[] patterns = new PatternData[groupCount];
        int[] examinees = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            ResponseMatrix data = groups.get(g);
            int n = data.examinees();
            byte[] rows = new byte[Math.multiplyExact(n, columns)];
            byte[] row = new byte[items];
            int kept = 0;
            for (int e = 0; e < n; e++) {
                data.copyRow(e, row, 0);
                boolean any = false;
                int base = kept * columns;
                for (int c = 0; c < columns; c++) {
                    int o = owner.get(c);
                    byte x = o < 0 || o == g ? row[column.get(c)] : -1;
                    rows[base + c] = x;
                    if (x >= 0) {
                        counts[c][x]++;
                        any = true;
                    }
                }
                if (any) {
                    kept++;
                }
            }
            if (kept == 0) {
                throw new IllegalArgumentException("group " + (g + 1) + " has no examinee with a response");
            }
            if (kept < n) {
                warnings.add((n - kept) + " examinee(s) of group " + (g + 1) + " with no responses were left out");
            }
            examinees[g] = kept;
            patterns[g] = collapse(rows, kept, columns);
        }
        ItemState[] states = new ItemState[columns];
        for (int c = 0; c < columns; c++) {
            int i = column.get(c);
            String id = ids.get(i);
            Optional<Item> anchor = spec.anchor(id);
            if (anchor.isPresent()) {
                states[c] = ItemState.fixed(id, anchor.get().model());
                continue;
            }
            String where = owner.get(c) < 0 ? "" : " in group " + (owner.get(c) + 1);
            check(id + where, counts[c]);
            states[c] = new ItemState(id, spec.model(id), categories[i]);
            Start.initialise(states[c], counts[c]);
        }
        MultipleGroupEngine engine = new MultipleGroupEngine(patterns, states, options);
        if (start != null) {
            startFrom(start, ids, column, owner, states, engine);
        }
        EmIteration.Run run = engine.iterate();
        engine.finish();
        if (!run.converged()) {
            warnings.add(String.format(Locale.ROOT, "EM did not converge in %d cycles (largest parameter change"
                    + " %.3g > tolerance %.3g); the estimates are the last iterate", run.cycles(), run.lastChange(),
                    options.tolerance()));
        }
        List<ItemBank> banks = new ArrayList<>(groupCount);
        double[] means = new double[groupCount];
        double[] variances = new double[groupCount];
        for (int g = 0; g < groupCount; g++) {
            List<Item> list = new ArrayList<>(items);
            for (int i = 0; i < items; i++) {
                ItemState s = states[columnOf(column, owner, i, freed[i] ? g : -1)];
                list.add(Item.of(s.id, s.toModel(s.par)));
            }
            banks.add(ItemBank.of(list));
            means[g] = engine.latent(g).mean();
            variances[g] = engine.latent(g).variance();
        }
        return new MultipleGroupResult(banks, means, variances, examinees, engine.logLikelihood(), engine.size(),
                run.cycles(), run.converged(), warnings);
    }

    /** Sets the starting values of the items and the latent moments from an earlier result. */
    private static void startFrom(MultipleGroupResult start, List<String> ids, List<Integer> column,
            List<Integer> owner, ItemState[] states, MultipleGroupEngine engine) {
        int groupCount = engine.groups();
        if (start.groups() != groupCount || !start.bank(0).ids().equals(ids)) {
            throw new IllegalArgumentException("the start has " + start.groups() + " groups and items "
                    + start.bank(0).ids() + "; expected " + groupCount + " groups and items " + ids);
        }
        for (int c = 0; c < states.length; c++) {
            ItemState s = states[c];
            ItemModel model = start.bank(Math.max(0, owner.get(c))).model(column.get(c));
            if (model.type() != s.type || model.categories() != s.categories) {
                throw new IllegalArgumentException("item '" + s.id + "': the start has a " + model.type().code()
                        + " item with " + model.categories() + " categories; expected " + s.type.code() + " with "
                        + s.categories);
            }
            if (s.freeCount() > 0 || s.sharedSlope()) {
                System.arraycopy(ItemState.fixed(s.id, model).par, 0, s.par, 0, s.size);
            }
        }
        for (int g = 1; g < groupCount; g++) {
            engine.latent(g).set(start.latentMean(g), start.latentVariance(g));
        }
    }

    /** Collapses identical rows into patterns with frequency weights, in order of first appearance. */
    private static PatternData collapse(byte[] rows, int n, int columns) {
        Map<ByteBuffer, Integer> index = new HashMap<>();
        byte[] distinct = new byte[Math.multiplyExact(n, columns)];
        double[] weights = new double[n];
        int patterns = 0;
        for (int e = 0; e < n; e++) {
            ByteBuffer key = ByteBuffer.wrap(rows, e * columns, columns).slice();
            Integer at = index.putIfAbsent(key, patterns);
            if (at != null) {
                weights[at]++;
                continue;
            }
            System.arraycopy(rows, e * columns, distinct, patterns * columns, columns);
            weights[patterns++] = 1;
        }
        return new PatternData(columns, Arrays.copyOf(distinct, patterns * columns), Arrays.copyOf(weights, patterns),
                true);
    }

    private static int columnOf(List<Integer> column, List<Integer> owner, int item, int group) {
        for (int c = 0; c < column.size(); c++) {
            if (column.get(c) == item && (group < 0 || owner.get(c) == group)) {
                return c;
            }
        }
        throw new IllegalStateException("no column for item " + item);
    }

    /** K per item: declared, or the highest category observed in any group + 1 (at least 2). */
    private static int[] categories(List<ResponseMatrix> groups, ModelSpec spec, List<String> ids) {
        int[] categories = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int observed = 1;
            for (ResponseMatrix data : groups) {
                observed = Math.max(observed, data.maxCategory(i) + 1);
            }
            int k = spec.categories(id).orElse(Math.max(2, observed));
            if (observed > k) {
                throw new IllegalArgumentException("item '" + id + "': category " + (observed - 1)
                        + " observed but the item has " + k + " categories (0.." + (k - 1) + ")");
            }
            ModelType type = spec.model(id);
            if (type.isDichotomous() && k != 2) {
                throw new IllegalArgumentException("item '" + id + "': a " + type.code() + " item has categories 0"
                        + " and 1, but " + k + " were found");
            }
            categories[i] = k;
        }
        return categories;
    }

    private static void check(String item, long[] counts) {
        long total = 0;
        int modal = 0;
        for (int k = 0; k < counts.length; k++) {
            total += counts[k];
            if (counts[k] > counts[modal]) {
                modal = k;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("item '" + item + "': nobody answered it; it cannot be calibrated");
        }
        if (counts[modal] == total) {
            throw new IllegalArgumentException("item '" + item + "': all " + total + " examinees who answered it gave"
                    + " category " + modal + "; it cannot be calibrated");
        }
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                throw new IllegalArgumentException("item '" + item + "': category " + k + " of 0.." + (counts.length - 1)
                        + " was used by nobody; its parameters cannot be estimated");
            }
        }
    }
}

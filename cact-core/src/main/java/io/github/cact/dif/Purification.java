package io.github.cact.dif;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Runs an observed-score DIF test on every item of each scale with difR's iterative purification: the
 * first pass matches on all items of the scale; each further pass matches on the items the previous pass
 * did not flag (p &lt; α, unadjusted, as difR's default {@code puriadjType = "simple"}), until the flagged
 * set repeats or the pass limit is reached (then a warning). A pass that flags every item ends the
 * purification with its results and a warning, since no item would be left to match on. Stateless.
 */
final class Purification {

    /** A test of one item on its sample. */
    interface ItemTest<T> {
        T test(ItemSample sample, int item) throws Untestable;
    }

    private Purification() {
    }

    static <T> Outcome<?>[] run(DifData data, DifOptions options, ItemTest<T> test, ToDoubleFunction<T> pValue,
            String name, Map<DifMethod, Integer> passes, DifMethod method, List<String> warnings) {
        Outcome<?>[] out = new Outcome<?>[data.items()];
        int mostPasses = 0;
        for (Map.Entry<String, int[]> scale : data.scales().entrySet()) {
            int[] columns = scale.getValue();
            boolean[] matching = new boolean[data.items()];
            for (int i : columns) {
                matching[i] = true;
            }
            int pass = 0;
            boolean settled = false;
            while (true) {
                pass++;
                boolean[] flagged = new boolean[data.items()];
                for (int i : columns) {
                    Outcome<T> o = testOne(data, test, pValue, i, matching);
                    out[i] = o;
                    flagged[i] = o.reason() == null && o.p() < options.alpha();
                }
                boolean[] next = new boolean[data.items()];
                for (int i : columns) {
                    next[i] = !flagged[i];
                }
                if (!options.purification() || Arrays.equals(next, matching)) {
                    settled = true;
                    break;
                }
                if (none(next)) {
                    warnings.add(name + " purification" + where(scale.getKey()) + " stopped after pass " + pass
                            + ": it flagged every item, which would leave no item to match on; the results are those"
                            + " of pass " + pass);
                    settled = true;
                    break;
                }
                if (pass >= options.maxPurificationPasses()) {
                    break;
                }
                matching = next;
            }
            if (!settled) {
                warnings.add(name + " purification" + where(scale.getKey()) + " did not settle in " + pass
                        + " passes; the results are those of the last pass");
            }
            mostPasses = Math.max(mostPasses, pass);
        }
        passes.put(method, mostPasses);
        return out;
    }

    private static boolean none(boolean[] matching) {
        for (boolean m : matching) {
            if (m) {
                return false;
            }
        }
        return true;
    }

    private static String where(String scale) {
        return scale.isEmpty() ? "" : " of scale '" + scale + "'";
    }

    private static <T> Outcome<T> testOne(DifData data, ItemTest<T> test, ToDoubleFunction<T> pValue, int item,
            boolean[] matching) {
        String small = data.tooSmall(item);
        if (small != null) {
            return Outcome.none(small);
        }
        try {
            T value = test.test(data.sample(item, matching), item);
            return Outcome.of(value, pValue.applyAsDouble(value));
        } catch (Untestable e) {
            return Outcome.none(e.getMessage());
        }
    }
}

package io.github.cact.cat.simulation;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conventional fixed forms assembled from a bank, scale by scale, to compare adaptive designs with.
 * <ul>
 *   <li>{@link #spread}: the paper form. A scale's items sorted by location (the mean of their thresholds);
 *   of n items, the form takes those of rank ⌊(j + ½)·n / m⌋ for j = 0..m−1, so that m items cover the
 *   scale's difficulty range evenly.</li>
 *   <li>{@link #atCuts}: the form assembled for classification (van der Linden 2005, ch. 1: information
 *   targeted where decisions are made). The cuts take turns; each picks, of the items not yet chosen,
 *   the one with the most Fisher information at that cut.</li>
 * </ul>
 * A bank whose items name no scale is one scale, named "" (as in {@link io.github.cact.cat.CatDesign}).
 * Stateless.
 */
public final class FixedForms {

    private FixedForms() {
    }

    /**
     * The paper form: {@code perScale} items of each scale spread over its difficulty range.
     *
     * @param bank the bank; every item names a scale, or none does
     * @param perScale the items per scale, ≥ 1 and at most the smallest scale's size
     * @return the ids of the form, scale by scale in bank order, easiest first
     * @throws IllegalArgumentException if a scale has fewer items or only some items name a scale
     */
    public static List<String> spread(ItemBank bank, int perScale) {
        List<String> form = new ArrayList<>();
        Map<String, List<Item>> scales = BankScales.itemsByScale(bank);
        for (String scale : scales.keySet()) {
            List<Item> items = scaleItems(scales, scale, perScale);
            items.sort(Comparator.comparingDouble(FixedForms::location));
            for (int j = 0; j < perScale; j++) {
                form.add(items.get((int) ((j + 0.5) * items.size() / perScale)).id());
            }
        }
        return form;
    }

    /**
     * The form at the cuts: {@code perScale} items of each scale chosen for their information at the
     * scale's cuts.
     *
     * @param bank the bank; every item names a scale, or none does
     * @param perScale the items per scale, ≥ 1 and at most the smallest scale's size
     * @param cutsByScale the finite θ cuts of every scale of the bank, at least one per scale
     * @return the ids of the form, scale by scale in bank order, in the order chosen
     * @throws IllegalArgumentException if a scale has fewer items or no cuts, or only some items name a scale
     */
    public static List<String> atCuts(ItemBank bank, int perScale, Map<String, double[]> cutsByScale) {
        Objects.requireNonNull(cutsByScale, "cutsByScale");
        List<String> form = new ArrayList<>();
        Map<String, List<Item>> scales = BankScales.itemsByScale(bank);
        for (String scale : scales.keySet()) {
            double[] cuts = cutsByScale.get(scale);
            if (cuts == null || cuts.length == 0) {
                throw new IllegalArgumentException("scale '" + scale + "' has no cuts");
            }
            for (double cut : cuts) {
                if (!Double.isFinite(cut)) {
                    throw new IllegalArgumentException("scale '" + scale + "': cut " + cut + " is not finite");
                }
            }
            List<Item> left = scaleItems(scales, scale, perScale);
            for (int j = 0; j < perScale; j++) {
                double cut = cuts[j % cuts.length];
                Item best = left.get(0);
                for (Item item : left) {
                    if (item.model().information(cut) > best.model().information(cut)) {
                        best = item;
                    }
                }
                left.remove(best);
                form.add(best.id());
            }
        }
        return form;
    }

    /** The mean of an item's thresholds b_k. */
    static double location(Item item) {
        double sum = 0;
        double[] b = item.model().thresholds();
        for (double v : b) {
            sum += v;
        }
        return sum / b.length;
    }

    private static List<Item> scaleItems(Map<String, List<Item>> scales, String scale, int perScale) {
        List<Item> items = new ArrayList<>(scales.get(scale));
        if (perScale < 1 || perScale > items.size()) {
            throw new IllegalArgumentException("a form of " + perScale + " items per scale needs 1.." + items.size()
                    + " items; scale '" + scale + "' has " + items.size());
        }
        return items;
    }
}

package io.github.cact.competency;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Binds an item bank's models to the inputs of the competency methods: response functions for the
 * Bookmark method, category functions for Lee's method, SE(θ) = 1/√TIF(θ) for Rudner's method, the test
 * characteristic curve for summed-score cuts, and the tie of items to competencies. Stateless and
 * thread-safe; the functions returned are as immutable as the bank.
 */
public final class ItemBankFunctions {

    private ItemBankFunctions() {
    }

    /**
     * The items of an ordered item booklet: a dichotomous item once, as θ ↦ P(X = 1); a polytomous item
     * once per score step k = 1..K−1, as θ ↦ P(X ≥ k), under the id {@code <item>>=k}.
     *
     * @param bank the competency's items
     * @return id → response function, in bank order
     */
    public static Map<String, ResponseFunction> bookmarkItems(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        Map<String, ResponseFunction> items = new LinkedHashMap<>();
        for (Item item : bank.items()) {
            ItemModel model = item.model();
            if (model.categories() == 2) {
                items.put(item.id(), theta -> model.probability(1, theta));
            } else {
                for (int k = 1; k < model.categories(); k++) {
                    int step = k;
                    items.put(item.id() + ">=" + k, theta -> atLeast(model, step, theta));
                }
            }
        }
        return items;
    }

    private static double atLeast(ItemModel model, int step, double theta) {
        double[] p = new double[model.categories()];
        model.probabilities(theta, p);
        double sum = 0;
        for (int k = step; k < p.length; k++) {
            sum += p[k];
        }
        return sum;
    }

    /**
     * The items as category functions, for the Lord–Wingersky recursion of Lee's method.
     *
     * @param bank the competency's items
     * @return one function per item, in bank order
     */
    public static List<CategoryResponseFunction> categoryFunctions(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        return bank.items().stream().map(item -> (CategoryResponseFunction) new CategoryResponseFunction() {
            @Override
            public int categories() {
                return item.model().categories();
            }

            @Override
            public void probabilities(double theta, double[] out) {
                item.model().probabilities(theta, out);
            }
        }).toList();
    }

    /**
     * The standard error of a maximum-likelihood θ estimate, SE(θ) = 1/√TIF(θ), for Rudner's method.
     *
     * @param bank the competency's items
     * @return θ ↦ SE(θ); +∞ where the test information vanishes
     */
    public static DoubleUnaryOperator standardError(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        return theta -> 1 / Math.sqrt(bank.testInformation(theta));
    }

    /**
     * The test characteristic curve TCC(θ) = Σ_i E[X_i | θ], for cuts given as summed scores.
     *
     * @param bank the competency's items
     * @return θ ↦ expected summed score
     */
    public static DoubleUnaryOperator testCharacteristicCurve(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        return bank::expectedScore;
    }

    /**
     * Checks that every item names a competency of the framework in its {@code scale} and that every
     * competency has items, and groups the item ids.
     *
     * @param framework the competencies
     * @param bank the items with their scales
     * @return competency code → item ids, in framework order
     * @throws IllegalArgumentException naming an item without a scale, an item tied to an unknown
     *     competency, or a competency with no items
     */
    public static Map<String, List<String>> itemsByCompetency(CompetencyFramework framework, ItemBank bank) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(bank, "bank");
        Map<String, String> scales = new LinkedHashMap<>();
        for (Item item : bank.items()) {
            String scale = item.scale().orElseThrow(() -> new IllegalArgumentException("item '" + item.id()
                    + "' names no competency in its scale column; expected one of " + framework.codes()));
            scales.put(item.id(), scale);
        }
        return framework.itemsByCompetency(scales);
    }
}

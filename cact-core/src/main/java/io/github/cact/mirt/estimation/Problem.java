package io.github.cact.mirt.estimation;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The responses and the structure of one calibration, checked: items in the model's order, their types,
 * categories and loadings, the responses as bytes (examinee-major, {@link ResponseMatrix#MISSING} kept), and
 * the starting values.
 */
final class Problem {

    final int examinees;
    final int items;
    final int dimensions;
    final List<String> factors;
    final List<String> ids;
    final ModelType[] types;
    final int[] categories;
    final int[][] loadings;
    /** The items loading on each factor. */
    final int[][] itemsOn;
    final byte[] responses;
    final int maxCategories;
    /**
     * The factors on which only Rasch and PCM items load: their variance is free (their items' slopes are 1
     * in the Rasch metric), estimated as the common slope of those items in the unit-variance metric.
     */
    final boolean[] freeVariance;
    /**
     * The items whose loaded slopes are shared per factor: 1PL items (one slope per factor common to the 1PL
     * items on it) and the Rasch and PCM items on free-variance factors, estimated as 1PL and GPCM items
     * ({@link #types}) with a slope common to the factor's items.
     */
    final boolean[] tied;

    private Problem(ResponseMatrix data, FactorModel model, int[] columns) {
        this.examinees = data.examinees();
        this.ids = model.itemIds();
        this.items = ids.size();
        this.factors = model.factors();
        this.dimensions = factors.size();
        this.types = new ModelType[items];
        this.categories = new int[items];
        this.loadings = new int[items][];
        this.freeVariance = freeVarianceFactors(model);
        this.tied = new boolean[items];
        int max = 2;
        for (int j = 0; j < items; j++) {
            String id = ids.get(j);
            ModelType declared = model.type(id);
            loadings[j] = model.loadings(id);
            boolean scaled = fixedSlope(declared) && freeVariance[loadings[j][0]];
            types[j] = !scaled ? declared : declared == ModelType.PCM ? ModelType.GPCM : ModelType.ONE_PL;
            tied[j] = scaled || declared == ModelType.ONE_PL;
            int observed = data.maxCategory(columns[j]) + 1;
            int declaredCategories = model.categories(id);
            categories[j] = declaredCategories > 0 ? declaredCategories : observed;
            max = Math.max(max, categories[j]);
        }
        this.maxCategories = max;
        this.itemsOn = new int[dimensions][];
        for (int f = 0; f < dimensions; f++) {
            List<Integer> on = new ArrayList<>();
            for (int j = 0; j < items; j++) {
                for (int g : loadings[j]) {
                    if (g == f) {
                        on.add(j);
                    }
                }
            }
            itemsOn[f] = on.stream().mapToInt(Integer::intValue).toArray();
        }
        this.responses = new byte[examinees * items];
        byte[] row = new byte[data.items()];
        for (int p = 0; p < examinees; p++) {
            data.copyRow(p, row, 0);
            for (int j = 0; j < items; j++) {
                responses[p * items + j] = row[columns[j]];
            }
        }
    }

    private static boolean fixedSlope(ModelType type) {
        return type == ModelType.RASCH || type == ModelType.PCM;
    }

    private static boolean[] freeVarianceFactors(FactorModel model) {
        int d = model.factors().size();
        boolean[] free = new boolean[d];
        boolean[] other = new boolean[d];
        for (String id : model.itemIds()) {
            for (int f : model.loadings(id)) {
                if (fixedSlope(model.type(id))) {
                    free[f] = true;
                } else {
                    other[f] = true;
                }
            }
        }
        for (int f = 0; f < d; f++) {
            free[f] &= !other[f];
        }
        return free;
    }

    /**
     * Checks the data against the model.
     *
     * @throws IllegalArgumentException naming the item or factor at fault
     */
    static Problem of(ResponseMatrix data, FactorModel model) {
        if (data.examinees() == 0) {
            throw new IllegalArgumentException("the response data have no examinee");
        }
        List<String> ids = model.itemIds();
        Set<String> inModel = new HashSet<>(ids);
        for (String column : data.itemIds()) {
            if (!inModel.contains(column)) {
                throw new IllegalArgumentException("item '" + column
                        + "' is in the responses but not in the factor model; give its factor or drop the column");
            }
        }
        int[] columns = new int[ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            int c = data.itemIds().indexOf(id);
            if (c < 0) {
                throw new IllegalArgumentException("item '" + id + "' is in the factor model but not in the responses");
            }
            columns[j] = c;
            ModelType type = model.type(id);
            if (fixedSlope(type)) {
                checkFixedSlopes(model, id);
            }
            int observed = data.maxCategory(c) + 1;
            int declared = model.categories(id);
            int k = declared > 0 ? declared : observed;
            if (observed > k) {
                throw new IllegalArgumentException("item '" + id + "': category " + (observed - 1)
                        + " was observed but the item is declared with " + k + " categories");
            }
            if (type.isDichotomous() && k != 2) {
                throw new IllegalArgumentException("item '" + id + "': " + type.code()
                        + " items have 2 categories (0, 1), found " + k);
            }
            int[] counts = new int[Math.max(k, 1)];
            for (int p = 0; p < data.examinees(); p++) {
                int x = data.response(p, c);
                if (x >= 0) {
                    counts[x]++;
                }
            }
            if (k < 2) {
                throw new IllegalArgumentException("item '" + id + "': fewer than two categories were observed");
            }
            for (int x = 0; x < k; x++) {
                if (counts[x] == 0) {
                    throw new IllegalArgumentException("item '" + id + "': nobody chose category " + x + " of 0.."
                            + (k - 1) + "; its parameters cannot be estimated");
                }
            }
        }
        return new Problem(data, model, columns);
    }

    /** A Rasch or PCM item may not load both on a free-variance factor and on one whose variance is 1. */
    private static void checkFixedSlopes(FactorModel model, String id) {
        boolean[] free = freeVarianceFactors(model);
        int[] loads = model.loadings(id);
        for (int f : loads) {
            if (free[f] != free[loads[0]]) {
                int freeOne = free[f] ? f : loads[0];
                int fixedOne = free[f] ? loads[0] : f;
                throw new IllegalArgumentException("item '" + id + "': a " + model.type(id).code()
                        + " item loads on factor '" + model.factors().get(freeOne)
                        + "', whose variance is free (only rasch/pcm items load on it), and on factor '"
                        + model.factors().get(fixedOne) + "', whose variance is 1 (items with free slopes load on"
                        + " it); its slopes cannot be fixed at 1 on both");
            }
        }
    }

    int response(int examinee, int item) {
        return responses[examinee * items + item];
    }

    /**
     * Starting values: slopes 1 (1/√m for an item on m factors with free slopes), intercepts from the observed proportions
     * (logits of P(X ≥ k) for graded, of adjacent-category ratios for partial credit), g = 0.2, u = 0.95,
     * R = I.
     */
    MultidimensionalBank start() {
        List<MultidimensionalItem> list = new ArrayList<>();
        for (int j = 0; j < items; j++) {
            int k = categories[j];
            double[] counts = new double[k];
            for (int p = 0; p < examinees; p++) {
                int x = response(p, j);
                if (x >= 0) {
                    counts[x]++;
                }
            }
            double total = 0;
            for (double c : counts) {
                total += c;
            }
            double[] a = new double[dimensions];
            double slope = tied[j] || fixedSlope(types[j]) ? 1 : 1 / Math.sqrt(loadings[j].length);
            for (int f : loadings[j]) {
                a[f] = slope;
            }
            double[] d = new double[k - 1];
            double g = 0;
            double u = 1;
            switch (types[j]) {
                case RASCH, ONE_PL, TWO_PL, THREE_PL, FOUR_PL -> {
                    g = types[j] == ModelType.THREE_PL || types[j] == ModelType.FOUR_PL ? 0.2 : 0;
                    u = types[j] == ModelType.FOUR_PL ? 0.95 : 1;
                    double p1 = counts[1] / total;
                    double inner = Math.min(0.99, Math.max(0.01, (p1 - g) / (u - g)));
                    d[0] = 1.7 * logit(inner);
                }
                case GRM -> {
                    double above = total;
                    for (int x = 1; x < k; x++) {
                        above -= counts[x - 1];
                        d[x - 1] = 1.7 * logit(above / total);
                    }
                }
                default -> {
                    for (int x = 1; x < k; x++) {
                        d[x - 1] = Math.log(counts[x] / counts[x - 1]);
                    }
                }
            }
            list.add(MultidimensionalItem.of(ids.get(j), types[j], a, loadings[j], d, g, u));
        }
        return MultidimensionalBank.of(factors, list, LatentNormal.independent(dimensions));
    }

    private static double logit(double p) {
        return Math.log(p) - Math.log1p(-p);
    }
}

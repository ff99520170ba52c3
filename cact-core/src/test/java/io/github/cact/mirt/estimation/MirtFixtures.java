package io.github.cact.mirt.estimation;

import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Generating banks for the estimation tests. */
final class MirtFixtures {

    private MirtFixtures() {
    }

    /**
     * Simple structure: {@code perFactor} 2PL items on each of {@code factors} factors, slopes uniform on
     * [0.8, 2.0], intercepts uniform on [−1.5, 1.5], every correlation {@code r}.
     */
    static MultidimensionalBank simpleStructure(int factors, int perFactor, double r, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            names.add("F" + (f + 1));
        }
        List<MultidimensionalItem> items = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            for (int i = 0; i < perFactor; i++) {
                double[] a = new double[factors];
                a[f] = 0.8 + 1.2 * random.nextDouble();
                items.add(MultidimensionalItem.of("F" + (f + 1) + "_" + (i + 1), ModelType.TWO_PL, a, new int[] {f},
                        new double[] {-1.5 + 3 * random.nextDouble()}, 0, 1));
            }
        }
        return MultidimensionalBank.of(names, items, LatentNormal.ofCorrelations(equicorrelated(factors, r)));
    }

    static double[][] equicorrelated(int d, double r) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m[i][j] = i == j ? 1 : r;
            }
        }
        return m;
    }

    /** The confirmatory model of a bank: each item on the factors it loads on, its own type. */
    static FactorModel modelOf(MultidimensionalBank bank) {
        FactorModel.Builder b = FactorModel.builder(ModelType.TWO_PL).factors(bank.factors());
        for (MultidimensionalItem item : bank.items()) {
            List<String> on = new ArrayList<>();
            for (int f : item.loadings()) {
                on.add(bank.factors().get(f));
            }
            b.item(item.id(), on).model(item.id(), item.type());
        }
        return b.build();
    }

    static Map<String, String> scales(MultidimensionalBank bank) {
        Map<String, String> m = new LinkedHashMap<>();
        for (MultidimensionalItem item : bank.items()) {
            m.put(item.id(), bank.factors().get(item.loadings()[0]));
        }
        return m;
    }
}

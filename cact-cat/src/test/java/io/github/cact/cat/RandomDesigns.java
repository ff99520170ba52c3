package io.github.cact.cat;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Random designs over small banks for the property tests, each drawn from one seed. */
final class RandomDesigns {

    private RandomDesigns() {
    }

    static SelectionRule selection(SplitMix random) {
        return switch (random.nextInt(6)) {
            case 0 -> SelectionRule.maximumInformation();
            case 1 -> SelectionRule.kullbackLeibler(3);
            case 2 -> SelectionRule.posteriorWeightedInformation();
            case 3 -> SelectionRule.aStratified(1 + random.nextInt(4));
            case 4 -> SelectionRule.random();
            default -> SelectionRule.switching(SelectionRule.kullbackLeibler(2), 1 + random.nextInt(3),
                    SelectionRule.maximumInformation());
        };
    }

    static ExposureControl exposure(SplitMix random, ItemBank bank) {
        return switch (random.nextInt(4)) {
            case 0 -> ExposureControl.none();
            case 1 -> ExposureControl.randomesque(1 + random.nextInt(5));
            case 2 -> {
                Map<String, Double> k = new TreeMap<>();
                for (String id : bank.ids()) {
                    k.put(id, random.nextDouble());
                }
                yield ExposureControl.sympsonHetter(k);
            }
            default -> ExposureControl.progressive(0.5 + random.nextDouble());
        };
    }

    /** Disjoint together sets of 2..3 items and enemy sets of 2..4 items that split no together set. */
    static ContentRules content(SplitMix random, ItemBank bank) {
        ContentRules.Builder b = ContentRules.builder()
                .order(random.nextInt(2) == 0 ? ScaleOrder.INTERLEAVED : ScaleOrder.SCALE_BY_SCALE);
        List<String> ids = bank.ids();
        Set<String> inSet = new HashSet<>();
        List<List<String>> together = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            List<String> set = new ArrayList<>();
            for (int k = 2 + random.nextInt(2); k > 0; k--) {
                String id = ids.get(random.nextInt(ids.size()));
                if (inSet.add(id)) {
                    set.add(id);
                }
            }
            if (set.size() >= 2) {
                together.add(set);
                b.together(set);
            }
        }
        for (int e = random.nextInt(5); e > 0; e--) {
            List<String> set = new ArrayList<>();
            for (int k = 2 + random.nextInt(3); k > 0; k--) {
                String id = ids.get(random.nextInt(ids.size()));
                if (!set.contains(id) && together.stream().noneMatch(g -> g.contains(id)
                        && set.stream().anyMatch(g::contains))) {
                    set.add(id);
                }
            }
            if (set.size() >= 2) {
                b.enemies(set);
            }
        }
        return b.build();
    }

    static StoppingRule stopping(SplitMix random) {
        int min = random.nextInt(3);
        StoppingRule.Builder b = StoppingRule.builder().itemsPerScale(min, min + 1 + random.nextInt(6));
        if (random.nextInt(2) == 0) {
            b.totalItems(0, 2 * min + 1 + random.nextInt(8));
        }
        if (random.nextInt(2) == 0) {
            b.standardError(0.4 + random.nextDouble());
        }
        return b.build();
    }

    static CatDesign design(long seed) {
        SplitMix random = new SplitMix(seed);
        ItemBank bank = Banks.gpcm(2, 12, seed);
        return CatDesign.builder(bank).selection(selection(random)).exposure(exposure(random, bank))
                .content(content(random, bank)).stopping(stopping(random))
                .estimator(AbilityEstimator.values()[random.nextInt(3)]).build();
    }
}

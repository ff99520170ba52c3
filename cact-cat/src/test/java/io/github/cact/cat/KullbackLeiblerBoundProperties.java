package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.scoring.Quadrature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The bound that lets Kullback–Leibler selection skip items changes no choice: against every item's index
 * computed the straightforward way ({@code KlTable.score}), every bound is at least the index, the scores
 * kept are equal to the bit, the items skipped score strictly below the k-th best, so the k best items and
 * their order are the same; and whole tests give the same items with the bound and without it. Banks mix partial credit, 2PL and Rasch
 * items (bounded) with 3PL and graded response items (always computed), with steep slopes and exact
 * duplicates (ties); θ̂ is drawn inside and outside the grid, δ from very narrow to wider than the grid.
 */
class KullbackLeiblerBoundProperties {

    @Property(tries = 60, seed = "20261130")
    void everyBoundIsAtLeastTheIndexTheSkippedItemsCannotBeAmongTheBestAndTheKeptScoresAreExact(@ForAll long seed) {
        SplitMix random = new SplitMix(seed);
        ItemBank bank = mixedBank(random, 60 + random.nextInt(200));
        Quadrature grid = random.nextInt(3) == 0 ? Quadrature.calibrationDefault() : Quadrature.scoringDefault();
        ItemTables tables = new ItemTables(bank, List.of("S"), grid);
        ItemSelector.KlTable kl = new ItemSelector.KlTable(tables);
        Workspace work = new Workspace(tables.size, tables.maxCategories);
        for (int round = 0; round < 20; round++) {
            int n = 0;
            double share = 0.2 + 0.8 * random.nextDouble();
            for (int i = 0; i < tables.size; i++) {
                if (random.nextDouble() < share) {
                    work.candidates[n++] = i;
                }
            }
            if (n == 0) {
                continue;
            }
            double theta = random.nextInt(10) == 0 ? -8 + 16 * random.nextDouble() : -4 + 8 * random.nextDouble();
            double delta = (0.01 + 4 * random.nextDouble()) / Math.sqrt(1 + random.nextInt(40));
            int keep = 1 + random.nextInt(Math.min(n, 6));
            double[] full = new double[n];
            kl.score(work.candidates, n, theta, delta, new double[tables.maxCategories], full);
            double[] best = new double[n];
            kl.scoreBest(work.candidates, n, theta, delta, keep, work, best);
            String where = "seed " + seed + ", round " + round + ", θ̂ " + theta + ", δ " + delta + ", keep " + keep;
            if (theta >= tables.nodes[0] && theta <= tables.nodes[tables.nodes.length - 1]) {
                double[] bound = new double[n];
                kl.bounds(work.candidates, n, theta, delta, bound);
                for (int c = 0; c < n; c++) {
                    assertTrue(bound[c] >= full[c], where + ": item " + c + " bound " + bound[c] + " < " + full[c]);
                }
            }
            int[] top = straightforwardTop(full, keep);
            assertArrayEquals(top, straightforwardTop(best, keep), where);
            double kth = full[top[keep - 1]];
            for (int c = 0; c < n; c++) {
                if (best[c] == Double.NEGATIVE_INFINITY) {
                    assertTrue(full[c] < kth, where + ": skipped item " + c + " scores " + full[c] + ", k-th " + kth);
                } else {
                    assertEquals(Double.doubleToLongBits(full[c]), Double.doubleToLongBits(best[c]),
                            where + ": item " + c);
                }
            }
        }
    }

    @Property(tries = 30, seed = "20261130")
    void wholeTestsGiveTheSameItemsWithAndWithoutTheBound(@ForAll long seed) {
        SplitMix random = new SplitMix(seed);
        ItemBank bank = mixedBank(random, 80 + random.nextInt(120));
        ExposureControl exposure = random.nextInt(2) == 0 ? ExposureControl.none()
                : ExposureControl.randomesque(1 + random.nextInt(4));
        CatDesign design = CatDesign.builder(bank).selection(SelectionRule.kullbackLeibler(0.5 + 3 * random.nextDouble()))
                .exposure(exposure).stopping(StoppingRule.fixedLength(12 + random.nextInt(10))).build();
        CatEngine bounded = CatEngine.of(design, true);
        CatEngine computed = CatEngine.of(design, false);
        for (int person = 0; person < 3; person++) {
            double[] theta = {-3 + 6 * random.nextDouble()};
            long sessionSeed = seed * 10 + person;
            assertEquals(Banks.run(computed, theta, sessionSeed).toJson(), Banks.run(bounded, theta, sessionSeed).toJson(),
                    "seed " + seed + ", person " + person);
        }
    }

    /**
     * One scale "S" of GPCM, PCM, 2PL, Rasch, 3PL and graded response items, slopes up to 4; one item in
     * ten a copy of an earlier one under another id, and about one in five after a partial credit item a
     * near twin of it (slope and steps moved by about 10⁻³), so that exact and near ties are common.
     */
    private static ItemBank mixedBank(SplitMix random, int size) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "I" + i;
            if (i > 0 && random.nextInt(10) == 0) {
                Item copy = items.get(random.nextInt(i));
                items.add(Item.of(id, copy.model(), "S"));
                continue;
            }
            if (i > 0 && random.nextInt(5) == 0 && items.get(i - 1).model() instanceof PartialCreditItem twin) {
                double[] nearSteps = twin.thresholds();
                for (int v = 0; v < nearSteps.length; v++) {
                    nearSteps[v] += 1e-3 * random.nextGaussian();
                }
                items.add(Item.ofIrt(id, ModelType.GPCM, twin.slope() * (1 + 1e-3 * random.nextGaussian()), nearSteps,
                        Double.NaN, Double.NaN, "S"));
                continue;
            }
            double a = random.nextInt(8) == 0 ? 2 + 2 * random.nextDouble() : Math.exp(0.4 * random.nextGaussian());
            double location = -3 + 6 * random.nextDouble();
            double[] steps = new double[1 + random.nextInt(5)];
            for (int v = 0; v < steps.length; v++) {
                steps[v] = location + 0.8 * (v - steps.length / 2.0) + 0.5 * random.nextGaussian();
            }
            double[] one = {location};
            double[] ordered = steps.clone();
            Arrays.sort(ordered);
            items.add(switch (random.nextInt(6)) {
                case 0 -> Item.ofIrt(id, ModelType.GPCM, a, steps, Double.NaN, Double.NaN, "S");
                case 1 -> Item.ofIrt(id, ModelType.PCM, Double.NaN, steps, Double.NaN, Double.NaN, "S");
                case 2 -> Item.ofIrt(id, ModelType.TWO_PL, a, one, Double.NaN, Double.NaN, "S");
                case 3 -> Item.ofIrt(id, ModelType.RASCH, Double.NaN, one, Double.NaN, Double.NaN, "S");
                case 4 -> Item.ofIrt(id, ModelType.THREE_PL, a, one, 0.05 + 0.2 * random.nextDouble(), Double.NaN, "S");
                default -> Item.ofIrt(id, ModelType.GRM, a, ordered, Double.NaN, Double.NaN, "S");
            });
        }
        return ItemBank.of(items);
    }

    /** The positions of the k largest scores by sorting: largest first, the lower position first on ties. */
    private static int[] straightforwardTop(double[] score, int k) {
        Integer[] order = new Integer[score.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
        int[] top = new int[k];
        for (int r = 0; r < k; r++) {
            top[r] = order[r];
        }
        return top;
    }
}

package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.scoring.Quadrature;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The table of first-item Kullback–Leibler scores changes nothing: with it and without it (every score
 * computed at the call), the scores are equal to the bit and whole tests give the same items, the same
 * items set aside by Sympson–Hetter and the same estimates, under every exposure control, with enemy and
 * together sets, on two scales and with a shifted prior.
 */
class KullbackLeiblerStartTableTest {

    @Test
    void theTabulatedScoresOfTheFirstItemEqualTheComputedOnesToTheBit() {
        CatDesign design = CatDesign.builder(Banks.gpcm(3, 400, 5)).selection(SelectionRule.kullbackLeibler(3))
                .quadrature(Quadrature.scoringDefault().withPrior(0.4, 1.3)).build();
        CatEngine engine = CatEngine.of(design);
        ItemTables tables = engine.tables;
        int scales = design.scales().size();
        int[] length = new int[scales];
        double[] startTheta = new double[scales];
        CatSession start = engine.start(1);
        for (int s = 0; s < scales; s++) {
            length[s] = Math.min(design.stopping().maxItems(design.scales().get(s)),
                    tables.scaleEnd[s] - tables.scaleStart[s]);
            startTheta[s] = start.scales[s].theta;
        }
        ItemSelector tabulated = new ItemSelector(design, tables, length, startTheta, true);
        ItemSelector computed = new ItemSelector(design, tables, length, startTheta, false);
        for (int s = 0; s < scales; s++) {
            double[] withTable = scores(tabulated, tables, s, start.scales[s]);
            double[] withoutTable = scores(computed, tables, s, start.scales[s]);
            assertArrayEquals(withoutTable, withTable, "scale " + s);
            assertTrue(Arrays.stream(withTable).allMatch(v -> v > 0), "scale " + s + ": every index is positive");
        }
    }

    @Test
    void wholeTestsGiveTheSameItemsWithAndWithoutTheTable() {
        int firstItems = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SplitMix random = new SplitMix(seed);
            CatDesign drawn = RandomDesigns.design(seed);
            SelectionRule selection = seed % 2 == 0 ? SelectionRule.kullbackLeibler(3)
                    : SelectionRule.switching(SelectionRule.kullbackLeibler(2), 1 + random.nextInt(3),
                            SelectionRule.maximumInformation());
            CatDesign.Builder builder = drawn.toBuilder().selection(selection);
            if (seed % 3 == 0) {
                builder.quadrature(Quadrature.scoringDefault().withPrior(-0.7, 1.2));
            }
            CatDesign design = builder.build();
            CatEngine tabulated = CatEngine.of(design, true);
            CatEngine computed = CatEngine.of(design, false);
            for (int person = 0; person < 8; person++) {
                double[] theta = {-2.5 + 5 * random.nextDouble(), -2.5 + 5 * random.nextDouble()};
                long sessionSeed = seed * 100 + person;
                CatSession a = Banks.run(tabulated, theta, sessionSeed);
                CatSession b = Banks.run(computed, theta, sessionSeed);
                assertEquals(b.toJson(), a.toJson(), "design " + seed + ", person " + person);
                firstItems += (int) Arrays.stream(a.scales).filter(st -> st.count > 0).count();
            }
        }
        assertTrue(firstItems > 60 * 8, "first items of both scales compared: " + firstItems);
    }

    /** The scores the selector gives every item of scale s in the given state, with no exposure control. */
    private static double[] scores(ItemSelector selector, ItemTables tables, int s, ScaleState state) {
        Workspace work = new Workspace(tables.size, tables.maxCategories);
        int n = tables.scaleEnd[s] - tables.scaleStart[s];
        for (int c = 0; c < n; c++) {
            work.candidates[c] = tables.scaleStart[s] + c;
        }
        selector.choose(s, state, n, work, new SplitMix(7));
        return Arrays.copyOf(work.score, n);
    }
}

package io.github.cact.cat.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.Response;
import io.github.cact.cat.Step;
import io.github.cact.cat.StoppingRule;
import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Exposure control bounds the largest exposure rate in simulations of 1000 examinees. */
class ExposureControlTest {

    private static final ItemBank BANK = bank(80, 13);
    private static final CatDesign DESIGN = CatDesign.builder(BANK).stopping(StoppingRule.fixedLength(10)).build();
    private static final int EXAMINEES = 1000;

    @Test
    void withoutControlTheFirstItemGoesToEverybody() {
        assertEquals(1.0, simulate(DESIGN, 1).maxRate());
    }

    @Test
    void sympsonHetterParametersKeepTheLargestRateAtTheTarget() {
        SympsonHetter.Result derived = SympsonHetter.derive(DESIGN, 0.25, 2000, 15, 3);
        assertTrue(derived.converged(), derived.toString());
        int fresh = 4000;
        ExposureStatistics st = ExposureStatistics.of(BANK,
                tests(DESIGN.toBuilder().exposure(derived.control()).build(), 2, fresh));
        // on examinees the derivation did not see, the largest of the 80 rates is within the Bonferroni bound
        assertTrue(st.maxRate() <= 0.25 + SympsonHetter.largestRateZ(80) * Math.sqrt(0.25 * 0.75 / fresh),
                st.toString());
        assertEquals(10.0, st.meanLength());
    }

    @Test
    void theConvergenceBoundIsTheBonferroniQuantileOfTheLargestRate() {
        // Φ⁻¹(1 − 0.05/80) = 3.2272 and Φ⁻¹(1 − 0.05/360) = 3.6352 (normal table); the Mills-ratio
        // approximation I·φ(z)/z = 0.05 lies slightly above
        assertEquals(3.2272, SympsonHetter.largestRateZ(80), 0.03);
        assertEquals(3.6352, SympsonHetter.largestRateZ(360), 0.03);
        // one rate: Φ⁻¹(0.95) = 1.6449; the Mills-ratio form is coarse for small z and lies above, at 1.744
        double one = SympsonHetter.largestRateZ(1);
        assertTrue(one >= 1.6449 && one <= 1.75, "z for one rate: " + one);
    }

    @Test
    void theDerivationIsTheSameWhateverTheThreadCount() throws Exception {
        SympsonHetter.Result one = new ForkJoinPool(1).submit(() -> SympsonHetter.derive(DESIGN, 0.3, 100, 3, 5)).get();
        SympsonHetter.Result three = new ForkJoinPool(3).submit(() -> SympsonHetter.derive(DESIGN, 0.3, 100, 3, 5))
                .get();
        assertEquals(one, three);
    }

    @Test
    void randomesqueDrawsTheFirstItemAmongTheFiveBest() {
        List<List<String>> tests = tests(DESIGN.toBuilder().exposure(ExposureControl.randomesque(5)).build(), 4);
        // each of the five best at θ = 0 is first with probability 1/5: the most common within three binomial
        // standard errors (Bonferroni over 5 items: P ≈ 0.7%)
        assertTrue(mostCommonFirstItem(tests) <= 0.2 + 3 * Math.sqrt(0.2 * 0.8 / EXAMINEES));
        assertEquals(5, tests.stream().map(t -> t.get(0)).distinct().count());
        assertTrue(ExposureStatistics.of(BANK, tests).maxRate() < 1.0);
    }

    @Test
    void theProgressiveMethodDrawsTheFirstItemAtRandom() {
        List<List<String>> tests = tests(DESIGN.toBuilder().exposure(ExposureControl.progressive(1)).build(), 4);
        // s = 0 for the first item: a uniform draw among 80 items, each first with probability 1/80; the most
        // common of the 80 within four binomial standard errors (Bonferroni over 80 items: P ≈ 0.25%)
        assertTrue(mostCommonFirstItem(tests) <= 1.0 / 80 + 4 * Math.sqrt(1.0 / 80 * 79 / 80 / EXAMINEES));
        assertTrue(tests.stream().map(t -> t.get(0)).distinct().count() >= 75, "expected about 80 distinct");
    }

    private static double mostCommonFirstItem(List<List<String>> tests) {
        java.util.Map<String, Long> first = tests.stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> t.get(0), java.util.stream.Collectors.counting()));
        return (double) java.util.Collections.max(first.values()) / tests.size();
    }

    private static ExposureStatistics simulate(CatDesign design, long seed) {
        return ExposureStatistics.of(BANK, tests(design, seed));
    }

    private static List<List<String>> tests(CatDesign design, long seed) {
        return tests(design, seed, EXAMINEES);
    }

    private static List<List<String>> tests(CatDesign design, long seed, int examinees) {
        CatEngine engine = CatEngine.of(design);
        List<List<String>> tests = new ArrayList<>();
        for (int e = 0; e < examinees; e++) {
            SplitMix random = new SplitMix(SplitMix.derive(seed, e));
            double theta = random.nextGaussian();
            CatSession session = engine.start(random.nextLong());
            for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
                Item item = step.item().orElseThrow();
                session = engine.answer(step.session(), random.nextDouble() < item.model().probability(1, theta) ? 1 : 0);
            }
            tests.add(session.responses().stream().map(Response::itemId).toList());
        }
        return tests;
    }

    private static ItemBank bank(int size, long seed) {
        SplitMix random = new SplitMix(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            items.add(Item.ofIrt("I" + i, ModelType.TWO_PL, 0.6 + 1.6 * random.nextDouble(),
                    new double[] {-2.5 + 5 * random.nextDouble()}, Double.NaN, Double.NaN, ""));
        }
        return ItemBank.of(items);
    }
}

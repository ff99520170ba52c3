package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The one-item look-ahead against enumeration: on a 7-node grid (θ = −3..3) with the cuts −1.5, −0.5, 0.5,
 * 1.5 (levels 1, 1, 2, 3, 4, 5, 5 at the nodes) and three 2PL items, the test computes the posterior after
 * the first answer, and for each remaining item i and answer x the joint probabilities
 * P(class c, x) = Σ_{q ∈ c} w_q P_i(x | θ_q), so G_i = Σ_x max_c P(c, x) − max_c P(c); the scale must stop
 * when the minimum gain is just above max_i G_i and go on when it is just below.
 */
class LookAheadTest {

    private static final Quadrature GRID = Quadrature.standardNormal(7, -3, 3);
    private static final double[][] ITEMS = {{1.6, 0.2}, {1.2, -0.6}, {0.9, 1.1}};
    private static final ItemBank BANK = ItemBank.of(item("I1", ITEMS[0]), item("I2", ITEMS[1]),
            item("I3", ITEMS[2]));
    private static final CutScores CUTS = CutScores.of("M1", -1.5, -0.5, 0.5, 1.5);

    @Test
    void theScaleStopsExactlyWhenNoItemGainsMoreThanTheMinimum() {
        for (int[] example : new int[][] {{0, 0}, {0, 1}, {3, 0}, {4, 1}}) {
            int standard = example[0];
            int first = example[1];
            String firstId = firstItem(standard, 0.01);
            double best = enumeratedBestGain(firstId, first, standard);
            assertTrue(best > 0.01 && best < 0.4, "an example where the look-ahead matters: " + best);
            CatEngine above = engine(standard, best * (1 + 1e-6), 1, 3);
            CatEngine below = engine(standard, best * (1 - 1e-6), 1, 3);
            CatSession a = above.answer(above.next(above.start(1)).session(), first);
            CatSession b = below.answer(below.next(below.start(1)).session(), first);
            assertTrue(above.next(a).finished(), "stops at gain " + best + ", standard " + standard);
            assertEquals(StopReason.CLASSIFIED, above.result(a).scale("M1").stopReason().orElseThrow());
            assertFalse(below.next(b).finished(), "goes on at gain " + best + ", standard " + standard);
            assertTrue(below.result(b).scale("M1").stopReason().isEmpty());
        }
    }

    @Test
    void theMinimumItemsComeFirstAndAScaleWithoutItemsLeftIsExhaustedNotClassified() {
        CatEngine engine = engine(0, 0.49, 2, 3);
        CatSession session = engine.answer(engine.next(engine.start(1)).session(), 1);
        assertFalse(engine.next(session).finished(), "the minimum of 2 items holds whatever the gain");
        CatEngine single = CatEngine.of(CatDesign.builder(ItemBank.of(item("I1", ITEMS[0]))).quadrature(GRID)
                .stopping(StoppingRule.builder().itemsPerScale(1, 5)
                        .classification(ClassificationStop.lookAhead(List.of(CUTS), 0.49)).build())
                .build());
        CatSession s = single.answer(single.next(single.start(1)).session(), 1);
        assertTrue(single.next(s).finished());
        assertEquals(StopReason.POOL_EXHAUSTED, single.result(s).scale("M1").stopReason().orElseThrow());
    }

    @Test
    void theSameSeedAndAnswersGiveTheSameTestAndARestoredSessionTheSameNextItem() {
        ItemBank bank = Banks.gpcm(2, 15, 7);
        List<CutScores> cuts = List.of(CutScores.of(bank.scales().get(0), -1.5, -0.5, 0.5, 1.5),
                CutScores.of(bank.scales().get(1), -1.5, -0.5, 0.5, 1.5));
        Map<String, Double> k = new TreeMap<>();
        SplitMix draws = new SplitMix(3);
        for (String id : bank.ids()) {
            k.put(id, 0.3 + 0.7 * draws.nextDouble());
        }
        CatDesign design = CatDesign.builder(bank).selection(SelectionRule.cutInformation())
                .exposure(ExposureControl.sympsonHetter(k))
                .content(ContentRules.builder().enemies(List.of(bank.ids().get(0), bank.ids().get(20))).build())
                .stopping(StoppingRule.builder().itemsPerScale(1, 8)
                        .classification(ClassificationStop.lookAhead(cuts, 0.02)).build())
                .build();
        for (long seed = 1; seed <= 20; seed++) {
            String once = run(CatEngine.of(design), seed, false);
            assertEquals(once, run(CatEngine.of(design), seed, false));
            assertEquals(once, run(CatEngine.of(design), seed, true));
        }
    }

    @Test
    void theMinimumGainMustBeAProbabilityBelowOneHalf() {
        for (double gain : new double[] {0, -0.1, 0.5, 1, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClassificationStop.lookAhead(List.of(CUTS), gain));
            assertTrue(e.getMessage().contains("got " + gain), e.getMessage());
        }
        ClassificationStop rule = ClassificationStop.lookAhead(List.of(CUTS), 0.01);
        assertEquals(ClassificationStop.Method.LOOK_AHEAD, rule.method());
        assertEquals(0.01, rule.minimumGain());
        assertTrue(Double.isNaN(rule.confidence()));
        assertFalse(rule.equals(ClassificationStop.lookAhead(List.of(CUTS), 0.02)));
    }

    /** The session's JSON after the test, answers drawn from the seed; with restore, via JSON at every step. */
    private static String run(CatEngine engine, long seed, boolean restore) {
        SplitMix answers = new SplitMix(seed * 31);
        CatSession session = engine.start(seed);
        for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
            session = step.session();
            if (restore) {
                session = engine.restore(session.toJson());
            }
            session = engine.answer(session, answers.nextInt(step.item().orElseThrow().model().categories()));
            if (restore) {
                session = engine.restore(session.toJson());
            }
        }
        return session.toJson();
    }

    private static String firstItem(int standard, double gain) {
        CatEngine engine = engine(standard, gain, 1, 3);
        return engine.next(engine.start(1)).item().orElseThrow().id();
    }

    /** max over the items other than the first of G_i, by enumeration over the nodes and answers. */
    private static double enumeratedBestGain(String firstId, int answer, int standard) {
        int first = Integer.parseInt(firstId.substring(1)) - 1;
        double[] w = new double[GRID.size()];
        double sum = 0;
        for (int q = 0; q < w.length; q++) {
            w[q] = GRID.weight(q) * p(ITEMS[first], GRID.node(q), answer);
            sum += w[q];
        }
        int classes = standard > 0 ? 2 : 5;
        double[] now = new double[classes];
        for (int q = 0; q < w.length; q++) {
            w[q] /= sum;
            now[classOf(GRID.node(q), standard)] += w[q];
        }
        double best = 0;
        for (int i = 0; i < ITEMS.length; i++) {
            if (i == first) {
                continue;
            }
            double after = 0;
            for (int x = 0; x <= 1; x++) {
                double[] joint = new double[classes];
                for (int q = 0; q < w.length; q++) {
                    joint[classOf(GRID.node(q), standard)] += w[q] * p(ITEMS[i], GRID.node(q), x);
                }
                after += max(joint);
            }
            best = Math.max(best, after - max(now));
        }
        return best;
    }

    /** The class of a node: its level − 1 by the cuts, or with a standard whether the level reaches it. */
    private static int classOf(double theta, int standard) {
        int level = 1;
        for (double c : CUTS.cuts()) {
            if (theta >= c) {
                level++;
            }
        }
        return standard > 0 ? (level >= standard ? 1 : 0) : level - 1;
    }

    /** The 2PL probability of answer x: 1 / (1 + e^{−a(θ − b)}) for x = 1. */
    private static double p(double[] ab, double theta, int x) {
        double correct = 1 / (1 + Math.exp(-ab[0] * (theta - ab[1])));
        return x == 1 ? correct : 1 - correct;
    }

    private static double max(double[] values) {
        double m = values[0];
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static CatEngine engine(int standard, double minimumGain, int min, int max) {
        ClassificationStop rule = ClassificationStop.lookAhead(List.of(CUTS), minimumGain);
        return CatEngine.of(CatDesign.builder(BANK).quadrature(GRID)
                .stopping(StoppingRule.builder().itemsPerScale(min, max)
                        .classification(standard > 0 ? rule.atStandard(Map.of("M1", standard)) : rule).build())
                .build());
    }

    private static Item item(String id, double[] ab) {
        return Item.ofIrt(id, ModelType.TWO_PL, ab[0], new double[] {ab[1]}, Double.NaN, Double.NaN, "M1");
    }
}

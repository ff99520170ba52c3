package io.github.cact.dependence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.calibration.CalibrationResult;
import io.github.cact.calibration.Calibrator;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.simulation.ResponseSimulator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Local dependence on simulated data (fixed seeds), with the bank calibrated on the data as in use (with the
 * generating parameters instead, sampling error in an item's marginal counts adds to every pair's X², whose
 * df assume fitted parameters): LD-free data give Q3 near −1/(n − 1) and no flag; a pair made dependent is
 * flagged, with the sign of the dependence.
 */
class LocalDependenceTest {

    private static final int ITEMS = 10;

    /**
     * Copies the last item's answer from the one before it (same = true) or takes its opposite, with the given probability, then
     * calibrates the bank on the data as a user would.
     */
    private static ResponseMatrix withDependentPair(ItemBank bank, long seed, double probability, boolean same) {
        ResponseMatrix clean = ResponseSimulator.of(bank, seed).simulate(2000).responses();
        SplittableRandom random = new SplittableRandom(seed + 1);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(bank.ids());
        int items = bank.size();
        for (int n = 0; n < clean.examinees(); n++) {
            int[] x = new int[items];
            for (int i = 0; i < items; i++) {
                x[i] = clean.response(n, i);
            }
            if (random.nextDouble() < probability) {
                x[items - 1] = same ? x[items - 2] : bank.model(items - 1).categories() - 1 - x[items - 2];
            }
            builder.add(clean.examineeId(n), x);
        }
        return builder.build();
    }

    private static ItemBank calibrated(ResponseMatrix responses, ModelType type) {
        CalibrationResult result = Calibrator.withDefaults().calibrate(responses, type);
        assertTrue(result.converged(), result::toString);
        return result.bank();
    }

    @Test
    void localIndependenceGivesQ3NearMinusOneOverNMinusOneAndNoFlag() {
        for (ModelType type : new ModelType[] {ModelType.TWO_PL, ModelType.GRM}) {
            ResponseMatrix responses = ResponseSimulator.of(ResponseSimulator.randomBank(type, ITEMS, 3, 51), 52)
                    .simulate(3000).responses();
            ItemBank bank = calibrated(responses, type);
            LocalDependenceResults results = LocalDependence.of(bank).analyze(responses);
            assertEquals(45, results.pairs().size());
            for (ItemPairDependence pair : results.pairs()) {
                assertFalse(pair.flag().flagged(), type + " " + pair);
                assertEquals(type == ModelType.GRM ? 4 : 1, pair.df());
            }
            // at ML θ the residuals of a pattern nearly sum to 0 (weighted by the slopes): E(Q3) ≈ −1/(n − 1)
            // (Yen 1993); the EAP, shrunk towards the prior mean, leaves them less negatively correlated
            Scores ml = Scorer.of(bank, ScoringOptions.of(ScoringMethod.ML)).score(responses);
            double meanMl = LocalDependence.of(bank).analyze(responses, ml).meanQ3().getAsDouble();
            assertEquals(-1.0 / (ITEMS - 1), meanMl, 0.015, type + " mean Q3 at ML");
            double meanEap = results.meanQ3().getAsDouble();
            assertTrue(meanEap > meanMl && meanEap < 0, type + " mean Q3 at EAP " + meanEap);
        }
    }

    @Test
    void anInjectedDependentPairIsFlaggedWithItsSign() {
        for (ModelType type : new ModelType[] {ModelType.TWO_PL, ModelType.GRM}) {
            // 20 items: in a short test a strongly dependent pair is absorbed into the calibrated trait itself
            ItemBank truth = ResponseSimulator.randomBank(type, 20, 3, 61);
            for (boolean same : new boolean[] {true, false}) {
                ResponseMatrix responses = withDependentPair(truth, 62, 0.6, same);
                LocalDependenceResults results = LocalDependence.of(calibrated(responses, type)).analyze(responses);
                ItemPairDependence pair = results.pair("I020", "I019").orElseThrow();
                String where = type + (same ? " copied " : " reversed ") + pair;
                if (same) {
                    assertEquals(DependenceFlag.Q3_AND_LD_CHI2, pair.flag(), where);
                    assertTrue(pair.q3().getAsDouble() > 0.2, where);
                    assertTrue(pair.ldChi2().getAsDouble() > 0 && pair.cramersV().getAsDouble() > 0, where);
                } else {
                    // a negative dependence: the LD χ² flags it with a negative sign; Q3 flags only an excess
                    assertEquals(DependenceFlag.LD_CHI2, pair.flag(), where);
                    assertTrue(pair.q3().getAsDouble() < results.meanQ3().getAsDouble(), where);
                    assertTrue(pair.ldChi2().getAsDouble() < 0 && pair.cramersV().getAsDouble() < 0, where);
                }
                assertTrue(pair.pValue().getAsDouble() < results.criticalP(), where);
                double largest = results.pairs().stream().mapToDouble(p -> Math.abs(p.ldChi2().getAsDouble())).max()
                        .orElseThrow();
                assertEquals(largest, Math.abs(pair.ldChi2().getAsDouble()), where);
                if (same) {
                    assertEquals(1, results.pairs().stream().filter(p -> p.flag().flagged()).count(), where);
                }
            }
        }
    }

    @Test
    void pairsWithTooFewCommonAnswersGiveAReason() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 3, 2, 71);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(bank.ids());
        SplittableRandom random = new SplittableRandom(72);
        for (int n = 0; n < 200; n++) {
            // item 3 is answered by the first 20 only
            builder.add("e" + n, random.nextInt(2), random.nextInt(2), n < 20 ? random.nextInt(2) : -1);
        }
        LocalDependenceResults results = LocalDependence.of(bank).analyze(builder.build());
        ItemPairDependence pair = results.pair("I001", "I003").orElseThrow();
        assertEquals(DependenceFlag.TOO_FEW_PAIRS, pair.flag());
        assertEquals(20, pair.pairs());
        assertEquals(OptionalDouble.empty(), pair.q3());
        assertEquals(OptionalDouble.empty(), pair.ldChi2());
        assertTrue(results.pair("I001", "I002").orElseThrow().flag().hasStatistics());
        assertEquals(200, results.pair("I002", "I001").orElseThrow().pairs());
        assertEquals(0.05, results.criticalP(), 1e-15);
        assertEquals(results.pair("I001", "I002").orElseThrow().q3(), results.meanQ3());
    }

    @Test
    void anItemEveryoneAnswersAlikeIsUnresolved() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 2, 2, 81);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(bank.ids());
        for (int n = 0; n < 50; n++) {
            builder.add("e" + n, n % 2, 1);
        }
        // every examinee has one of two θ, so item 2's residual takes two values; make them equal by giving one θ
        ResponseMatrix responses = builder.build();
        Scores same = Scorer.of(bank).score(ResponseMatrix.of(responses.examineeIds(), bank.ids(),
                new int[50][2]));
        ItemPairDependence pair = LocalDependence.of(bank).analyze(responses, same).pairs().get(0);
        assertEquals(DependenceFlag.UNRESOLVED, pair.flag());
        assertEquals(OptionalDouble.empty(), pair.cramersV());
    }

    @Test
    void goodmanKruskalGammaCountsConcordantAndDiscordantPairs() {
        // 2 × 2: (ad − bc)/(ad + bc)
        assertEquals((10.0 * 40 - 20 * 30) / (10.0 * 40 + 20 * 30),
                LocalDependence.gamma(new double[] {10, 20, 30, 40}, 2, 2), 1e-15);
        // 2 × 3 by hand: C = 1·(5 + 6) + 2·6 = 23, D = 2·4 + 3·(4 + 5) = 35
        assertEquals((23.0 - 35) / (23 + 35), LocalDependence.gamma(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), 1e-15);
        assertEquals(0, LocalDependence.gamma(new double[] {5, 0, 0, 0}, 2, 2));
    }

    @Test
    void byScaleOnlyPairsWithinAScaleAreAnalysed() {
        ItemBank bank = ItemBank.of(ResponseSimulator.randomBank(ModelType.GPCM, 8, 3, 91).items().stream()
                .map(item -> Item.of(item.id(), item.model(), item.id().compareTo("I005") < 0 ? "A" : "B")).toList());
        ResponseMatrix responses = ResponseSimulator.of(bank, 92).withMissingRate(0.05).simulate(500).responses();
        Map<String, LocalDependenceResults> byScale = LocalDependence.analyzeByScale(bank, responses,
                ScoringOptions.of(ScoringMethod.MAP), LocalDependenceOptions.defaults());
        assertEquals(List.of("A", "B"), List.copyOf(byScale.keySet()));
        for (String scale : byScale.keySet()) {
            ItemBank items = bank.forScale(scale);
            assertEquals(6, byScale.get(scale).pairs().size());
            assertEquals(LocalDependence.of(items).analyze(responses.selectItems(items.ids())), byScale.get(scale),
                    scale);
        }
    }

    @Test
    void badInputIsNamed() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 3, 2, 101);
        ResponseMatrix extra = ResponseMatrix.of(List.of("e1"), List.of("I001", "zz"), new int[][] {{1, 0}});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalDependence.of(bank).analyze(extra))
                .getMessage().contains("'zz'"));
        ResponseMatrix responses = ResponseMatrix.of(List.of("e1", "e2"), bank.ids(), new int[][] {{1, 0, 1}, {0, 0, 1}});
        Scores others = Scorer.of(bank).score(ResponseMatrix.of(List.of("e1"), bank.ids(), new int[][] {{1, 0, 1}}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalDependence.of(bank).analyze(responses, others))
                .getMessage().contains("examinees"));
        assertThrows(IllegalArgumentException.class, () -> new LocalDependenceOptions(1, 0.2, 0.2, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new LocalDependenceOptions(30, 0, 0.2, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new LocalDependenceOptions(30, 0.2, 2, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new LocalDependenceOptions(30, 0.2, 0.2, 1));
    }
}

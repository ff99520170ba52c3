package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.numerics.HighPrecision;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Item and model fit against brute-force enumeration of the 2^5 LSAT7 patterns. */
class FitTest {

    private static final Quadrature GRID = Quadrature.calibrationDefault();

    /** Marginal probability of each of the 32 patterns (bit i of the index = response to item i). */
    private static double[] patternProbabilities(ItemBank bank) {
        double[] prob = new double[32];
        for (int pattern = 0; pattern < 32; pattern++) {
            for (int q = 0; q < GRID.size(); q++) {
                double like = GRID.weight(q);
                for (int i = 0; i < 5; i++) {
                    like *= bank.model(i).probability((pattern >> i) & 1, GRID.node(q));
                }
                prob[pattern] += like;
            }
        }
        return prob;
    }

    private static double[] observedCounts(ResponseMatrix data) {
        double[] counts = new double[32];
        for (int n = 0; n < data.examinees(); n++) {
            int pattern = 0;
            for (int i = 0; i < 5; i++) {
                pattern |= data.response(n, i) << i;
            }
            counts[pattern]++;
        }
        return counts;
    }

    @Test
    void sx2EqualsTheDefinitionByEnumeration() {
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult result = Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL);
        double[] prob = patternProbabilities(result.bank());
        double[] counts = observedCounts(data);
        for (int i = 0; i < 5; i++) {
            double x2 = 0;
            for (int s = 1; s < 5; s++) {
                double groupP = 0;
                double groupN = 0;
                double endorseP = 0;
                double endorseN = 0;
                for (int pattern = 0; pattern < 32; pattern++) {
                    if (Integer.bitCount(pattern) != s) {
                        continue;
                    }
                    groupP += prob[pattern];
                    groupN += counts[pattern];
                    if ((pattern >> i & 1) == 1) {
                        endorseP += prob[pattern];
                        endorseN += counts[pattern];
                    }
                }
                double e1 = groupN * endorseP / groupP;
                double e0 = groupN - e1;
                x2 += (endorseN - e1) * (endorseN - e1) / e1
                        + (groupN - endorseN - e0) * (groupN - endorseN - e0) / e0;
            }
            ItemFit fit = result.itemFit().get(i);
            assertEquals("item" + (i + 1), fit.itemId());
            assertEquals(2, fit.df(), "4 score groups, 2 parameters");
            assertEquals(x2, fit.sx2().orElseThrow(), 1e-6 * x2);
            assertEquals(Math.exp(-x2 / 2), fit.pValue().orElseThrow(), 1e-9, "χ²_2 has P(χ² ≥ x) = e^(−x/2)");
            assertTrue(fit.infit().isEmpty(), "no infit for 2PL items");
        }
    }

    @Test
    void g2EqualsTheDefinitionByEnumeration() {
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult result = Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL);
        double[] prob = patternProbabilities(result.bank());
        double[] counts = observedCounts(data);
        double g2 = 0;
        for (int pattern = 0; pattern < 32; pattern++) {
            if (counts[pattern] > 0) {
                g2 += 2 * counts[pattern] * Math.log(counts[pattern] / (1000 * prob[pattern]));
            }
        }
        ModelFit fit = result.modelFit().orElseThrow();
        assertEquals(g2, fit.g2(), 1e-6);
        assertEquals(32 - 1 - 10, fit.df());
        assertEquals(HighPrecision.chiSquareUpperTail(g2, 21), fit.pValue(), 1e-9);
    }

    @Test
    void infitAndOutfitFlagAnItemMoreDiscriminatingThanRasch() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double a = i == 0 ? 3.0 : 1.0;
            items.add(Item.of("R" + i, DichotomousItem.twoPl(a, -1.5 + 3.0 * i / 19)));
        }
        ResponseMatrix data = ResponseSimulator.of(ItemBank.of(items), 11).simulate(2000).responses();
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder()
                .standardErrors(StandardErrorMethod.NONE).build()).calibrate(data, ModelType.RASCH);
        ItemFit steep = result.itemFit().get(0);
        // overfit: mean squares below 1, and S-X2 rejects the item
        assertTrue(steep.infit().orElseThrow() < 0.9, steep.toString());
        assertTrue(steep.outfit().orElseThrow() < 0.7, steep.toString());
        assertTrue(steep.pValue().orElseThrow() < 1e-3, steep.toString());
        for (int i = 1; i < 20; i++) {
            ItemFit fit = result.itemFit().get(i);
            assertTrue(fit.infit().orElseThrow() > steep.infit().orElseThrow(), fit.toString());
            assertTrue(fit.infit().orElseThrow() > 0.85 && fit.infit().orElseThrow() < 1.2, fit.toString());
        }
    }

    @Test
    void noG2ForLongTests() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 20, 2, 3);
        ResponseMatrix data = ResponseSimulator.of(truth, 4).simulate(500).responses();
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder()
                .standardErrors(StandardErrorMethod.NONE).build()).calibrate(data, ModelType.TWO_PL);
        assertTrue(result.modelFit().isEmpty());
        assertEquals(20, result.itemFit().size());
    }
}

package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The parameter ranges of {@link ItemModel}: the edges are accepted, anything beyond is refused by name. */
class ParameterRangeTest {

    private static String refused(Executable build) {
        return assertThrows(IllegalArgumentException.class, build).getMessage();
    }

    @Test
    void edgesOfTheRangesAreAccepted() {
        assertEquals(50, DichotomousItem.twoPl(50, 1).slope());
        assertEquals(-50, DichotomousItem.twoPl(1, 50).intercept());
        assertEquals(50, DichotomousItem.rasch(-50).intercept());
        assertEquals(0.0, DichotomousItem.threePl(1, 0, 0).guessing());
        assertEquals(1.0, DichotomousItem.fourPl(1, 0, 0.2, 1).upper());
        assertEquals(-50, GradedResponseItem.ofIrt(1, new double[] {-50, 50}).thresholds()[0]);
        assertEquals(50, PartialCreditItem.gpcm(1, new double[] {50, -50}).intercepts()[0]);
        assertEquals(-50, PartialCreditItem.pcmOfIrt(new double[] {-50, 50}).thresholds()[0]);
    }

    @Test
    void theHugeDifficultyOfTheBugReportIsRefusedNamingItemParameterValueAndRange() {
        String message = refused(() -> Item.ofIrt("Q7", ModelType.THREE_PL, 1, new double[] {-1e308}, 0.2, Double.NaN,
                ""));
        assertEquals("item 'Q7': difficulty b = -1.0E308 is outside the allowed range [-50.0, 50.0]", message);
    }

    @Test
    void slopesOutsideZeroToFiftyAreRefused() {
        for (double a : new double[] {0, -1, 50.000001, Double.NaN, Double.POSITIVE_INFINITY}) {
            String message = refused(() -> Item.ofIrt("s1", ModelType.TWO_PL, a, new double[] {0}, Double.NaN,
                    Double.NaN, ""));
            assertEquals("item 's1': slope a = " + a + " is outside the allowed range (0, 50.0]", message);
        }
        assertTrue(refused(() -> GradedResponseItem.of(-0.5, new double[] {1, 0})).startsWith("slope a = -0.5"));
        assertTrue(refused(() -> PartialCreditItem.gpcm(0, new double[] {1})).startsWith("slope a = 0.0"));
        assertTrue(refused(() -> Item.ofIrt("p", ModelType.PCM, 2, new double[] {0}, Double.NaN, Double.NaN, ""))
                .contains("pcm items have slope 1, got a = 2.0"));
        assertTrue(refused(() -> DichotomousItem.of(ModelType.RASCH, 0.5, 0, 0, 1))
                .contains("rasch items have slope 1, got a = 0.5"));
    }

    @Test
    void interceptsAndTheThresholdsTheyImplyMustBothBeInRange() {
        // b = 2 is fine on its own, but a = 50 makes d = −100
        assertEquals("item 'g1': intercept d = -100.0 with slope a = 50.0 (so difficulty b = −intercept d/a = 2.0):"
                + " both must be in the allowed range [-50.0, 50.0]",
                refused(() -> Item.ofIrt("g1", ModelType.TWO_PL, 50, new double[] {2}, Double.NaN, Double.NaN, "")));
        // d = 1 is fine on its own, but a = 0.01 makes b = −100
        assertTrue(refused(() -> DichotomousItem.of(ModelType.TWO_PL, 0.01, 1, 0, 1)).contains("b = −intercept d/a = -100.0"));
        assertTrue(refused(() -> GradedResponseItem.of(1, new double[] {60, 0})).startsWith("intercept d1 = 60.0"));
        assertTrue(refused(() -> GradedResponseItem.ofIrt(1, new double[] {0, 50.5}))
                .startsWith("threshold b2 = 50.5 is outside the allowed range [-50.0, 50.0]"));
        assertTrue(refused(() -> PartialCreditItem.gpcmOfIrt(2, new double[] {0, 30}))
                .startsWith("step intercept c2 = -60.0"));
        assertTrue(refused(() -> PartialCreditItem.pcm(new double[] {Double.NaN})).startsWith("step intercept c1 = NaN"));
        assertTrue(refused(() -> PartialCreditItem.pcmOfIrt(new double[] {Double.NEGATIVE_INFINITY}))
                .startsWith("step difficulty b1 = -Infinity"));
    }

    @Test
    void asymptotesOutsideTheirRangesAreRefused() {
        assertEquals("item 'c': lower asymptote g = 1.0 is outside the allowed range [0, 1)", refused(() -> Item.ofIrt(
                "c", ModelType.THREE_PL, 1, new double[] {0}, 1.0, Double.NaN, "")));
        assertTrue(refused(() -> DichotomousItem.threePl(1, 0, -0.1)).contains("g = -0.1"));
        assertTrue(refused(() -> DichotomousItem.threePl(1, 0, Double.NaN)).contains("g = NaN"));
        assertTrue(refused(() -> DichotomousItem.fourPl(1, 0, 0.3, 0.3))
                .contains("upper asymptote u = 0.3 is outside the allowed range (g, 1] = (0.3, 1]"));
        assertTrue(refused(() -> DichotomousItem.fourPl(1, 0, 0.1, 1.01)).contains("u = 1.01"));
    }

    @Test
    void logProbabilitiesStayFiniteFarOutside() {
        ItemModel[] models = {DichotomousItem.threePl(50, -1, 0), DichotomousItem.fourPl(50, 1, 0, 0.9),
            DichotomousItem.fourPl(50, 1, 0.1, 1), GradedResponseItem.of(50, new double[] {50, Math.nextDown(50.0)})};
        for (ItemModel model : models) {
            for (double theta : new double[] {-1000, -30, 30, 1000}) {
                double[] logP = new double[model.categories()];
                model.logProbabilities(theta, logP);
                for (double v : logP) {
                    assertTrue(v <= 0 && v > Double.NEGATIVE_INFINITY, () -> model + " at " + theta + ": " + v);
                }
            }
        }
    }
}

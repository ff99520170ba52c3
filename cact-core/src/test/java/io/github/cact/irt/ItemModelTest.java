package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ItemModelTest {

    private static void assertRefused(Executable build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void twoPlMatchesTheLogisticFormula() {
        DichotomousItem item = DichotomousItem.twoPl(1.5, 0.4);
        double theta = 1.1;
        double expected = 1 / (1 + Math.exp(-1.5 * (theta - 0.4)));
        assertEquals(expected, item.probability(1, theta), 1e-15);
        assertEquals(1.5 * 1.5 * expected * (1 - expected), item.information(theta), 1e-15);
        assertEquals(-0.6, item.intercept(), 1e-15);
    }

    @Test
    void threePlHasItsLowerAsymptote() {
        DichotomousItem item = DichotomousItem.threePl(1.2, 0, 0.2);
        assertEquals(0.2, item.probability(1, -60), 1e-12);
        assertEquals(0.6, item.probability(1, 0), 1e-15);
    }

    @Test
    void fourPlHasItsUpperAsymptote() {
        DichotomousItem item = DichotomousItem.fourPl(1.2, 0, 0.1, 0.9);
        assertEquals(0.9, item.probability(1, 60), 1e-12);
        assertEquals(0.5, item.probability(1, 0), 1e-15);
    }

    @Test
    void gradedResponseCategoriesAreDifferencesOfCumulativeCurves() {
        GradedResponseItem item = GradedResponseItem.ofIrt(1.3, new double[] {-1, 0.2, 1.5});
        double theta = 0.3;
        double[] star = {1, 0, 0, 0, 0};
        double[] b = {-1, 0.2, 1.5};
        for (int k = 0; k < 3; k++) {
            star[k + 1] = 1 / (1 + Math.exp(-1.3 * (theta - b[k])));
        }
        double[] p = new double[4];
        item.probabilities(theta, p);
        for (int k = 0; k < 4; k++) {
            assertEquals(star[k] - star[k + 1], p[k], 1e-14);
        }
    }

    @Test
    void partialCreditMatchesTheDivideByTotalFormula() {
        PartialCreditItem item = PartialCreditItem.gpcmOfIrt(0.8, new double[] {-0.5, 1.0});
        double theta = 0.7;
        double z1 = 0.8 * (theta + 0.5);
        double z2 = z1 + 0.8 * (theta - 1.0);
        double total = 1 + Math.exp(z1) + Math.exp(z2);
        double[] p = new double[3];
        item.probabilities(theta, p);
        assertArrayEquals(new double[] {1 / total, Math.exp(z1) / total, Math.exp(z2) / total}, p, 1e-15);
        assertEquals(ModelType.PCM, PartialCreditItem.pcmOfIrt(new double[] {0.1}).type());
    }

    @Test
    void logProbabilitiesStayFiniteFarInTheTails() {
        double[] out = new double[4];
        GradedResponseItem.ofIrt(2, new double[] {-1, 0, 1}).logProbabilities(40, out);
        for (double v : out) {
            assertTrue(Double.isFinite(v), java.util.Arrays.toString(out));
        }
        DichotomousItem.twoPl(3, 0).logProbabilities(-300, out);
        assertTrue(Double.isFinite(out[1]) && out[1] < -800, String.valueOf(out[1]));
    }

    @Test
    void nonPositiveSlopeIsRefused() {
        assertRefused(() -> DichotomousItem.twoPl(0, 1), "slope a", "0.0");
        assertRefused(() -> DichotomousItem.twoPl(-1.2, 1), "slope a", "-1.2");
        assertRefused(() -> GradedResponseItem.ofIrt(-1, new double[] {0, 1}), "slope a");
        assertRefused(() -> PartialCreditItem.gpcmOfIrt(0, new double[] {0}), "slope a");
    }

    @Test
    void asymptotesOutOfRangeAreRefused() {
        assertRefused(() -> DichotomousItem.threePl(1, 0, 1.0), "lower asymptote g", "1.0");
        assertRefused(() -> DichotomousItem.threePl(1, 0, -0.1), "lower asymptote g", "-0.1");
        assertRefused(() -> DichotomousItem.fourPl(1, 0, 0.3, 0.2), "upper asymptote u", "0.2");
        assertRefused(() -> DichotomousItem.of(ModelType.TWO_PL, 1, 0, 0.2, 1), "2pl", "g = 0.2");
    }

    @Test
    void unorderedGradedThresholdsAreRefused() {
        assertRefused(() -> GradedResponseItem.ofIrt(1, new double[] {0.5, 0.5}), "strictly increasing", "b1", "b2");
        assertRefused(() -> GradedResponseItem.ofIrt(1, new double[] {-1, 1, 0}), "strictly increasing", "b3");
    }

    @Test
    void nanIsRefused() {
        assertRefused(() -> DichotomousItem.twoPl(Double.NaN, 0), "slope a", "NaN");
        assertRefused(() -> DichotomousItem.twoPl(1, Double.NaN), "difficulty b", "NaN");
        assertRefused(() -> GradedResponseItem.ofIrt(1, new double[] {0, Double.NaN}), "threshold b2", "NaN");
        assertRefused(() -> PartialCreditItem.pcmOfIrt(new double[] {Double.POSITIVE_INFINITY}), "step difficulty b1");
        assertRefused(() -> DichotomousItem.threePl(1, 0, Double.NaN), "lower asymptote g", "NaN");
    }

    @Test
    void raschAndPcmSlopesAreOne() {
        assertRefused(() -> DichotomousItem.ofIrt(ModelType.RASCH, 1.3, 0, 0, 1), "rasch", "1.3");
        assertRefused(() -> ItemModel.ofIrt(ModelType.PCM, 0.7, new double[] {0}, Double.NaN, Double.NaN), "pcm", "0.7");
        assertEquals(1.0, ItemModel.ofIrt(ModelType.RASCH, Double.NaN, new double[] {0.2}, Double.NaN, Double.NaN).slope());
    }

    @Test
    void errorsNameTheItem() {
        assertRefused(() -> Item.ofIrt("Q17", ModelType.TWO_PL, -1, new double[] {0}, Double.NaN, Double.NaN, ""),
                "item 'Q17'", "slope a");
        assertRefused(() -> Item.ofIrt("Q18", ModelType.TWO_PL, 1, new double[] {0, 1}, Double.NaN, Double.NaN, ""),
                "item 'Q18'", "one threshold");
        assertRefused(() -> Item.of(" ", DichotomousItem.rasch(0)), "empty");
    }

    @Test
    void equalityIsByModelAndParameters() {
        new EqualsTester()
                .addEqualityGroup(DichotomousItem.twoPl(1.2, 0.5), DichotomousItem.twoPl(1.2, 0.5))
                .addEqualityGroup(DichotomousItem.ofIrt(ModelType.ONE_PL, 1.2, 0.5, 0, 1))
                .addEqualityGroup(DichotomousItem.threePl(1.2, 0.5, 0.1))
                .addEqualityGroup(DichotomousItem.fourPl(1.2, 0.5, 0.1, 0.9))
                .addEqualityGroup(GradedResponseItem.ofIrt(1.2, new double[] {0.5, 1}),
                        GradedResponseItem.ofIrt(1.2, new double[] {0.5, 1}))
                .addEqualityGroup(PartialCreditItem.gpcmOfIrt(1.2, new double[] {0.5, 1}))
                .addEqualityGroup(PartialCreditItem.pcmOfIrt(new double[] {0.5, 1}))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Item.of("Q1", DichotomousItem.rasch(0), "M1"), Item.of("Q1", DichotomousItem.rasch(0), "M1"))
                .addEqualityGroup(Item.of("Q1", DichotomousItem.rasch(0)))
                .addEqualityGroup(Item.of("Q2", DichotomousItem.rasch(0), "M1"))
                .testEquals();
    }

    @Test
    void publicApiRejectsNulls() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(ModelType.class, ModelType.TWO_PL);
        tester.setDefault(ItemModel.class, DichotomousItem.rasch(0));
        tester.setDefault(double[].class, new double[] {0.0});
        tester.testAllPublicStaticMethods(ModelType.class);
        tester.testAllPublicStaticMethods(DichotomousItem.class);
        tester.testAllPublicStaticMethods(GradedResponseItem.class);
        tester.testAllPublicStaticMethods(PartialCreditItem.class);
        tester.testAllPublicStaticMethods(Item.class);
        NullPointerTester instances = new NullPointerTester();
        instances.setDefault(double[].class, new double[4]);
        instances.testAllPublicInstanceMethods(DichotomousItem.twoPl(1, 0));
        instances.testAllPublicInstanceMethods(GradedResponseItem.ofIrt(1, new double[] {0, 1, 2}));
        instances.testAllPublicInstanceMethods(PartialCreditItem.gpcmOfIrt(1, new double[] {0, 1, 2}));
    }
}

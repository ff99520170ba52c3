package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.scoring.DiscreteDistribution;
import org.junit.jupiter.api.Test;

class AxisAndWeightsTest {

    @Test
    void defaultBandsHaveInclusiveLowerBoundsAt61And81() {
        AxisBands bands = AxisBands.standard();
        assertEquals(AxisLevel.LOW, bands.level(0));
        assertEquals(AxisLevel.LOW, bands.level(Math.nextDown(61.0)));
        assertEquals(AxisLevel.MIDDLE, bands.level(61));
        assertEquals(AxisLevel.MIDDLE, bands.level(Math.nextDown(81.0)));
        assertEquals(AxisLevel.HIGH, bands.level(81));
        assertEquals(AxisLevel.HIGH, bands.level(100));
    }

    @Test
    void otherAgencyBands() {
        AxisBands bands = AxisBands.of(70, 90);
        assertEquals(AxisLevel.LOW, bands.level(69.99));
        assertEquals(AxisLevel.MIDDLE, bands.level(70));
        assertEquals(AxisLevel.HIGH, bands.level(90));
    }

    @Test
    void badBandsAreRefusedWithBothValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisBands.of(80, 60));
        assertTrue(e.getMessage().contains("middleFrom = 80.0") && e.getMessage().contains("highFrom = 60.0"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AxisBands.of(0, 50));
        assertThrows(IllegalArgumentException.class, () -> AxisBands.of(50, 101));
        assertThrows(IllegalArgumentException.class, () -> AxisBands.of(Double.NaN, 50));
    }

    @Test
    void potentialCompositionFollowsKepka411() {
        PotentialWeights w = PotentialWeights.kepkaBkn411of2025();
        assertEquals(0.40, w.competencyJpm());
        assertEquals(0.25, w.potentialJpm());
        assertEquals(0.20, w.qualification());
        assertEquals(0.15, w.integrity());
        // 0.40 * 90 + 0.25 * 80 + 0.20 * 70 + 0.15 * 60 = 36 + 20 + 14 + 9
        assertEquals(79, w.score(90, 80, 70, 60), 1e-12);
        // a JPM surplus counts as 100: 0.40 * 100 + 0.25 * 100 + 0.20 * 50 + 0.15 * 50
        assertEquals(82.5, w.score(125, 110, 50, 50), 1e-12);
    }

    @Test
    void talentScoreIsHalfPerformanceHalfPotential() {
        assertEquals(70, TalentWeights.kepkaBkn411of2025().score(80, 60), 1e-12);
        assertEquals(66, TalentWeights.of(0.3, 0.7).score(80, 60), 1e-12);
        assertEquals(0.6 * 80 + 0.4 * 50, PerformanceWeights.kepkaBkn411of2025().score(80, 50), 1e-12);
        assertEquals(71, PerformanceWeights.of(0.7, 0.3).score(80, 50), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PerformanceWeights.of(0.7, 0.4));
        assertThrows(IllegalArgumentException.class, () -> PerformanceWeights.of(Double.NaN, 1));
    }

    @Test
    void weightsMustBeInRangeAndSumToOne() {
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
                () -> PotentialWeights.of(0.4, 0.4, 0.2, 0.2));
        assertTrue(sum.getMessage().contains("sum to"), sum.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TalentWeights.of(Double.NaN, 0.5));
        assertTrue(nan.getMessage().contains("performance = NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TalentWeights.of(1.5, -0.5));
    }

    @Test
    void distributionValidation() {
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {60, 80}, new double[] {0.25, 0.75});
        assertEquals(75, d.mean(), 1e-12);
        assertEquals(2, d.size());
        assertEquals(0.75, d.probability(1));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {60, Double.NaN}, new double[] {0.5, 0.5}));
        assertTrue(nan.getMessage().contains("values[1] is NaN"), nan.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {60, 70}, new double[] {1.5, -0.5}));
        assertTrue(negative.getMessage().contains("probabilities[0]"), negative.getMessage());
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {60, 70}, new double[] {0.5, 0.4}));
        assertTrue(sum.getMessage().contains("sum to"), sum.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {60}, new double[] {0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> DiscreteDistribution.of(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> DiscreteDistribution.pointMass(Double.POSITIVE_INFINITY));
    }

    @Test
    void distributionCopiesItsArrays() {
        double[] values = {60, 80};
        double[] probabilities = {0.5, 0.5};
        DiscreteDistribution d = DiscreteDistribution.of(values, probabilities);
        values[0] = 0;
        probabilities[0] = 0;
        assertEquals(60, d.value(0));
        assertEquals(0.5, d.probability(0));
    }
}

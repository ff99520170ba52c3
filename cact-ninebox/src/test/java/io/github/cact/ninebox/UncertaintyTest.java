package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.scoring.DiscreteDistribution;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

    private static final double EPS = 1e-12;
    private final NineBox nineBox = NineBox.of(NineBoxConfig.defaults());

    @Test
    void competencyJpmDistributionGivesBoxProbabilities() {
        // potential = 0.40 * c + 0.25 * 80 + 0.20 * 70 + 0.15 * 60 = 0.40 * c + 43
        // c = 60 (p 0.3): 67 -> MIDDLE; c = 100 (p 0.7): 83 -> HIGH; performance BAIK -> MIDDLE
        BoxResult g = nineBox.place(PersonInput.builder("P1").predicate(PerformancePredicate.BAIK)
                .potentialComponents(DiscreteDistribution.of(new double[] {60, 100}, new double[] {0.3, 0.7}),
                        DiscreteDistribution.pointMass(80), 70, 60).build()).result().orElseThrow();
        assertEquals(0.3, g.boxProbability(5), EPS);
        assertEquals(0.7, g.boxProbability(8), EPS);
        assertEquals(8, g.box());
        assertEquals(0.3, g.potentialLevelProbability(AxisLevel.MIDDLE), EPS);
        assertEquals(1.0, g.performanceLevelProbability(AxisLevel.MIDDLE), EPS);
        assertEquals(0.3 * 67 + 0.7 * 83, g.potentialScore(), EPS);
        assertEquals(0.5 * 80 + 0.5 * (0.3 * 67 + 0.7 * 83), g.talentScore(), EPS);
        assertTrue(g.uncertain());
        assertTrue(g.nearBoundary(), "0.7 is below the default threshold 0.8");
    }

    @Test
    void bothJpmDistributionsCombine() {
        // potential = 0.40 * c + 0.25 * p + 43 - 0.25 * 80 = 0.40 c + 0.25 p + 23
        // (c, p): (60, 40) 57 LOW, (60, 100) 72 MIDDLE, (100, 40) 73 MIDDLE, (100, 100) 88 HIGH
        BoxResult g = nineBox.place(PersonInput.builder("P1").predicate(PerformancePredicate.SANGAT_BAIK)
                .potentialComponents(DiscreteDistribution.of(new double[] {60, 100}, new double[] {0.5, 0.5}),
                        DiscreteDistribution.of(new double[] {40, 100}, new double[] {0.2, 0.8}), 70, 60)
                .build()).result().orElseThrow();
        assertEquals(0.5 * 0.2, g.boxProbability(4), EPS);
        assertEquals(0.5 * 0.8 + 0.5 * 0.2, g.boxProbability(7), EPS);
        assertEquals(0.5 * 0.8, g.boxProbability(9), EPS);
        assertEquals(7, g.box());
    }

    @Test
    void performanceDistributionCombinesWithPotential() {
        BoxResult g = nineBox.place(PersonInput.builder("P1")
                .performanceScore(DiscreteDistribution.of(new double[] {50, 70, 90}, new double[] {0.2, 0.5, 0.3}))
                .potentialScore(85).build()).result().orElseThrow();
        assertEquals(0.2, g.boxProbability(6), EPS);
        assertEquals(0.5, g.boxProbability(8), EPS);
        assertEquals(0.3, g.boxProbability(9), EPS);
        double sum = 0;
        for (int box = 1; box <= 9; box++) {
            sum += g.boxProbability(box);
        }
        assertEquals(1, sum, EPS);
        assertEquals(8, g.box());
        assertEquals(0.2 * 50 + 0.5 * 70 + 0.3 * 90, g.performanceScore(), EPS);
    }

    @Test
    void tiesGoToTheLowerLevel() {
        BoxResult g = nineBox.place(PersonInput.builder("P1")
                .performanceScore(DiscreteDistribution.of(new double[] {50, 90}, new double[] {0.5, 0.5}))
                .potentialScore(85).build()).result().orElseThrow();
        assertEquals(AxisLevel.LOW, g.performanceLevel());
        assertEquals(6, g.box());
        assertEquals(0.5, g.boxProbability(9), EPS);
    }

    @Test
    void thresholdIsConfigurable() {
        PersonInput input = PersonInput.builder("P1")
                .performanceScore(DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.6, 0.4}))
                .potentialScore(85).build();
        assertTrue(nineBox.place(input).result().orElseThrow().nearBoundary());
        NineBoxConfig lenient = NineBoxConfig.builder("lenient", "1").nearBoundaryThreshold(0.6).build();
        assertFalse(NineBox.of(lenient).place(input).result().orElseThrow().nearBoundary(),
                "0.6 is not below 0.6");
    }

    @Test
    void aDistributionWithOneValueIsTheSameAsTheValue() {
        PersonInput exact = PersonInput.builder("P1").performanceScore(72).potentialScore(64).build();
        PersonInput pointMass = PersonInput.builder("P1").performanceScore(DiscreteDistribution.pointMass(72))
                .potentialScore(64).build();
        assertEquals(nineBox.place(exact), nineBox.place(pointMass));
        assertFalse(nineBox.place(pointMass).result().orElseThrow().uncertain());
    }
}

package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CutScoresTest {

    private static final CutScores CUTS = CutScores.of("M1", -2, -1, 1, 2);

    @Test
    void levelsFollowTheCutsAndACutBelongsToTheUpperLevel() {
        assertEquals(1, CUTS.level(Double.NEGATIVE_INFINITY));
        assertEquals(1, CUTS.level(-2.0000001));
        assertEquals(2, CUTS.level(-2));
        assertEquals(2, CUTS.level(-1.5));
        assertEquals(3, CUTS.level(-1));
        assertEquals(3, CUTS.level(0.999));
        assertEquals(4, CUTS.level(1));
        assertEquals(5, CUTS.level(2));
        assertEquals(5, CUTS.level(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> CUTS.level(Double.NaN));
    }

    @Test
    void cutsNotIncreasingAreRefusedNamingCompetencyAndCut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CutScores.of("M3", -1, 0, 0, 1));
        assertTrue(e.getMessage().contains("'M3'") && e.getMessage().contains("cut 3 = 0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CutScores.of("M4", -1, 0, 2, 1));
        assertTrue(e.getMessage().contains("'M4'") && e.getMessage().contains("cut 4 = 1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CutScores.of("M5", -1, Double.NaN, 1, 2));
        assertTrue(e.getMessage().contains("'M5'") && e.getMessage().contains("cut 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CutScores.of("M6", -1, 0, 1));
        assertTrue(e.getMessage().contains("'M6'") && e.getMessage().contains("got 3"), e.getMessage());
    }

    @Test
    void posteriorLevelProbabilitiesSumTheWeightsBetweenCuts() {
        double[] nodes = {-3, -2, -1.5, -1, 0, 1, 1.5, 2, 3};
        double[] weights = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        // level 1: {-3}; 2: {-2, -1.5}; 3: {-1, 0}; 4: {1, 1.5}; 5: {2, 3}; total 45
        double[] expected = {1 / 45.0, 5 / 45.0, 9 / 45.0, 13 / 45.0, 17 / 45.0};
        assertArrayEquals(expected, CUTS.levelProbabilities(nodes, weights).toArray(), 1e-15);
    }

    @Test
    void posteriorErrorsNameTheCompetencyAndTheIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CUTS.levelProbabilities(new double[] {0, 1}, new double[] {1, -1}));
        assertTrue(e.getMessage().contains("'M1'") && e.getMessage().contains("weight 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CUTS.levelProbabilities(new double[] {0, 1}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> CUTS.levelProbabilities(new double[] {0, 1}, new double[] {1}));
    }

    @Test
    void normalApproximationMatchesTheNormalTable() {
        // Φ(1) = 0.8413447460685429, Φ(2) = 0.9772498680518208 (standard normal table, 16 digits)
        double phi1 = 0.8413447460685429;
        double phi2 = 0.9772498680518208;
        double[] expected = {1 - phi2, phi2 - phi1, 2 * phi1 - 1, phi2 - phi1, 1 - phi2};
        assertArrayEquals(expected, CUTS.levelProbabilities(0, 1).toArray(), 1e-12);
        // θ̂ = 1, SE = 0.5: z = (c − 1)/0.5 = −6, −4, 0, 2
        double[] shifted = CUTS.levelProbabilities(1, 0.5).toArray();
        assertEquals(0.5 - 0.0000316712418331, shifted[2], 1e-12); // Φ(0) − Φ(−4), Φ(−4) = 3.16712418331e-5
        assertEquals(phi2 - 0.5, shifted[3], 1e-12);
    }

    @Test
    void zeroErrorOrInfiniteThetaIsCertain() {
        assertEquals(LevelDistribution.certain(3), CUTS.levelProbabilities(0.3, 0));
        assertEquals(LevelDistribution.certain(5), CUTS.levelProbabilities(Double.POSITIVE_INFINITY, 0.8));
        assertEquals(LevelDistribution.certain(1), CUTS.levelProbabilities(Double.NEGATIVE_INFINITY, 0.8));
        assertThrows(IllegalArgumentException.class, () -> CUTS.levelProbabilities(0, -1));
        assertThrows(IllegalArgumentException.class, () -> CUTS.levelProbabilities(Double.NaN, 1));
    }

    @Test
    void summedScoreCutsInvertTheTestCharacteristicCurve() {
        // TCC(θ) = 4 / (1 + e^(−θ)) has the inverse θ = ln(x / (4 − x))
        CutScores cuts = CutScores.fromSummedScores("M2", t -> 4 / (1 + Math.exp(-t)), 0.5, 1, 2, 3);
        double[] expected = {Math.log(0.5 / 3.5), Math.log(1 / 3.0), 0, Math.log(3)};
        assertArrayEquals(expected, cuts.cuts(), 1e-9);
        assertEquals("M2", cuts.competency());
    }

    @Test
    void summedScoreCutsOutsideTheCurveOrNotIncreasingAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CutScores.fromSummedScores("M2", t -> 4 / (1 + Math.exp(-t)), 0.5, 1, 2, 4));
        assertTrue(e.getMessage().contains("'M2'") && e.getMessage().contains("summed-score cut 4 = 4.0"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CutScores.fromSummedScores("M2", t -> 4 / (1 + Math.exp(-t)), 0.5, 2, 1, 3));
        assertTrue(e.getMessage().contains("summed-score cuts must increase, but cut 3 = 1.0"), e.getMessage());
    }
}

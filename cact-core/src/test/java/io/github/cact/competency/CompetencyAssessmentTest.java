package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyAssessmentTest {

    private static final CompetencyFramework F = CompetencyFramework.permenPanRb38();

    private static List<CutScores> cuts() {
        List<CutScores> list = new ArrayList<>();
        for (String code : F.codes()) {
            list.add(CutScores.of(code, -1.5, -0.5, 0.5, 1.5));
        }
        return list;
    }

    @Test
    void profileCarriesLevelsProbabilitiesGapAndJpm() {
        CompetencyAssessment assessment = CompetencyAssessment.of(F, cuts());
        Map<String, CompetencyEstimate> est = new LinkedHashMap<>();
        for (String code : F.codes()) {
            est.put(code, CompetencyEstimate.of(0.0, 0.0)); // level 3, known exactly
        }
        est.put("M1", CompetencyEstimate.of(0.5, 0.0)); // on the cut: level 4
        est.put("M2", CompetencyEstimate.withPosterior(-0.7, 0.4,
                new double[] {-1, -0.6, 0, 0.6}, new double[] {0.1, 0.5, 0.3, 0.1}));
        PersonProfile p = assessment.profile("P1", est, StandardProfile.common().standard("ADMINISTRATOR"));

        CompetencyResult m1 = p.competency("M1");
        assertEquals(4, m1.level());
        assertEquals(1, m1.gap());
        assertEquals(1.0, m1.probabilityAtOrAboveStandard());

        CompetencyResult m2 = p.competency("M2");
        assertEquals(2, m2.level()); // θ̂ = −0.7 lies in [−1.5, −0.5)
        assertEquals(-1, m2.gap()); // negative: below the standard
        assertEquals(0.6, m2.levels().probability(2), 1e-15); // nodes −1, −0.6
        assertEquals(0.4, m2.probabilityAtOrAboveStandard(), 1e-15); // nodes 0, 0.6
        assertEquals(0.4, m2.se());

        // point JPM: 4 + 2 + 7 × 3 = 27 of 27
        assertEquals(100.0, p.jpm().jpm(), 1e-12);
        // distribution: M1 4 + seven 3s = 25, M2 at 2 (.6), 3 (.3) or 4 (.1): sums 27, 28, 29
        assertEquals(100 * (.6 * 27 + .3 * 28 + .1 * 29) / 27, p.jpmDistribution().mean(), 1e-12);
        assertEquals(F.codes().size(), p.competencies().size());
        assertEquals("ADMINISTRATOR", p.position());
    }

    @Test
    void normalApproximationFeedsTheProbabilities() {
        CompetencyAssessment assessment = CompetencyAssessment.of(F, cuts(), JobPersonMatch.of(Capping.TOTAL));
        Map<String, CompetencyEstimate> est = new LinkedHashMap<>();
        for (String code : F.codes()) {
            est.put(code, CompetencyEstimate.of(0.5, 1.0));
        }
        PersonProfile p = assessment.profile("P1", est, StandardProfile.common().standard("ADMINISTRATOR"));
        // P(L ≥ 3) = P(θ ≥ −0.5) = 1 − Φ((−0.5 − 0.5)/1) = Φ(1) = 0.8413447460685429 (normal table)
        assertEquals(0.8413447460685429, p.competency("M3").probabilityAtOrAboveStandard(), 1e-12);
        assertEquals(Capping.TOTAL, p.jpm().capping());
        assertEquals(100.0, p.jpm().jpm());
    }

    @Test
    void missingCutScoresOrEstimatesAreNamed() {
        List<CutScores> partial = cuts();
        partial.remove(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompetencyAssessment.of(F, partial));
        assertTrue(e.getMessage().contains("'M4'"), e.getMessage());
        List<CutScores> extra = cuts();
        extra.add(CutScores.of("P1", 0, 1, 2, 3));
        e = assertThrows(IllegalArgumentException.class, () -> CompetencyAssessment.of(F, extra));
        assertTrue(e.getMessage().contains("'P1'"), e.getMessage());
        CompetencyAssessment a = CompetencyAssessment.of(F, cuts());
        Map<String, CompetencyEstimate> est = new LinkedHashMap<>();
        est.put("M1", CompetencyEstimate.of(0, 1));
        e = assertThrows(IllegalArgumentException.class,
                () -> a.profile("P1", est, StandardProfile.common().standard("PENGAWAS")));
        assertTrue(e.getMessage().contains("'M2'"), e.getMessage());
        assertEquals(-1.5, a.cutScores("M8").cut(1));
    }
}

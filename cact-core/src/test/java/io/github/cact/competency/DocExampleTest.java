package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example of docs/competency.md, kept compiling and true. */
class DocExampleTest {

    @Test
    void exampleOfTheGuide() {
        // --- begin example ---
        CompetencyFramework framework = CompetencyFramework.permenPanRb38();
        PositionStandard administrator = StandardProfile.common()
                .withLevel(StandardProfile.ADMINISTRATOR, "M1", 4)   // Integritas one level up
                .standard(StandardProfile.ADMINISTRATOR);

        // Levels already known (e.g. from BKN): point JPM and categories
        Map<String, Integer> levels = new LinkedHashMap<>();
        int[] given = {4, 3, 2, 3, 4, 2, 3, 3, 3};
        for (int i = 0; i < given.length; i++) {
            levels.put(framework.codes().get(i), given[i]);
        }
        JpmResult jpm = JobPersonMatch.defaults().evaluate(levels, administrator);
        // jpm.jpm() = 27/28 × 100 = 96.43, jpm.mapping() = OPTIMAL, jpm.filling() = MS

        // From θ estimates: levels, level probabilities, P(≥ standard), gap, JPM distribution
        List<CutScores> cuts = new ArrayList<>();
        for (String code : framework.codes()) {
            cuts.add(CutScores.of(code, -1.5, -0.5, 0.5, 1.5));
        }
        CompetencyAssessment assessment = CompetencyAssessment.of(framework, cuts);
        Map<String, CompetencyEstimate> estimates = new LinkedHashMap<>();
        for (String code : framework.codes()) {
            estimates.put(code, CompetencyEstimate.of(0.2, 0.35));      // θ̂ and SE from the scorer
        }
        PersonProfile profile = assessment.profile("199001012020011001", estimates, administrator);
        double pM1 = profile.competency("M1").probabilityAtOrAboveStandard();
        double expectedJpm = profile.jpmDistribution().mean();
        double pOptimal = MappingCategory.OPTIMAL.probability(profile.jpmDistribution());

        // How reliable are the M1 levels? Rudner's method with SE(θ) = 1/√TIF(θ)
        ClassificationIndices m1 = Classification.rudner(assessment.cutScores("M1"), theta -> 0.35).dMethod();
        // --- end example ---

        assertEquals(2700.0 / 28, jpm.jpm(), 1e-12);
        assertEquals("199001012020011001", profile.examineeId());
        assertEquals(MappingCategory.OPTIMAL, jpm.mapping());
        assertEquals(FillingCategory.MS, jpm.filling());
        assertEquals(3, profile.competency("M1").level());
        assertEquals(-1, profile.competency("M1").gap());
        // P(θ ≥ 0.5) under N(0.2, 0.35²) = 1 − Φ(0.857142...) ≈ 0.1957
        assertEquals(0.1957, pM1, 5e-4);
        // E[L] ≈ 2 × 0.0228 + 3 × 0.7815 + 4 × 0.1957 = 3.173 on each of 9 competencies: 28.56 of 28
        assertEquals(100 * 9 * profile.competency("M2").levels().expectedLevel() / 28, expectedJpm, 1e-9);
        assertEquals(102.0, expectedJpm, 0.1);
        assertEquals(1.0, pOptimal + MappingCategory.CUKUP_OPTIMAL.probability(profile.jpmDistribution())
                + MappingCategory.KURANG_OPTIMAL.probability(profile.jpmDistribution()), 1e-12);
        assertEquals(m1.accuracy(), m1.confusion(1, 1) + m1.confusion(2, 2) + m1.confusion(3, 3)
                + m1.confusion(4, 4) + m1.confusion(5, 5), 1e-12);
    }
}

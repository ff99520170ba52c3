package io.github.cact.competency;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.DiscreteDistribution;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Null checks on every public class and equality of the value types. */
class ApiContractTest {

    private static final CompetencyFramework F = CompetencyFramework.permenPanRb38();
    private static final CutScores CUTS = CutScores.of("M1", -1, 0, 1, 2);
    private static final PositionStandard STANDARD = PositionStandard.uniform("X", F, 3);
    private static final ItemBank BANK = ItemBank.of(Item.of("i", DichotomousItem.twoPl(1, 0), "M1"));

    private static NullPointerTester tester() {
        NullPointerTester t = new NullPointerTester();
        t.setDefault(CompetencyFramework.class, F);
        t.setDefault(CutScores.class, CUTS);
        t.setDefault(PositionStandard.class, STANDARD);
        t.setDefault(LevelDistribution.class, LevelDistribution.certain(3));
        t.setDefault(DiscreteDistribution.class, DiscreteDistribution.of(new double[] {90}, new double[] {1}));
        t.setDefault(JpmResult.class, new JpmResult("X", 27, 27, 100, Capping.NONE));
        t.setDefault(ItemBank.class, BANK);
        t.setDefault(StringReader.class, new StringReader("position,M1\n"));
        t.setDefault(String.class, "M1");
        t.setDefault(JobPersonMatch.class, JobPersonMatch.defaults());
        return t;
    }

    @Test
    void everyPublicStaticMethodRefusesNull() {
        NullPointerTester t = tester();
        for (Class<?> c : List.of(Competency.class, CompetencyFramework.class, CutScores.class,
                LevelDistribution.class, Bookmark.class, PositionStandard.class,
                StandardProfile.class, JobPersonMatch.class, DiscreteDistribution.class, CombinedJpm.class,
                CompetencyEstimate.class, CompetencyAssessment.class, Classification.class,
                FillingCategory.class, MappingCategory.class, Capping.class,
                JpmResult.class, CompetencyResult.class, PersonProfile.class)) {
            t.testAllPublicStaticMethods(c);
            t.testAllPublicConstructors(c);
        }
    }

    @Test
    void everyPublicInstanceMethodRefusesNull() {
        NullPointerTester t = tester();
        List<CutScores> cuts = F.codes().stream().map(code -> CutScores.of(code, -1, 0, 1, 2)).toList();
        Classification rudner = Classification.rudner(CUTS, x -> 0.5);
        for (Object o : List.of(Competency.of("M1", "a", "b"), F, CUTS, LevelDistribution.certain(2),
                Bookmark.of(BANK), STANDARD, StandardProfile.common(),
                JobPersonMatch.defaults(), DiscreteDistribution.of(new double[] {90}, new double[] {1}),
                CombinedJpm.of(Map.of("a", 1.0)), CompetencyEstimate.of(0, 1), CompetencyAssessment.of(F, cuts),
                rudner, rudner.dMethod(), new JpmResult("X", 27, 27, 100, Capping.NONE),
                new CompetencyResult("M1", 0, 1, 3, LevelDistribution.certain(3), 3))) {
            t.testAllPublicInstanceMethods(o);
        }
    }

    @Test
    void valueTypesHaveValueEquality() {
        new EqualsTester()
                .addEqualityGroup(Competency.of("M1", "Integritas", "Integrity"),
                        Competency.of("M1", " Integritas", "Integrity"))
                .addEqualityGroup(Competency.of("M2", "Integritas", "Integrity"))
                .addEqualityGroup(Competency.of("M1", "Integritas", "Honesty"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(F, CompetencyFramework.of("PermenPANRB 38/2017", F.competencies()))
                .addEqualityGroup(CompetencyFramework.of("other", F.competencies()))
                .addEqualityGroup(CompetencyFramework.potentialAspects())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(CUTS, CutScores.of("M1", -1, 0, 1, 2))
                .addEqualityGroup(CutScores.of("M2", -1, 0, 1, 2))
                .addEqualityGroup(CutScores.of("M1", -1, 0, 1, 2.5))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(LevelDistribution.certain(2), LevelDistribution.of(0, 1, 0, 0, 0))
                .addEqualityGroup(LevelDistribution.of(0, .5, .5, 0, 0))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(STANDARD, PositionStandard.uniform("X", F, 3))
                .addEqualityGroup(PositionStandard.uniform("Y", F, 3))
                .addEqualityGroup(STANDARD.withLevel("M1", 4))
                .addEqualityGroup(PositionStandard.uniform("X", CompetencyFramework.potentialAspects(), 3))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(StandardProfile.common(), StandardProfile.common())
                .addEqualityGroup(StandardProfile.common().withLevel("PELAKSANA", "M1", 2))
                .addEqualityGroup(StandardProfile.of("common", F, List.of(STANDARD)))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(DiscreteDistribution.of(new double[] {80, 90}, new double[] {.5, .5}),
                        DiscreteDistribution.of(new double[] {80, 90}, new double[] {.5, .5}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {80, 95}, new double[] {.5, .5}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {80, 90}, new double[] {.25, .75}))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(CombinedJpm.of(Map.of("a", 40.0, "b", 60.0)),
                        CombinedJpm.of(Map.of("b", 60.0, "a", 40.0)))
                .addEqualityGroup(CombinedJpm.of(Map.of("a", 50.0, "b", 50.0)))
                .testEquals();
        double[] nodes = {-1, 0, 1};
        new EqualsTester()
                .addEqualityGroup(CompetencyEstimate.of(0.5, 0.3), CompetencyEstimate.of(0.5, 0.3))
                .addEqualityGroup(CompetencyEstimate.of(0.5, 0.4))
                .addEqualityGroup(CompetencyEstimate.withPosterior(0.5, 0.3, nodes, new double[] {1, 2, 1}),
                        CompetencyEstimate.withPosterior(0.5, 0.3, nodes, new double[] {1, 2, 1}))
                .addEqualityGroup(CompetencyEstimate.withPosterior(0.5, 0.3, nodes, new double[] {1, 2, 2}))
                .testEquals();
        Classification rudner = Classification.rudner(CUTS, x -> 0.5);
        new EqualsTester()
                .addEqualityGroup(rudner.dMethod(), rudner.dMethod())
                .addEqualityGroup(rudner.pMethod(new double[] {0.3}))
                .addEqualityGroup(Classification.rudner(CutScores.of("M2", -1, 0, 1, 2), x -> 0.5).dMethod())
                .testEquals();
        CompetencyAssessment assessment = CompetencyAssessment.of(F,
                F.codes().stream().map(code -> CutScores.of(code, -1, 0, 1, 2)).toList());
        Map<String, CompetencyEstimate> estimates = new java.util.LinkedHashMap<>();
        for (String code : F.codes()) {
            estimates.put(code, CompetencyEstimate.of(0.3, 0.4));
        }
        Map<String, CompetencyEstimate> higher = new java.util.LinkedHashMap<>(estimates);
        higher.put("M1", CompetencyEstimate.of(1.3, 0.4));
        new EqualsTester()
                .addEqualityGroup(assessment.profile("A", estimates, STANDARD), assessment.profile("A", estimates, STANDARD))
                .addEqualityGroup(assessment.profile("B", estimates, STANDARD))
                .addEqualityGroup(assessment.profile("A", higher, STANDARD))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(new JpmResult("X", 26, 27, 2600.0 / 27, Capping.NONE),
                        new JpmResult("X", 26, 27, 2600.0 / 27, Capping.NONE))
                .addEqualityGroup(new JpmResult("X", 26, 27, 2600.0 / 27, Capping.TOTAL))
                .testEquals();
    }
}

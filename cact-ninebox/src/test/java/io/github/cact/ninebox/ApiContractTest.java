package io.github.cact.ninebox;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cact.scoring.DiscreteDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    @Test
    void publicMethodsRefuseNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Cell.class, Cell.of(AxisLevel.LOW, AxisLevel.LOW))
                .setDefault(DiscreteDistribution.class, DiscreteDistribution.pointMass(50))
                .setDefault(String.class, "x")
                .setDefault(NineBoxConfig.class, NineBoxConfig.defaults());
        for (Class<?> type : List.of(BoxNumbering.class, PredicateMatrix.class, AxisBands.class,
                PotentialWeights.class, TalentWeights.class, PerformanceWeights.class, DiscreteDistribution.class, NineBoxConfig.class,
                PersonInput.class, NineBox.class, Cell.class, AuditRecord.class, SkpRating.class,
                PerformancePredicate.class, AxisLevel.class, FollowUp.class)) {
            tester.testAllPublicStaticMethods(type);
        }
        Placement placement = NineBox.of(NineBoxConfig.defaults()).place(PersonInput.builder("P")
                .predicate(PerformancePredicate.BAIK).potentialScore(70).build());
        for (Object instance : List.of(BoxNumbering.asn(), PredicateMatrix.permenpanrb6of2022(), NineBoxConfig.defaults(),
                NineBoxConfig.builder("x", "1"), PersonInput.builder("P"), NineBox.of(NineBoxConfig.defaults()),
                Cell.of(AxisLevel.LOW, AxisLevel.HIGH), placement, placement.result().orElseThrow(),
                AxisLevel.HIGH, FollowUp.ROTASI)) {
            tester.testAllPublicInstanceMethods(instance);
        }
    }

    @Test
    void valueTypesHonourEquals() {
        new EqualsTester()
                .addEqualityGroup(AxisBands.of(61, 81), AxisBands.standard())
                .addEqualityGroup(AxisBands.of(70, 90))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(PotentialWeights.of(0.40, 0.25, 0.20, 0.15), PotentialWeights.kepkaBkn411of2025())
                .addEqualityGroup(PotentialWeights.of(0.40, 0.40, 0.20, 0))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(TalentWeights.of(0.5, 0.5), TalentWeights.kepkaBkn411of2025())
                .addEqualityGroup(TalentWeights.of(0.6, 0.4))
                .addEqualityGroup(PerformanceWeights.of(0.6, 0.4), PerformanceWeights.kepkaBkn411of2025())
                .addEqualityGroup(PerformanceWeights.of(0.5, 0.5))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(DiscreteDistribution.pointMass(50), DiscreteDistribution.of(new double[] {50},
                        new double[] {1}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {50, 60}, new double[] {0.5, 0.5}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {50, 60}, new double[] {0.4, 0.6}))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(BoxNumbering.asn(), BoxNumbering.custom("asn-permenpanrb-3-2020",
                        BoxNumbering.asn().asMap()))
                .addEqualityGroup(BoxNumbering.genericHr())
                .addEqualityGroup(BoxNumbering.custom("other", BoxNumbering.asn().asMap()))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(PredicateMatrix.permenpanrb6of2022(), PredicateMatrix.permenpanrb6of2022()
                        .with(SkpRating.SESUAI, SkpRating.SESUAI, PerformancePredicate.BAIK))
                .addEqualityGroup(PredicateMatrix.permenpanrb6of2022()
                        .with(SkpRating.SESUAI, SkpRating.SESUAI, PerformancePredicate.KURANG))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(NineBoxConfig.defaults(), NineBoxConfig.builder("cact-default", "1").build())
                .addEqualityGroup(NineBoxConfig.builder("cact-default", "2").build())
                .testEquals();
        NineBox engine = NineBox.of(NineBoxConfig.defaults());
        PersonInput a = PersonInput.builder("A").predicate(PerformancePredicate.BAIK).potentialScore(70).build();
        PersonInput a2 = PersonInput.builder("A").skp(SkpRating.SESUAI, SkpRating.SESUAI).potentialScore(70).build();
        PersonInput b = PersonInput.builder("A").predicate(PerformancePredicate.BAIK).build();
        new EqualsTester()
                .addEqualityGroup(engine.place(a), engine.place(a))
                .addEqualityGroup(engine.place(a2))
                .addEqualityGroup(engine.place(b))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(engine.placeAll(List.of(a)), engine.placeAll(List.of(a)))
                .addEqualityGroup(engine.placeAll(List.of(b)))
                .testEquals();
    }
}

package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.scoring.DiscreteDistribution;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class NineBoxProperties {

    private static final NineBox DEFAULT = NineBox.of(NineBoxConfig.defaults());

    @Provide
    Arbitrary<NineBox> engines() {
        Arbitrary<AxisBands> bands = Arbitraries.doubles().between(1, 99).flatMap(middle ->
                Arbitraries.doubles().between(middle, 100).filter(high -> high > middle)
                        .map(high -> AxisBands.of(middle, high)));
        Arbitrary<BoxNumbering> numbering = Arbitraries.of(BoxNumbering.asn(), BoxNumbering.genericHr());
        return Combinators.combine(bands, bands, numbering).as((perf, pot, num) -> NineBox.of(
                NineBoxConfig.builder("random", "1").performanceBands(perf).potentialBands(pot).numbering(num)
                        .build()));
    }

    private static BoxResult place(NineBox engine, PersonInput input) {
        return engine.place(input).result().orElseThrow();
    }

    @Property(tries = 300, seed = "20261122")
    void higherPerformanceScoreNeverLowersThePerformanceLevel(@ForAll("engines") NineBox engine,
            @ForAll @DoubleRange(min = 0, max = 100) double a, @ForAll @DoubleRange(min = 0, max = 100) double b,
            @ForAll @DoubleRange(min = 0, max = 100) double potential) {
        BoxResult low = place(engine, PersonInput.builder("P").performanceScore(Math.min(a, b))
                .potentialScore(potential).build());
        BoxResult high = place(engine, PersonInput.builder("P").performanceScore(Math.max(a, b))
                .potentialScore(potential).build());
        assertTrue(high.performanceLevel().compareTo(low.performanceLevel()) >= 0);
        assertEquals(low.potentialLevel(), high.potentialLevel());
        assertTrue(high.box() >= low.box(), "box numbers grow with performance in the ASN and generic grids");
        assertTrue(high.talentScore() >= low.talentScore());
    }

    @Property(tries = 300, seed = "20261122")
    void higherPotentialComponentNeverLowersThePotentialLevel(@ForAll("engines") NineBox engine,
            @ForAll @DoubleRange(min = 0, max = 150) double jpmC, @ForAll @DoubleRange(min = 0, max = 150) double jpmP,
            @ForAll @DoubleRange(min = 0, max = 100) double qualification,
            @ForAll @DoubleRange(min = 0, max = 100) double integrity,
            @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @DoubleRange(min = 0, max = 50) double increase) {
        double[] v = {jpmC, jpmP, qualification, integrity};
        double[] w = v.clone();
        w[which] = which < 2 ? w[which] + increase : Math.min(100, w[which] + increase);
        BoxResult before = place(engine, PersonInput.builder("P").predicate(PerformancePredicate.BAIK)
                .potentialComponents(v[0], v[1], v[2], v[3]).build());
        BoxResult after = place(engine, PersonInput.builder("P").predicate(PerformancePredicate.BAIK)
                .potentialComponents(w[0], w[1], w[2], w[3]).build());
        assertTrue(after.potentialLevel().compareTo(before.potentialLevel()) >= 0);
        assertTrue(after.box() >= before.box());
        assertTrue(after.talentScore() >= before.talentScore());
    }

    @Property(seed = "20261122")
    void betterSkpRatingNeverLowersThePredicateOrLevel(@ForAll SkpRating hasil, @ForAll SkpRating perilaku,
            @ForAll SkpRating betterHasil, @ForAll SkpRating betterPerilaku) {
        if (betterHasil.compareTo(hasil) < 0 || betterPerilaku.compareTo(perilaku) < 0) {
            return;
        }
        BoxResult before = place(DEFAULT, PersonInput.builder("P").skp(hasil, perilaku).potentialScore(70).build());
        BoxResult after = place(DEFAULT, PersonInput.builder("P").skp(betterHasil, betterPerilaku)
                .potentialScore(70).build());
        // predicates are declared best first
        assertTrue(after.performancePredicate().orElseThrow().compareTo(before.performancePredicate().orElseThrow())
                <= 0);
        assertTrue(after.performanceLevel().compareTo(before.performanceLevel()) >= 0);
        assertTrue(after.box() >= before.box());
        assertTrue(after.talentScore() >= before.talentScore());
    }

    @Property(seed = "20261122")
    void betterPredicateNeverLowersTheLevel(@ForAll PerformancePredicate a, @ForAll PerformancePredicate b) {
        PerformancePredicate better = a.compareTo(b) <= 0 ? a : b;
        PerformancePredicate worse = better == a ? b : a;
        BoxResult up = place(DEFAULT, PersonInput.builder("P").predicate(better).potentialScore(70).build());
        BoxResult down = place(DEFAULT, PersonInput.builder("P").predicate(worse).potentialScore(70).build());
        assertTrue(up.performanceLevel().compareTo(down.performanceLevel()) >= 0);
        assertTrue(up.talentScore() >= down.talentScore());
    }

    @Property(tries = 300, seed = "20261122")
    void betterPredicateOrReinforcingScoreNeverLowersTheComposedPerformance(@ForAll("engines") NineBox engine,
            @ForAll PerformancePredicate a, @ForAll PerformancePredicate b,
            @ForAll @DoubleRange(min = 0, max = 100) double r1, @ForAll @DoubleRange(min = 0, max = 100) double r2) {
        PerformancePredicate better = a.compareTo(b) <= 0 ? a : b;
        PerformancePredicate worse = better == a ? b : a;
        BoxResult up = place(engine, PersonInput.builder("P").predicate(better).reinforcingScore(Math.max(r1, r2))
                .potentialScore(70).build());
        BoxResult down = place(engine, PersonInput.builder("P").predicate(worse)
                .reinforcingScore(Math.min(r1, r2)).potentialScore(70).build());
        assertTrue(up.performanceLevel().compareTo(down.performanceLevel()) >= 0);
        assertTrue(up.performanceScore() >= down.performanceScore());
        assertTrue(up.talentScore() >= down.talentScore());
    }

    @Provide
    Arbitrary<DiscreteDistribution> distributions() {
        return Arbitraries.integers().between(1, 5).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 100).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0.01, 1).array(double[].class).ofSize(n)).as((values, weights) -> {
                    double sum = 0;
                    for (double w : weights) {
                        sum += w;
                    }
                    double[] p = new double[n];
                    for (int i = 0; i < n; i++) {
                        p[i] = weights[i] / sum;
                    }
                    return DiscreteDistribution.of(values, p);
                }));
    }

    @Property(tries = 300, seed = "20261122")
    void boxProbabilitiesFormADistributionPeakingAtTheBox(@ForAll("engines") NineBox engine,
            @ForAll("distributions") DiscreteDistribution performance,
            @ForAll("distributions") DiscreteDistribution competencyJpm,
            @ForAll @DoubleRange(min = 0, max = 100) double qualification) {
        BoxResult g = place(engine, PersonInput.builder("P").performanceScore(performance)
                .potentialComponents(competencyJpm, DiscreteDistribution.pointMass(75), qualification, 80).build());
        double sum = 0;
        double max = 0;
        for (int box = 1; box <= 9; box++) {
            double p = g.boxProbability(box);
            assertTrue(p >= 0);
            sum += p;
            max = Math.max(max, p);
        }
        assertEquals(1, sum, 1e-9);
        assertEquals(max, g.boxProbability(g.box()), 1e-12);
        assertEquals(g.boxProbability(g.box()) < engine.config().nearBoundaryThreshold(), g.nearBoundary());
        assertEquals(performance.mean(), g.performanceScore(), 1e-9);
    }
}

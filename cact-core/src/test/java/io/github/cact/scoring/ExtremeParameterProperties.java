package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Banks anywhere in the parameter ranges of {@link ItemModel}, with many parameters at the edges
 * (slope 50 or nearly 0, |b| or |d| = 50, g near 1): every method gives a finite θ and, with status
 * {@link ScoreStatus#OK}, a finite SE &gt; 0; any other status has SE &gt; 0 (possibly +∞); nothing is NaN.
 */
class ExtremeParameterProperties {

    private static final double LIMIT = ItemModel.MAX_LOCATION;

    static Arbitrary<Double> slopes() {
        return Arbitraries.oneOf(Arbitraries.of(ItemModel.MAX_SLOPE, 1e-3, 1.0),
                Arbitraries.doubles().between(1e-3, ItemModel.MAX_SLOPE).ofScale(4));
    }

    static Arbitrary<Double> locations() {
        return Arbitraries.oneOf(Arbitraries.of(-LIMIT, LIMIT, 0.0), Arbitraries.doubles().between(-LIMIT, LIMIT));
    }

    /** An intercept d with d and −d / a inside the range: d pushed to the nearest allowed value. */
    static double intercept(double a, double d) {
        double bound = Math.min(LIMIT, LIMIT * a);
        while (Math.abs(d) > bound || Math.abs(d / a) > LIMIT) {
            double clamped = Math.max(-bound, Math.min(bound, d));
            d = clamped == d ? Math.nextAfter(d, 0.0) : clamped;
            bound = Math.abs(d);
        }
        return d;
    }

    static Arbitrary<ItemModel> items() {
        Arbitrary<Double> lower = Arbitraries.oneOf(Arbitraries.of(0.0, 0.999), Arbitraries.doubles().between(0, 0.5));
        Arbitrary<double[]> steps = Arbitraries.integers().between(1, 4)
                .flatMap(n -> locations().array(double[].class).ofSize(n));
        return Arbitraries.oneOf(
                locations().map(d -> DichotomousItem.of(ModelType.RASCH, 1, d, 0, 1)),
                Combinators.combine(slopes(), locations()).as((a, d) -> DichotomousItem.of(ModelType.TWO_PL, a,
                        intercept(a, d), 0, 1)),
                Combinators.combine(slopes(), locations(), lower).as((a, d, g) -> DichotomousItem.of(
                        ModelType.THREE_PL, a, intercept(a, d), g, 1)),
                Combinators.combine(slopes(), locations(), lower).as((a, d, g) -> DichotomousItem.of(
                        ModelType.FOUR_PL, a, intercept(a, d), g, Math.max(Math.nextUp(g), 1 - (1 - g) * 0.01))),
                Combinators.combine(slopes(), steps).as((a, c) -> {
                    double[] d = new double[c.length];
                    for (int k = 0; k < d.length; k++) {
                        d[k] = intercept(a, c[k]);
                    }
                    Arrays.sort(d);
                    double[] decreasing = new double[d.length];
                    for (int k = 0; k < d.length; k++) {
                        decreasing[k] = d[d.length - 1 - k];
                    }
                    for (int k = 1; k < decreasing.length; k++) {
                        if (!(decreasing[k] < decreasing[k - 1])) {
                            return DichotomousItem.of(ModelType.TWO_PL, a, decreasing[0], 0, 1);
                        }
                    }
                    return GradedResponseItem.of(a, decreasing);
                }),
                Combinators.combine(slopes(), steps).as((a, c) -> {
                    double[] d = c.clone();
                    for (int k = 0; k < d.length; k++) {
                        d[k] = intercept(a, d[k]);
                    }
                    return PartialCreditItem.gpcm(a, d);
                }),
                steps.map(PartialCreditItem::pcm));
    }

    @Provide
    Arbitrary<ScorerProperties.Case> extremeCases() {
        Arbitrary<List<ItemModel>> mixed = items().list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<ItemModel>> copies = Combinators.combine(items(), Arbitraries.integers().between(1, 40))
                .as((model, n) -> Collections.nCopies(n, model));
        return Combinators.combine(Arbitraries.oneOf(mixed, copies), Arbitraries.longs())
                .as((models, seed) -> {
                    ItemBank bank = ScorerProperties.bankOf(models);
                    return new ScorerProperties.Case(bank, ScorerProperties.patterns(bank, 10, seed), seed);
                });
    }

    @Provide
    Arbitrary<Quadrature> grids() {
        return Arbitraries.of(Quadrature.scoringDefault(), Quadrature.standardNormal(61, -30, 30),
                Quadrature.normal(21, -3, 3, 1, 0.5));
    }

    @Property(tries = 60, seed = "20261129")
    void everyScoreIsFiniteOrFlagged(@ForAll("extremeCases") ScorerProperties.Case c, @ForAll("grids") Quadrature grid) {
        ResponseMatrix matrix = ScorerProperties.matrix(c.bank(), c.patterns());
        for (ScoringMethod method : ScoringMethod.values()) {
            Scorer scorer = Scorer.of(c.bank(), ScoringOptions.builder().method(method).quadrature(grid).build());
            Scores scores = scorer.score(matrix);
            for (int n = 0; n < scores.size(); n++) {
                check(method, n, scores.theta(n), scores.se(n), scores.status(n), c);
                AbilityEstimate single = scorer.score(c.patterns()[n]);
                check(method, n, single.theta(), single.se(), single.status(), c);
            }
            OptionalDouble reliability = scores.empiricalReliability();
            assertTrue(reliability.isEmpty() || reliability.getAsDouble() >= 0 && reliability.getAsDouble() <= 1,
                    () -> method + ": reliability " + reliability);
            for (int[] pattern : c.patterns()) {
                Posterior posterior = scorer.posterior(pattern);
                assertTrue(Double.isFinite(posterior.mean()) && Double.isFinite(posterior.sd())
                        && Double.isFinite(posterior.logMarginalLikelihood()), () -> method + ": posterior "
                        + posterior + " of " + Arrays.toString(pattern));
            }
            for (AbilityEstimate e : method == ScoringMethod.EAP_SUM ? scorer.summedScoreTable() : List.<AbilityEstimate>of()) {
                check(method, -1, e.theta(), e.se(), e.status(), c);
            }
        }
    }

    private static void check(ScoringMethod method, int n, double theta, double se, ScoreStatus status,
            ScorerProperties.Case c) {
        String where = method + " pattern " + n + " of " + c + ": θ = " + theta + ", SE = " + se + ", " + status;
        assertTrue(Double.isFinite(theta), where);
        assertTrue(se > 0, where);
        if (status == ScoreStatus.OK) {
            assertTrue(Double.isFinite(se), where);
        }
    }
}

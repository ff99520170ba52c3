package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants that every item model must satisfy, checked on random items of every model. */
class ItemModelProperties {

    private static final double H = 1e-4;

    @Provide
    Arbitrary<ItemModel> items() {
        Arbitrary<Double> slope = Arbitraries.doubles().between(0.2, 3.0);
        Arbitrary<Double> location = Arbitraries.doubles().between(-3.0, 3.0);
        Arbitrary<Double> lower = Arbitraries.doubles().between(0.0, 0.35);
        Arbitrary<Double> gap = Arbitraries.doubles().between(0.05, 0.6);
        Arbitrary<double[]> steps = Arbitraries.integers().between(1, 5).flatMap(n -> location.array(double[].class).ofSize(n));
        Arbitrary<double[]> ordered = steps.map(b -> {
            double[] sorted = b.clone();
            java.util.Arrays.sort(sorted);
            for (int k = 1; k < sorted.length; k++) {
                sorted[k] = Math.max(sorted[k], sorted[k - 1] + 0.05);
            }
            return sorted;
        });
        return Arbitraries.oneOf(
                location.map(DichotomousItem::rasch),
                Combinators.combine(slope, location).as((a, b) -> DichotomousItem.ofIrt(ModelType.ONE_PL, a, b, 0, 1)),
                Combinators.combine(slope, location).as(DichotomousItem::twoPl),
                Combinators.combine(slope, location, lower).as(DichotomousItem::threePl),
                Combinators.combine(slope, location, lower, gap)
                        .as((a, b, g, w) -> DichotomousItem.fourPl(a, b, g, Math.min(1.0, g + 0.4 + w))),
                Combinators.combine(slope, ordered).as(GradedResponseItem::ofIrt),
                Combinators.combine(slope, steps).as(PartialCreditItem::gpcmOfIrt),
                steps.map(PartialCreditItem::pcmOfIrt));
    }

    @Property(seed = "20261122")
    void probabilitiesAreInsideTheUnitIntervalAndSumToOne(@ForAll("items") ItemModel item,
            @ForAll @DoubleRange(min = -8, max = 8) double theta) {
        // P is in (0, 1) mathematically; in doubles a category far from θ can round its complement to
        // exactly 1, so the strict bound is checked where it is representable: log P is finite and < 0
        // unless P rounds to 1.
        double[] p = new double[item.categories()];
        double[] logP = new double[item.categories()];
        item.probabilities(theta, p);
        item.logProbabilities(theta, logP);
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            int category = k;
            assertTrue(p[k] >= 0 && p[k] <= 1, () -> item + " at " + theta + ": " + java.util.Arrays.toString(p));
            assertTrue(Double.isFinite(logP[k]) && logP[k] <= 0,
                    () -> item + " at " + theta + ": log P" + category + " = " + logP[category]);
            sum += p[k];
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Property(seed = "20261122")
    void logProbabilitiesAreTheLogarithms(@ForAll("items") ItemModel item,
            @ForAll @DoubleRange(min = -8, max = 8) double theta) {
        double[] p = new double[item.categories()];
        double[] logP = new double[item.categories()];
        item.probabilities(theta, p);
        item.logProbabilities(theta, logP);
        for (int k = 0; k < p.length; k++) {
            assertEquals(Math.log(p[k]), logP[k], 1e-9 * Math.max(1, Math.abs(logP[k])), item + " category " + k);
            assertEquals(p[k], item.probability(k, theta), 1e-15);
        }
    }

    @Property(seed = "20261122")
    void derivativesMatchFiniteDifferences(@ForAll("items") ItemModel item,
            @ForAll @DoubleRange(min = -6, max = 6) double theta) {
        int k = item.categories();
        double[] p = new double[k];
        double[] dp = new double[k];
        double[] d2p = new double[k];
        double[] up = new double[k];
        double[] down = new double[k];
        double[] dUp = new double[k];
        double[] dDown = new double[k];
        double[] scratch = new double[k];
        item.derivatives(theta, p, dp, d2p);
        item.probabilities(theta + H, up);
        item.probabilities(theta - H, down);
        item.derivatives(theta + H, scratch, dUp, scratch.clone());
        item.derivatives(theta - H, scratch, dDown, scratch.clone());
        double sumDp = 0;
        for (int c = 0; c < k; c++) {
            assertEquals((up[c] - down[c]) / (2 * H), dp[c], 1e-6, item + " dP" + c);
            assertEquals((dUp[c] - dDown[c]) / (2 * H), d2p[c], 1e-5, item + " d2P" + c);
            sumDp += dp[c];
        }
        assertEquals(0, sumDp, 1e-12);
    }

    @Property(seed = "20261122")
    void informationIsTheNumericalFisherInformation(@ForAll("items") ItemModel item,
            @ForAll @DoubleRange(min = -6, max = 6) double theta) {
        // I(θ) = E[(d/dθ log P(X | θ))²], the score derivative taken numerically
        int k = item.categories();
        double[] p = new double[k];
        double[] logUp = new double[k];
        double[] logDown = new double[k];
        item.probabilities(theta, p);
        item.logProbabilities(theta + H, logUp);
        item.logProbabilities(theta - H, logDown);
        double fisher = 0;
        for (int c = 0; c < k; c++) {
            double score = (logUp[c] - logDown[c]) / (2 * H);
            fisher += p[c] * score * score;
        }
        double information = item.information(theta);
        assertTrue(information >= 0);
        assertEquals(fisher, information, 1e-6 * Math.max(1, fisher), item::toString);
    }

    @Property(seed = "20261122")
    void expectedScoreIsTheMeanCategory(@ForAll("items") ItemModel item,
            @ForAll @DoubleRange(min = -8, max = 8) double theta) {
        double[] p = new double[item.categories()];
        item.probabilities(theta, p);
        double mean = 0;
        for (int c = 1; c < p.length; c++) {
            mean += c * p[c];
        }
        assertEquals(mean, item.expectedScore(theta), 1e-12);
    }

    @Property(seed = "20261122")
    void irtAndSlopeInterceptFormsRoundTrip(@ForAll("items") ItemModel item) {
        ItemModel back = ItemModel.ofIrt(item.type(), item.slope(), item.thresholds(), item.guessing(), item.upper());
        assertEquals(item.type(), back.type());
        assertEquals(item.slope(), back.slope(), 0);
        assertArrayEquals(item.intercepts(), back.intercepts(), 1e-12);
        assertEquals(item.guessing(), back.guessing(), 0);
        assertEquals(item.upper(), back.upper(), 0);
        double[] b = item.thresholds();
        double[] d = item.intercepts();
        for (int k = 0; k < b.length; k++) {
            assertEquals(-d[k] / item.slope(), b[k], 1e-15);
        }
    }

    @Property(seed = "20261122")
    void dichotomousProbabilityIncreasesWithTheta(@ForAll("items") ItemModel item,
            @ForAll @DoubleRange(min = -6, max = 6) double theta) {
        if (item.categories() == 2) {
            assertTrue(item.probability(1, theta + 0.1) > item.probability(1, theta));
        } else {
            assertTrue(item.expectedScore(theta + 0.1) > item.expectedScore(theta));
        }
    }
}

package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.reference.References;
import io.github.cact.reference.References.Published;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published reference values (LSAT6/LSAT7; mirt, ltm), read from the test resources' reference folder,
 * which records their sources, and checks against independent computations written out in the tests
 * themselves.
 */
class ScorerReferenceTest {

    private static final Published MIRT_LSAT7 = References.published("lsat7-mirt.json").section("twoPl");
    private static final Published MIRT_LSAT6 = References.published("lsat6-mirt.json").section("rasch");
    private static final Published LTM_LSAT6 = References.published("lsat6-ltm.json");

    static ItemBank bank(List<DichotomousItem> models) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            items.add(Item.of("item" + (i + 1), models.get(i)));
        }
        return ItemBank.of(items);
    }

    private static double logLikelihood(ItemBank bank, Quadrature grid, ResponseMatrix data) {
        return Scorer.of(bank, ScoringOptions.builder().quadrature(grid).build()).marginalLogLikelihood(data);
    }

    /** mirt: mirt(LSAT7, 1, '2PL') — 61 nodes; the log-likelihood at the published estimates. */
    @Test
    void lsat7TwoPlLogLikelihood() {
        double[] a = MIRT_LSAT7.numbers("a");
        double[] d = MIRT_LSAT7.numbers("d");
        List<DichotomousItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(DichotomousItem.of(ModelType.TWO_PL, a[i], d[i], 0, 1));
        }
        ResponseMatrix data = References.lsatPatterns("lsat7");
        assertEquals(1000, data.examinees());
        assertEquals(MIRT_LSAT7.number("logLikelihood"), logLikelihood(bank(items), Quadrature.calibrationDefault(), data),
                1e-3);
    }

    /**
     * mirt's Rasch model of LSAT6: a = 1, the published intercepts d and a free latent variance. The grid
     * keeps its 61 nodes on [−6, 6] with weights ∝ N(0, published variance).
     */
    @Test
    void lsat6RaschWithLatentVarianceLogLikelihood() {
        double[] d = MIRT_LSAT6.numbers("d");
        List<DichotomousItem> items = new ArrayList<>();
        for (double di : d) {
            items.add(DichotomousItem.of(ModelType.RASCH, 1, di, 0, 1));
        }
        Quadrature grid = Quadrature.calibrationDefault().withPrior(0, Math.sqrt(MIRT_LSAT6.number("latentVariance")));
        assertEquals(MIRT_LSAT6.number("logLikelihood"), logLikelihood(bank(items), grid, References.lsatPatterns("lsat6")),
                1e-3);
    }

    /**
     * The same Rasch model from the published difficulties b (ltm's 1PL, on the standardised θ scale):
     * with θ* = σθ ~ N(0, σ²) and a = 1, P = σ(a(θ − b)) = σ(θ* − σb) when a = σ, so the a = 1 form has
     * difficulty b* = σ·b, intercept d = −σ·b. With σ = √0.572 = 0.7563 (mirt's variance): −2466.9387.
     */
    @Test
    void lsat6RaschFromPublishedDifficultiesLogLikelihood() {
        double sigma = Math.sqrt(MIRT_LSAT6.number("latentVariance"));
        List<DichotomousItem> items = new ArrayList<>();
        for (double b : LTM_LSAT6.section("commonSlope").numbers("b")) {
            items.add(DichotomousItem.rasch(sigma * b));
        }
        Quadrature grid = Quadrature.calibrationDefault().withPrior(0, sigma);
        assertEquals(MIRT_LSAT6.number("logLikelihood"), logLikelihood(bank(items), grid, References.lsatPatterns("lsat6")),
                1e-3);
    }

    /** ltm: rasch(LSAT) — the common a, θ ~ N(0, 1), b as published; the published log-likelihood. */
    @Test
    void lsat6OnePlLogLikelihood() {
        Published published = LTM_LSAT6.section("commonSlope");
        List<DichotomousItem> items = new ArrayList<>();
        for (double b : published.numbers("b")) {
            items.add(DichotomousItem.ofIrt(ModelType.ONE_PL, published.number("a"), b, 0, 1));
        }
        assertEquals(published.number("logLikelihood"),
                logLikelihood(bank(items), Quadrature.calibrationDefault(), References.lsatPatterns("lsat6")), 1e-3);
    }

    /** ltm: ltm(LSAT ~ z1) — 2PL, the published log-likelihood. */
    @Test
    void lsat6TwoPlLogLikelihood() {
        assertEquals(LTM_LSAT6.section("twoPl").number("logLikelihood"),
                logLikelihood(lsat6TwoPl(), Quadrature.calibrationDefault(), References.lsatPatterns("lsat6")), 1e-3);
    }

    static ItemBank lsat6TwoPl() {
        double[] a = LTM_LSAT6.section("twoPl").numbers("a");
        double[] b = LTM_LSAT6.section("twoPl").numbers("b");
        List<DichotomousItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(DichotomousItem.twoPl(a[i], b[i]));
        }
        return bank(items);
    }

    /** ltm: factor.scores(ltm(LSAT ~ z1), method = "MAP"), θ ~ N(0, 1): θ̂ and SE to 3 decimals. */
    @Test
    void lsat6TwoPlMapTable() {
        Scorer scorer = Scorer.of(lsat6TwoPl(), ScoringOptions.of(ScoringMethod.MAP));
        Published published = LTM_LSAT6.section("twoPlMap");
        String[] patterns = published.strings("patterns");
        double[] theta = published.numbers("theta");
        double[] se = published.numbers("se");
        for (int j = 0; j < patterns.length; j++) {
            AbilityEstimate e = scorer.score(parse(patterns[j]));
            assertEquals(theta[j], e.theta(), 1e-3, patterns[j]);
            assertEquals(se[j], e.se(), 1e-3, patterns[j]);
            assertEquals(ScoreStatus.OK, e.status());
        }
    }

    static int[] parse(String pattern) {
        int[] x = new int[pattern.length()];
        for (int i = 0; i < x.length; i++) {
            char c = pattern.charAt(i);
            x[i] = c == '.' ? -1 : c - '0';
        }
        return x;
    }

    /** One 2PL item: the EAP is a ratio of two sums over the grid, written out here. */
    @Test
    void eapOfOneItemByHand() {
        double a = 1.3;
        double b = 0.4;
        Scorer scorer = Scorer.of(ItemBank.of(Item.of("x", DichotomousItem.twoPl(a, b))));
        for (int x = 0; x <= 1; x++) {
            double num = 0;
            double den = 0;
            double sq = 0;
            for (int q = 0; q < 121; q++) {
                double theta = -6 + 0.1 * q;
                double prior = Math.exp(-0.5 * theta * theta);
                double p = 1 / (1 + Math.exp(-a * (theta - b)));
                double like = x == 1 ? p : 1 - p;
                num += theta * like * prior;
                den += like * prior;
                sq += theta * theta * like * prior;
            }
            double mean = num / den;
            double sd = Math.sqrt(sq / den - mean * mean);
            AbilityEstimate e = scorer.score(new int[] {x});
            assertEquals(mean, e.theta(), 1e-10);
            assertEquals(sd, e.se(), 1e-9);
            assertEquals(x == 1, e.theta() > 0);
        }
    }

    /** For Rasch items the ML estimate solves Σ P_i(θ) = raw score; solved here by plain bisection. */
    @Test
    void mlOfRaschSolvesExpectedEqualsRawScore() {
        double[] b = {-1.5, -0.7, 0.0, 0.3, 1.1, 2.0};
        List<DichotomousItem> items = new ArrayList<>();
        for (double bi : b) {
            items.add(DichotomousItem.rasch(bi));
        }
        Scorer scorer = Scorer.of(bank(items), ScoringOptions.of(ScoringMethod.ML));
        int[][] patterns = {{1, 0, 0, 0, 0, 0}, {0, 0, 1, 1, 0, 0}, {1, 1, 1, 0, 1, 0}, {0, 1, 1, 1, 1, 1}};
        for (int[] x : patterns) {
            int raw = 0;
            for (int v : x) {
                raw += v;
            }
            double lo = -10;
            double hi = 10;
            for (int it = 0; it < 200; it++) {
                double mid = 0.5 * (lo + hi);
                double expected = 0;
                for (double bi : b) {
                    expected += 1 / (1 + Math.exp(-(mid - bi)));
                }
                if (expected < raw) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double root = 0.5 * (lo + hi);
            double info = 0;
            for (double bi : b) {
                double p = 1 / (1 + Math.exp(-(root - bi)));
                info += p * (1 - p);
            }
            AbilityEstimate e = scorer.score(x);
            assertEquals(root, e.theta(), 1e-7);
            assertEquals(1 / Math.sqrt(info), e.se(), 1e-7);
            assertEquals(ScoreStatus.OK, e.status());
        }
    }

    /**
     * WLE of 2PL items, including the all-0 and all-1 patterns: the root of Σ a_i(x_i − P_i) +
     * Σ a_i³ P_i Q_i (Q_i − P_i) / (2 Σ a_i² P_i Q_i), found here by a fine scan and bisection.
     */
    @Test
    void wleMatchesABruteForceRootSearch() {
        double[] a = {0.8, 1.2, 1.7, 0.6, 1.0};
        double[] b = {-1.0, -0.2, 0.5, 1.3, 0.0};
        List<DichotomousItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(DichotomousItem.twoPl(a[i], b[i]));
        }
        Scorer scorer = Scorer.of(bank(items), ScoringOptions.of(ScoringMethod.WLE));
        for (int mask = 0; mask < 32; mask++) {
            int[] x = new int[5];
            for (int i = 0; i < 5; i++) {
                x[i] = mask >> i & 1;
            }
            double previous = warm(a, b, x, -10);
            double root = Double.NaN;
            for (double t = -10 + 0.01; t <= 10; t += 0.01) {
                double g = warm(a, b, x, t);
                if (previous > 0 && g <= 0) {
                    double lo = t - 0.01;
                    double hi = t;
                    for (int it = 0; it < 100; it++) {
                        double mid = 0.5 * (lo + hi);
                        if (warm(a, b, x, mid) > 0) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    root = 0.5 * (lo + hi);
                    break;
                }
                previous = g;
            }
            assertTrue(Double.isFinite(root), "no root for mask " + mask);
            AbilityEstimate e = scorer.score(x);
            assertEquals(root, e.theta(), 1e-7, "mask " + mask);
            assertEquals(ScoreStatus.OK, e.status());
        }
    }

    private static double warm(double[] a, double[] b, int[] x, double theta) {
        double score = 0;
        double info = 0;
        double j = 0;
        for (int i = 0; i < a.length; i++) {
            double p = 1 / (1 + Math.exp(-a[i] * (theta - b[i])));
            double q = 1 - p;
            score += a[i] * (x[i] - p);
            info += a[i] * a[i] * p * q;
            j += a[i] * a[i] * a[i] * p * q * (q - p);
        }
        return score + j / (2 * info);
    }

    /** EAPsum against brute force: P(S = s | θ) summed over all 2^5 patterns with that sum. */
    @Test
    void eapSumMatchesEnumerationOfPatterns() {
        ItemBank bank = lsat6TwoPl();
        Scorer scorer = Scorer.of(bank, ScoringOptions.of(ScoringMethod.EAP_SUM));
        Quadrature grid = Quadrature.scoringDefault();
        for (int s = 0; s <= 5; s++) {
            double num = 0;
            double den = 0;
            double sq = 0;
            for (int q = 0; q < grid.size(); q++) {
                double theta = grid.node(q);
                double ps = 0;
                for (int mask = 0; mask < 32; mask++) {
                    if (Integer.bitCount(mask) != s) {
                        continue;
                    }
                    double like = 1;
                    for (int i = 0; i < 5; i++) {
                        double p = bank.model(i).probability(1, theta);
                        like *= (mask >> i & 1) == 1 ? p : 1 - p;
                    }
                    ps += like;
                }
                num += ps * grid.weight(q) * theta;
                sq += ps * grid.weight(q) * theta * theta;
                den += ps * grid.weight(q);
            }
            double mean = num / den;
            int[] x = new int[5];
            for (int i = 0; i < s; i++) {
                x[i] = 1;
            }
            AbilityEstimate e = scorer.score(x);
            assertEquals(mean, e.theta(), 1e-10, "score " + s);
            assertEquals(Math.sqrt(sq / den - mean * mean), e.se(), 1e-8, "score " + s);
            assertEquals(e, scorer.summedScoreTable().get(s));
        }
    }
}

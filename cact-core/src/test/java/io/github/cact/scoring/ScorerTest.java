package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final ItemBank BANK = ItemBank.of(
            Item.of("a", DichotomousItem.twoPl(1.2, -0.5), "M1"),
            Item.of("b", DichotomousItem.threePl(1.5, 0.3, 0.2), "M1"),
            Item.of("c", GradedResponseItem.ofIrt(0.9, new double[] {-1, 0.2, 1.4}), "M2"),
            Item.of("d", DichotomousItem.rasch(0.8), "M2"));

    private static Scorer scorer(ScoringMethod method) {
        return Scorer.of(BANK, ScoringOptions.of(method));
    }

    private static ResponseMatrix matrix(List<String> items, int[]... rows) {
        ResponseMatrix.Builder builder = ResponseMatrix.builder(items);
        for (int n = 0; n < rows.length; n++) {
            builder.add("p" + (n + 1), rows[n]);
        }
        return builder.build();
    }

    @Test
    void methodCodesRoundTrip() {
        for (ScoringMethod method : ScoringMethod.values()) {
            assertEquals(method, ScoringMethod.fromCode(" " + method.code().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals(ScoringMethod.EAP_SUM, ScoringMethod.fromCode("eapsum"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScoringMethod.fromCode("mle"));
        assertTrue(e.getMessage().contains("'mle'"), e.getMessage());
        assertTrue(ScoringMethod.WLE.isModal() && !ScoringMethod.EAP_SUM.isModal());
    }

    @Test
    void optionsHaveTheDocumentedDefaultsAndRejectBadValues() {
        ScoringOptions o = ScoringOptions.defaults();
        assertEquals(ScoringMethod.EAP, o.method());
        assertEquals(Quadrature.scoringDefault(), o.quadrature());
        assertEquals(20, o.bound());
        assertEquals(1e-8, o.tolerance());
        assertEquals(200, o.maxIterations());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.parallelism());
        assertEquals(1024, o.chunkSize());
        assertEquals(o, o.toBuilder().build());
        assertThrows(IllegalArgumentException.class, () -> ScoringOptions.builder().bound(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ScoringOptions.builder().bound(0));
        assertThrows(IllegalArgumentException.class, () -> ScoringOptions.builder().tolerance(-1));
        assertThrows(IllegalArgumentException.class, () -> ScoringOptions.builder().maxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> ScoringOptions.builder().parallelism(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringOptions.builder().chunkSize(-3));
        assertTrue(e.getMessage().contains("-3"), e.getMessage());
    }

    @Test
    void valueTypesCompareByContent() {
        ScoringOptions o = ScoringOptions.defaults();
        new EqualsTester()
                .addEqualityGroup(o, ScoringOptions.builder().build())
                .addEqualityGroup(ScoringOptions.of(ScoringMethod.MAP))
                .addEqualityGroup(o.toBuilder().chunkSize(10).build())
                .addEqualityGroup(o.toBuilder().quadrature(Quadrature.calibrationDefault()).build())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(new AbilityEstimate(0.5, 0.3, ScoreStatus.OK), new AbilityEstimate(0.5, 0.3, ScoreStatus.OK))
                .addEqualityGroup(new AbilityEstimate(0.5, 0.3, ScoreStatus.NOT_CONVERGED))
                .testEquals();
        Scorer eap = scorer(ScoringMethod.EAP);
        ResponseMatrix data = matrix(BANK.ids(), new int[] {1, 0, 2, 1}, new int[] {0, -1, 3, 0});
        new EqualsTester()
                .addEqualityGroup(eap.score(data), eap.score(data))
                .addEqualityGroup(scorer(ScoringMethod.MAP).score(data))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(eap.posterior(new int[] {1, 0, 2, 1}), eap.posterior(new byte[] {1, 0, 2, 1}))
                .addEqualityGroup(eap.posterior(new int[] {1, 1, 2, 1}))
                .testEquals();
    }

    @Test
    void abilityEstimateRejectsNaN() {
        assertThrows(IllegalArgumentException.class, () -> new AbilityEstimate(Double.NaN, 1, ScoreStatus.OK));
        assertThrows(IllegalArgumentException.class, () -> new AbilityEstimate(0, Double.NaN, ScoreStatus.OK));
        assertThrows(IllegalArgumentException.class, () -> new AbilityEstimate(Double.POSITIVE_INFINITY, 1,
                ScoreStatus.OK));
        assertThrows(IllegalArgumentException.class, () -> new AbilityEstimate(0, Double.POSITIVE_INFINITY,
                ScoreStatus.OK));
        assertThrows(IllegalArgumentException.class, () -> new AbilityEstimate(0, 0, ScoreStatus.OK));
        assertEquals(Double.POSITIVE_INFINITY, new AbilityEstimate(0, Double.POSITIVE_INFINITY,
                ScoreStatus.UNRESOLVED).se());
    }

    @Test
    void publicTypesRejectNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ItemBank.class, BANK)
                .setDefault(ScoringOptions.class, ScoringOptions.defaults())
                .setDefault(Quadrature.class, Quadrature.scoringDefault())
                .setDefault(ResponseMatrix.class, matrix(BANK.ids(), new int[] {1, 0, 2, 1}))
                .setDefault(ScoringMethod.class, ScoringMethod.EAP)
                .setDefault(ScoreStatus.class, ScoreStatus.OK)
                .setDefault(byte[].class, new byte[] {1, 0, 2, 1})
                .setDefault(int[].class, new int[] {1, 0, 2, 1});
        tester.testAllPublicStaticMethods(Scorer.class);
        tester.testAllPublicInstanceMethods(scorer(ScoringMethod.EAP));
        tester.testAllPublicStaticMethods(ScoringOptions.class);
        tester.testAllPublicInstanceMethods(ScoringOptions.builder());
        tester.testAllPublicStaticMethods(ScoringMethod.class);
        Scorer eap = scorer(ScoringMethod.EAP);
        tester.testAllPublicInstanceMethods(eap.posterior(new int[] {1, 0, 2, 1}));
        tester.testAllPublicInstanceMethods(eap.score(matrix(BANK.ids(), new int[] {1, 0, 2, 1})));
        tester.testAllPublicConstructors(AbilityEstimate.class);
    }

    @Test
    void mlOfAllMinimumAndAllMaximumPatternsIsTheFlaggedBound() {
        Scorer ml = scorer(ScoringMethod.ML);
        assertEquals(new AbilityEstimate(-20, Double.POSITIVE_INFINITY, ScoreStatus.EXTREME_LOW),
                ml.score(new int[] {0, 0, 0, 0}));
        assertEquals(new AbilityEstimate(20, Double.POSITIVE_INFINITY, ScoreStatus.EXTREME_HIGH),
                ml.score(new int[] {1, 1, 3, 1}));
        // extreme among the administered items
        assertEquals(ScoreStatus.EXTREME_HIGH, ml.score(new int[] {1, -1, 3, -1}).status());
        Scorer narrow = Scorer.of(BANK, ScoringOptions.builder().method(ScoringMethod.ML).bound(7).build());
        assertEquals(-7, narrow.score(new int[] {0, 0, 0, -1}).theta());
    }

    @Test
    void mlOfA3plPatternWhoseLikelihoodRisesTowardsMinusInfinityIsFlagged() {
        // wrong on an easy item, right on a hard item with guessing: L(θ) → 1·g = 0.3 as θ → −∞, above
        // its interior values
        ItemBank bank = ItemBank.of(Item.of("easy", DichotomousItem.twoPl(2, -2)),
                Item.of("hard", DichotomousItem.threePl(2, 2, 0.3)));
        AbilityEstimate e = Scorer.of(bank, ScoringOptions.of(ScoringMethod.ML)).score(new int[] {0, 1});
        assertEquals(new AbilityEstimate(-20, Double.POSITIVE_INFINITY, ScoreStatus.EXTREME_LOW), e);
    }

    @Test
    void wleIsFiniteForExtremePatterns() {
        Scorer wle = scorer(ScoringMethod.WLE);
        AbilityEstimate low = wle.score(new int[] {0, 0, 0, 0});
        AbilityEstimate high = wle.score(new int[] {1, 1, 3, 1});
        assertEquals(ScoreStatus.OK, low.status());
        assertEquals(ScoreStatus.OK, high.status());
        assertTrue(low.theta() > -20 && low.theta() < -1, low::toString);
        assertTrue(high.theta() < 20 && high.theta() > 1, high::toString);
        assertTrue(Double.isFinite(low.se()) && Double.isFinite(high.se()));
    }

    @Test
    void noResponsesGiveThePriorOrZeroWithInfiniteSe() {
        int[] none = {-1, -1, -1, -1};
        AbilityEstimate eap = scorer(ScoringMethod.EAP).score(none);
        assertEquals(ScoreStatus.NO_RESPONSES, eap.status());
        assertEquals(0, eap.theta(), 1e-12);
        assertEquals(1, eap.se(), 1e-7); // the grid truncates the prior at ±6: SD 0.99999997
        assertEquals(eap, scorer(ScoringMethod.EAP_SUM).score(none));
        Quadrature shifted = Quadrature.scoringDefault().withPrior(0.5, 1.5);
        assertEquals(new AbilityEstimate(0.5, 1.5, ScoreStatus.NO_RESPONSES), Scorer.of(BANK,
                ScoringOptions.builder().method(ScoringMethod.MAP).quadrature(shifted).build()).score(none));
        assertEquals(new AbilityEstimate(0, Double.POSITIVE_INFINITY, ScoreStatus.NO_RESPONSES),
                scorer(ScoringMethod.ML).score(none));
        assertEquals(new AbilityEstimate(0, Double.POSITIVE_INFINITY, ScoreStatus.NO_RESPONSES),
                scorer(ScoringMethod.WLE).score(none));
        Posterior prior = scorer(ScoringMethod.EAP).posterior(none);
        assertEquals(0.0, prior.logMarginalLikelihood());
        assertArrayEquals(Quadrature.scoringDefault().weights(), prior.weights(), 1e-15);
    }

    @Test
    void mapUsesThePriorOfTheGrid() {
        ItemBank bank = ItemBank.of(Item.of("x", DichotomousItem.twoPl(1, 0)));
        AbilityEstimate standard = Scorer.of(bank, ScoringOptions.of(ScoringMethod.MAP)).score(new int[] {1});
        AbilityEstimate shifted = Scorer.of(bank, ScoringOptions.builder().method(ScoringMethod.MAP)
                .quadrature(Quadrature.scoringDefault().withPrior(1, 1)).build()).score(new int[] {1});
        assertTrue(shifted.theta() > standard.theta() + 0.5);
        // root of (1 − σ(θ)) − θ = 0 by bisection
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (1 - 1 / (1 + Math.exp(-mid)) - mid > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double p = 1 / (1 + Math.exp(-lo));
        assertEquals(lo, standard.theta(), 1e-9);
        assertEquals(1 / Math.sqrt(p * (1 - p) + 1), standard.se(), 1e-9);
    }

    @Test
    void eapSumWithMissingResponsesUsesTheAdministeredItems() {
        Scorer all = scorer(ScoringMethod.EAP_SUM);
        Scorer sub = Scorer.of(BANK.select(List.of("a", "c")), ScoringOptions.of(ScoringMethod.EAP_SUM));
        for (int a = 0; a <= 1; a++) {
            for (int c = 0; c <= 3; c++) {
                assertEquals(sub.score(new int[] {a, c}), all.score(new int[] {a, -1, c, -1}));
            }
        }
        // patterns with the same sum get the same estimate
        assertEquals(all.score(new int[] {1, 0, 2, 0}), all.score(new int[] {0, 1, 1, 1}));
        ResponseMatrix data = matrix(BANK.ids(), new int[] {1, -1, 2, -1}, new int[] {1, 0, 2, 0},
                new int[] {0, -1, 3, -1}, new int[] {-1, 1, -1, 1});
        Scores scores = all.score(data);
        for (int n = 0; n < data.examinees(); n++) {
            int[] x = new int[4];
            for (int i = 0; i < 4; i++) {
                x[i] = data.response(n, i);
            }
            assertEquals(all.score(x), scores.estimate(n));
        }
    }

    @Test
    void batchMatchesSinglePatternsAndKeepsRowOrder() {
        int[][] rows = {{1, 0, 2, 1}, {0, 0, 0, 0}, {1, 1, 3, 1}, {-1, -1, -1, -1}, {1, -1, 0, 1}};
        ResponseMatrix data = matrix(BANK.ids(), rows);
        for (ScoringMethod method : ScoringMethod.values()) {
            Scorer scorer = Scorer.of(BANK, ScoringOptions.builder().method(method).parallelism(2).chunkSize(2).build());
            Scores scores = scorer.score(data);
            assertEquals(rows.length, scores.size());
            assertEquals(method, scores.method());
            for (int n = 0; n < rows.length; n++) {
                assertEquals("p" + (n + 1), scores.examineeId(n));
                AbilityEstimate single = scorer.score(rows[n]);
                assertEquals(single, scores.estimate(n));
                assertEquals(single.theta(), scores.theta(n));
                assertEquals(single.se(), scores.se(n));
                assertEquals(single.status(), scores.status(n));
                assertEquals(scorer.posterior(rows[n]), scorer.posterior(data, n));
            }
            assertEquals(rows.length, scores.thetas().length);
            assertEquals(rows.length, scores.standardErrors().length);
            assertEquals(1, scores.count(ScoreStatus.NO_RESPONSES));
        }
        assertEquals(0, scorer(ScoringMethod.EAP).score(data.rows(0, 0)).size());
    }

    @Test
    void bankItemsWithoutAColumnAreNotAdministered() {
        Scorer scorer = scorer(ScoringMethod.MAP);
        ResponseMatrix data = matrix(List.of("c", "a"), new int[] {2, 1}, new int[] {0, -1});
        Scores scores = scorer.score(data);
        assertEquals(scorer.score(new int[] {1, -1, 2, -1}), scores.estimate(0));
        assertEquals(scorer.score(new int[] {-1, -1, 0, -1}), scores.estimate(1));
    }

    @Test
    void anUnknownColumnIsNamed() {
        ResponseMatrix data = matrix(List.of("a", "zz"), new int[] {1, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scorer(ScoringMethod.EAP).score(data));
        assertTrue(e.getMessage().contains("'zz'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scorer(ScoringMethod.EAP).marginalLogLikelihood(data));
        assertThrows(IllegalArgumentException.class,
                () -> Scorer.scoreByScale(BANK, data, ScoringOptions.defaults()));
    }

    @Test
    void aCategoryAboveTheItemsMaximumNamesExamineeItemAndValue() {
        ResponseMatrix data = matrix(List.of("a", "c"), new int[] {1, 3}, new int[] {2, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scorer(ScoringMethod.EAP).score(data));
        assertTrue(e.getMessage().contains("'p2'") && e.getMessage().contains("'a'")
                && e.getMessage().contains("category 2"), e.getMessage());
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> scorer(ScoringMethod.EAP).score(new int[] {0, 0, 4, 0}));
        assertTrue(single.getMessage().contains("'c'") && single.getMessage().contains("category 4"),
                single.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scorer(ScoringMethod.EAP).score(new byte[] {0, 2, 0, 0}));
    }

    @Test
    void aPatternOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scorer(ScoringMethod.EAP).score(new int[] {0, 1, 1}));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scorer(ScoringMethod.ML).posterior(new byte[5]));
    }

    @Test
    void scalesAreScoredSeparately() {
        ResponseMatrix data = matrix(List.of("d", "a", "b", "c"), new int[] {1, 1, 0, 2}, new int[] {-1, 0, 1, -1});
        ScoringOptions options = ScoringOptions.of(ScoringMethod.EAP);
        Map<String, Scores> byScale = Scorer.scoreByScale(BANK, data, options);
        assertEquals(List.of("M1", "M2"), List.copyOf(byScale.keySet()));
        Scorer m1 = Scorer.of(BANK.forScale("M1"), options);
        Scorer m2 = Scorer.of(BANK.forScale("M2"), options);
        assertEquals(m1.score(new int[] {1, 0}), byScale.get("M1").estimate(0));
        assertEquals(m2.score(new int[] {2, 1}), byScale.get("M2").estimate(0));
        assertEquals(ScoreStatus.NO_RESPONSES, byScale.get("M2").status(1));
        ItemBank unnamed = ItemBank.of(Item.of("a", DichotomousItem.rasch(0)));
        Map<String, Scores> single = Scorer.scoreByScale(unnamed, matrix(List.of("a"), new int[] {1}), options);
        assertEquals(Scorer.of(unnamed, options).score(new int[] {1}), single.get("").estimate(0));
    }

    @Test
    void posteriorGivesLevelProbabilities() {
        Posterior posterior = scorer(ScoringMethod.EAP).posterior(new int[] {1, 0, 2, 1});
        double[] levels = posterior.levelProbabilities(-1, 0, 1);
        assertEquals(4, levels.length);
        double sum = 0;
        for (double p : levels) {
            sum += p;
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(posterior.probability(Double.NEGATIVE_INFINITY, -1), levels[0], 1e-15);
        assertEquals(posterior.probability(-1, 0), levels[1], 1e-15);
        assertEquals(posterior.probability(1, Double.POSITIVE_INFINITY), levels[3], 1e-15);
        assertArrayEquals(new double[] {1.0}, posterior.levelProbabilities(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> posterior.levelProbabilities(1, 0));
        assertThrows(IllegalArgumentException.class, () -> posterior.probability(1, 0));
        assertEquals(121, posterior.size());
        assertEquals(-6, posterior.node(0));
        assertNotEquals(posterior.weight(0), posterior.weight(60));
    }

    @Test
    void levelProbabilitiesOfABatchEqualThoseOfEachPosterior() {
        int[][] rows = {{1, 0, 2, 1}, {0, 0, 0, 0}, {-1, -1, -1, -1}, {1, -1, 3, 1}, {0, 1, 1, -1}};
        ResponseMatrix data = matrix(List.of("a", "b", "c", "d"), rows);
        Scorer scorer = Scorer.of(BANK, ScoringOptions.builder().parallelism(2).chunkSize(2).build());
        double[] cuts = {-1.5, 0.25, 1.0};
        double[] all = scorer.levelProbabilities(data, cuts);
        assertEquals(rows.length * 4, all.length);
        for (int n = 0; n < rows.length; n++) {
            assertArrayEquals(scorer.posterior(rows[n]).levelProbabilities(cuts),
                    java.util.Arrays.copyOfRange(all, 4 * n, 4 * n + 4));
        }
        assertEquals(rows.length, scorer.levelProbabilities(data).length);
        assertThrows(IllegalArgumentException.class, () -> scorer.levelProbabilities(data, 0, Double.NaN));
    }

    /**
     * The hot loops (BatchKernel, and PatternSumTable from its per-examinee method on) stay free of
     * boxing, streams, allocation and for-each (a source scan, as EJML does).
     */
    @Test
    void theKernelHasNoBoxingStreamsOrForEach() throws java.io.IOException {
        java.nio.file.Path kernel = java.nio.file.Path.of("src/main/java/io/github/cact/internal/tables/BatchKernel.java");
        java.nio.file.Path sums = java.nio.file.Path.of("src/main/java/io/github/cact/internal/tables/PatternSumTable.java");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(kernel), "run from the module directory");
        String sumsText = java.nio.file.Files.readString(sums);
        int hot = sumsText.indexOf("public int logLikelihood(");
        assertTrue(hot > 0, "PatternSumTable.logLikelihood not found");
        Map<String, String> sources = Map.of("BatchKernel", java.nio.file.Files.readString(kernel),
                "PatternSumTable.logLikelihood", sumsText.substring(hot));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String text = source.getValue();
            for (String banned : List.of("Double ", "Integer ", "Long ", "stream(", "List<", "new ")) {
                assertTrue(!text.contains(banned), source.getKey() + " contains '" + banned + "'");
            }
            assertTrue(!java.util.regex.Pattern.compile("for \\([^;]*:").matcher(text).find(),
                    "for-each in " + source.getKey());
        }
    }

    @Test
    void toStringsShowNoPersonalData() {
        ResponseMatrix data = matrix(BANK.ids(), new int[] {1, 0, 2, 1});
        String s = scorer(ScoringMethod.EAP).score(data).toString();
        assertEquals("Scores[eap, 1 examinees]", s);
        assertTrue(ScoringOptions.defaults().toString().contains("eap"));
    }
}

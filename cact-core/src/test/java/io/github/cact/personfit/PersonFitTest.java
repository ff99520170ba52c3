package io.github.cact.personfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.ScoreStatus;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.simulation.ResponseSimulator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PersonFitTest {

    private static final AbilityEstimate AT_HALF = new AbilityEstimate(0.5, 0.4, ScoreStatus.OK);

    private static ItemBank mixedBank() {
        return ItemBank.of(
                Item.of("d1", DichotomousItem.twoPl(1.2, -0.5)),
                Item.of("d2", DichotomousItem.threePl(0.9, 0.3, 0.2)),
                Item.of("g1", GradedResponseItem.ofIrt(1.4, new double[] {-1, 0.2, 1.1})),
                Item.of("p1", PartialCreditItem.gpcmOfIrt(0.8, new double[] {-0.4, 0.6})),
                Item.of("g2", GradedResponseItem.ofIrt(0.7, new double[] {-0.3, 0.9})));
    }

    /** mirt's personfit() terms written as it writes them: σ² = Σ_i Σ_{k≠j} P_k P_j log P_k log(P_k/P_j). */
    private static double mirtZh(ItemBank bank, int[] x, double theta) {
        double ll = 0;
        double mu = 0;
        double sigma2 = 0;
        for (int i = 0; i < bank.size(); i++) {
            if (x[i] < 0) {
                continue;
            }
            ItemModel model = bank.model(i);
            double[] p = new double[model.categories()];
            model.probabilities(theta, p);
            ll += Math.log(p[x[i]]);
            for (int k = 0; k < p.length; k++) {
                mu += p[k] * Math.log(p[k]);
                for (int j = 0; j < p.length; j++) {
                    if (j != k) {
                        sigma2 += p[k] * p[j] * Math.log(p[k]) * Math.log(p[k] / p[j]);
                    }
                }
            }
        }
        return (ll - mu) / Math.sqrt(sigma2);
    }

    @Test
    void polytomousLzIsMirtsZhAndInfitOutfitAreTheResidualMeanSquares() {
        ItemBank bank = mixedBank();
        int[] x = {1, 0, 3, 1, 0};
        PersonFit fit = PersonFit.of(bank, ScoringOptions.defaults(), PersonFitOptions.defaults().withMinimumResponses(5));
        PersonFitResult result = fit.fit(x, AT_HALF);
        assertEquals(mirtZh(bank, x, 0.5), result.lz().getAsDouble(), 1e-12);
        double squares = 0;
        double variances = 0;
        double standardized = 0;
        for (int i = 0; i < x.length; i++) {
            ItemModel model = bank.model(i);
            double[] p = new double[model.categories()];
            model.probabilities(0.5, p);
            double e = model.expectedScore(0.5);
            double v = 0;
            for (int k = 0; k < p.length; k++) {
                v += (k - e) * (k - e) * p[k];
            }
            squares += (x[i] - e) * (x[i] - e);
            variances += v;
            standardized += (x[i] - e) * (x[i] - e) / v;
        }
        assertEquals(squares / variances, result.infit().getAsDouble(), 1e-12);
        assertEquals(standardized / 5, result.outfit().getAsDouble(), 1e-12);
        assertEquals(5, result.answered());
    }

    @Test
    void missingResponsesDropOutOfEverySum() {
        ItemBank bank = mixedBank();
        PersonFitOptions three = PersonFitOptions.defaults().withMinimumResponses(3);
        PersonFitResult withMissing = PersonFit.of(bank, ScoringOptions.defaults(), three)
                .fit(new int[] {1, -1, 3, -1, 0}, AT_HALF);
        ItemBank answered = bank.select(List.of("d1", "g1", "g2"));
        PersonFitResult subBank = PersonFit.of(answered, ScoringOptions.defaults(), three).fit(new int[] {1, 3, 0}, AT_HALF);
        assertEquals(subBank, withMissing);
        assertEquals(3, withMissing.answered());
        assertEquals(mirtZh(bank, new int[] {1, -1, 3, -1, 0}, 0.5), withMissing.lz().getAsDouble(), 1e-12);
    }

    @Test
    void tooFewAnsweredItemsGiveAReasonAndNoStatistics() {
        PersonFitResult result = PersonFit.of(mixedBank()).fit(new int[] {1, 0, 3, 1, 0}, AT_HALF);
        assertEquals(PersonFitFlag.TOO_FEW_RESPONSES, result.flag());
        assertEquals(OptionalDouble.empty(), result.lz());
        assertEquals(OptionalDouble.empty(), result.lzStar());
        assertEquals(OptionalDouble.empty(), result.infit());
        assertEquals(OptionalDouble.empty(), result.outfit());
        assertEquals(0.5, result.theta());
        assertEquals("too_few_responses", result.flag().code());
        PersonFitResult none = PersonFit.of(mixedBank(), ScoringOptions.defaults(),
                PersonFitOptions.defaults().withMinimumResponses(1)).fit(new int[] {-1, -1, -1, -1, -1},
                new AbilityEstimate(0, 1, ScoreStatus.NO_RESPONSES));
        assertEquals(PersonFitFlag.TOO_FEW_RESPONSES, none.flag());
        assertEquals(0, none.answered());
    }

    @Test
    void allLowestAndAllHighestPatternsAreExtreme() {
        PersonFit fit = PersonFit.of(mixedBank(), ScoringOptions.defaults(), PersonFitOptions.defaults().withMinimumResponses(2));
        assertEquals(PersonFitFlag.EXTREME_PATTERN, fit.fit(new int[] {0, 0, 0, -1, 0}, AT_HALF).flag());
        assertEquals(PersonFitFlag.EXTREME_PATTERN, fit.fit(new int[] {1, 1, 3, 2, -1}, AT_HALF).flag());
        assertEquals(PersonFitFlag.EXTREME_PATTERN,
                fit.fit(new int[] {1, 0, 2, 1, 1}, new AbilityEstimate(20, Double.POSITIVE_INFINITY, ScoreStatus.EXTREME_HIGH))
                        .flag());
        assertTrue(fit.fit(new int[] {1, 0, 2, 1, 1}, AT_HALF).flag().hasStatistics());
        assertFalse(fit.fit(new int[] {0, 0, 0, -1, 0}, AT_HALF).flag().hasStatistics());
    }

    @Test
    void noResponseVarianceAtThetaIsUnresolvedNotNaN() {
        // a = 50 at θ = 20: P(correct) rounds to 1 and log P(wrong) = −1000, so V = 0
        ItemBank steep = ItemBank.of(Item.of("s1", DichotomousItem.twoPl(50, 0)), Item.of("s2", DichotomousItem.twoPl(50, 0.1)));
        PersonFitResult result = PersonFit.of(steep, ScoringOptions.defaults(), PersonFitOptions.defaults().withMinimumResponses(2))
                .fit(new int[] {1, 0}, new AbilityEstimate(20, 1, ScoreStatus.OK));
        assertEquals(PersonFitFlag.UNRESOLVED, result.flag());
        assertEquals(OptionalDouble.empty(), result.lz());
    }

    @Test
    void theFlagFollowsTheCriticalValue() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 20, 2, 5);
        int[] reversed = new int[20];
        int[] consistent = new int[20];
        for (int i = 0; i < 20; i++) {
            double b = bank.model(i).thresholds()[0];
            reversed[i] = b > 0 ? 1 : 0;
            consistent[i] = b > 0 ? 0 : 1;
        }
        PersonFit fit = PersonFit.of(bank);
        Scorer scorer = Scorer.of(bank);
        PersonFitResult aberrant = fit.fit(reversed, scorer.score(reversed));
        PersonFitResult guttman = fit.fit(consistent, scorer.score(consistent));
        assertEquals(PersonFitFlag.MISFIT, aberrant.flag());
        assertTrue(aberrant.lzStar().getAsDouble() < -1.645);
        assertEquals(PersonFitFlag.FITS, guttman.flag());
        double lzStar = aberrant.lzStar().getAsDouble();
        PersonFit lenient = PersonFit.of(bank, ScoringOptions.defaults(),
                PersonFitOptions.defaults().withCriticalValue(lzStar - 0.01));
        assertEquals(PersonFitFlag.FITS, lenient.fit(reversed, scorer.score(reversed)).flag());
    }

    @Test
    void byScaleEachScaleIsFittedAtItsOwnTheta() {
        ItemBank bank = ItemBank.of(ResponseSimulator.randomBank(ModelType.GRM, 24, 4, 7).items().stream()
                .map(item -> Item.of(item.id(), item.model(), item.id().compareTo("I013") < 0 ? "A" : "B")).toList());
        ResponseMatrix responses = ResponseSimulator.of(bank, 8).withMissingRate(0.1).simulate(300).responses();
        Map<String, PersonFitResults> byScale = PersonFit.fitByScale(bank, responses, ScoringOptions.defaults(),
                PersonFitOptions.defaults());
        assertEquals(List.of("A", "B"), List.copyOf(byScale.keySet()));
        for (String scale : byScale.keySet()) {
            ItemBank items = bank.forScale(scale);
            PersonFitResults alone = PersonFit.of(items).fit(responses.selectItems(items.ids()));
            assertEquals(alone, byScale.get(scale), scale);
        }
        assertEquals(300, byScale.get("A").size());
        assertEquals(responses.examineeIds(), byScale.get("B").examineeIds());
    }

    @Test
    void badInputIsNamed() {
        ItemBank bank = mixedBank();
        PersonFit fit = PersonFit.of(bank);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit.fit(new int[] {1, 0}, AT_HALF))
                .getMessage().contains("2 responses"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit.fit(new int[] {1, 0, 4, 0, 0}, AT_HALF))
                .getMessage().contains("'g1'"));
        ResponseMatrix responses = ResponseMatrix.of(List.of("e1", "e2"), bank.ids(),
                new int[][] {{1, 0, 3, 1, 0}, {0, 1, 2, 2, 1}});
        Scores map = Scorer.of(bank, ScoringOptions.of(ScoringMethod.MAP)).score(responses);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit.fit(responses, map))
                .getMessage().contains("map"));
        Scores others = Scorer.of(bank).score(ResponseMatrix.of(List.of("e1", "x"), bank.ids(),
                new int[][] {{1, 0, 3, 1, 0}, {0, 1, 2, 2, 1}}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit.fit(responses, others))
                .getMessage().contains("examinees"));
        ResponseMatrix extra = ResponseMatrix.of(List.of("e1"), List.of("d1", "zz"), new int[][] {{1, 0}});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit.fit(extra))
                .getMessage().contains("'zz'"));
        assertThrows(IllegalArgumentException.class, () -> new PersonFitOptions(0, -1.645));
        assertThrows(IllegalArgumentException.class, () -> new PersonFitOptions(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PersonFitResult(0, 5, OptionalDouble.of(Double.NaN),
                OptionalDouble.of(0), OptionalDouble.of(1), OptionalDouble.of(1), PersonFitFlag.FITS));
        assertThrows(IllegalArgumentException.class, () -> new PersonFitResult(0, 5, OptionalDouble.of(0),
                OptionalDouble.of(0), OptionalDouble.of(1), OptionalDouble.of(1), PersonFitFlag.EXTREME_PATTERN));
    }

    @Test
    void theBatchIsTheSameWhateverTheThreadsAndChunks() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.GPCM, 15, 4, 9);
        ResponseMatrix responses = ResponseSimulator.of(bank, 10).withMissingRate(0.1).simulate(500).responses();
        PersonFitResults sequential = PersonFit.of(bank,
                ScoringOptions.builder().parallelism(1).build(), PersonFitOptions.defaults()).fit(responses);
        PersonFitResults parallel = PersonFit.of(bank,
                ScoringOptions.builder().parallelism(4).chunkSize(7).build(), PersonFitOptions.defaults()).fit(responses);
        assertEquals(sequential, parallel);
        for (int n = 0; n < responses.examinees(); n++) {
            int[] x = new int[bank.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = responses.response(n, i);
            }
            assertEquals(sequential.result(n), PersonFit.of(bank).fit(x, Scorer.of(bank).score(x)), "row " + n);
        }
        ResponseMatrix tooHigh = ResponseMatrix.of(List.of("e1", "e2"), List.of("I001"), new int[][] {{1}, {7}});
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PersonFit.of(bank).fit(tooHigh, Scorer.of(ResponseSimulator.randomBank(ModelType.GPCM, 1, 8, 9))
                        .score(tooHigh))).getMessage().contains("examinee 'e2', item 'I001': category 7"));
    }

    @Test
    void resultsDescribeTheirSizeOnly() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 12, 2, 3);
        PersonFitResults results = PersonFit.of(bank).fit(ResponseSimulator.of(bank, 4).simulate(25).responses());
        assertEquals("PersonFitResults[eap, 25 examinees]", results.toString());
        assertEquals(25, results.count(PersonFitFlag.FITS) + results.count(PersonFitFlag.MISFIT)
                + results.count(PersonFitFlag.EXTREME_PATTERN) + results.count(PersonFitFlag.TOO_FEW_RESPONSES)
                + results.count(PersonFitFlag.UNRESOLVED));
    }
}

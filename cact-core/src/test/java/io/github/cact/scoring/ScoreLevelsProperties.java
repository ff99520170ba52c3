package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fused pass ({@link Scorer#scoreLevels}) against the separate calls it replaces, bit for bit, on random
 * banks of every model and random patterns with missing responses (and all-0, all-max, all-missing rows).
 */
class ScoreLevelsProperties {

    /** A random bank, patterns for it and cut scores. */
    record Case(ScorerProperties.Case scored, double[] cuts) {
        @Override
        public String toString() {
            return scored + ", cuts " + Arrays.toString(cuts);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<double[]> cuts = Arbitraries.doubles().between(-3, 3).array(double[].class).ofMinSize(0).ofMaxSize(5)
                .map(c -> Arrays.stream(c).sorted().distinct().toArray());
        return Combinators.combine(new ScorerProperties().cases(), cuts).as(Case::new);
    }

    @Property(tries = 60, seed = "20261130")
    void fusedPassEqualsTheSeparateCallsBitForBit(@ForAll("cases") Case c) {
        ItemBank bank = c.scored().bank();
        ResponseMatrix responses = ScorerProperties.matrix(bank, c.scored().patterns());
        double[] cuts = c.cuts();
        for (ScoringMethod method : ScoringMethod.values()) {
            Scorer scorer = Scorer.of(bank, ScoringOptions.builder().method(method).parallelism(2).chunkSize(5).build());
            LevelScores fused = scorer.scoreLevels(responses, cuts);
            Scores scores = scorer.score(responses);
            double[] levels = scorer.levelProbabilities(responses, cuts);
            double[] mass = scorer.levelProbabilities(responses);
            int m = cuts.length + 1;
            assertEquals(m, fused.levels());
            for (int n = 0; n < responses.examinees(); n++) {
                assertEquals(bits(scores.theta(n)), bits(fused.scores().theta(n)), method + " theta " + n);
                assertEquals(bits(scores.se(n)), bits(fused.scores().se(n)), method + " se " + n);
                assertEquals(scores.status(n), fused.scores().status(n), method + " status " + n);
                assertEquals(scores.examineeId(n), fused.scores().examineeId(n));
                double[] expected = new double[m];
                for (int k = 0; k < m; k++) {
                    expected[k] = levels[n * m + k] / mass[n];
                    assertEquals(bits(expected[k]), bits(fused.probability(n, k)), method + " level " + k + " of " + n);
                }
                assertArrayEquals(expected, fused.probabilities(n));
            }
        }
    }

    /** A scale's scorer takes the whole test's matrix: the other scales' columns are not used. */
    @Property(tries = 30, seed = "20261130")
    void otherColumnsAreNotUsed(@ForAll("cases") Case c) {
        ItemBank scale = c.scored().bank();
        List<Item> wider = new ArrayList<>(scale.items());
        wider.add(Item.of("other-1", scale.model(0)));
        wider.add(0, Item.of("other-0", scale.model(0)));
        ItemBank test = ItemBank.of(wider);
        int[][] own = c.scored().patterns();
        int[][] whole = new int[own.length][];
        Random random = new Random(c.scored().seed());
        for (int n = 0; n < own.length; n++) {
            whole[n] = new int[test.size()];
            whole[n][0] = random.nextInt(2);
            System.arraycopy(own[n], 0, whole[n], 1, own[n].length);
            whole[n][test.size() - 1] = random.nextInt(2);
        }
        Scorer scorer = Scorer.of(scale);
        ResponseMatrix wholeMatrix = ScorerProperties.matrix(test, whole);
        LevelScores fromWhole = scorer.scoreLevels(wholeMatrix, test, c.cuts());
        LevelScores fromOwn = scorer.scoreLevels(ScorerProperties.matrix(scale, own), c.cuts());
        for (int n = 0; n < own.length; n++) {
            assertEquals(bits(fromOwn.scores().theta(n)), bits(fromWhole.scores().theta(n)));
            assertEquals(bits(fromOwn.scores().se(n)), bits(fromWhole.scores().se(n)));
            assertArrayEquals(fromOwn.probabilities(n), fromWhole.probabilities(n));
        }
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreLevels(wholeMatrix, c.cuts()));
        assertEquals("response column 'other-0' (column 1) is not an item of the item bank", alone.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreLevels(wholeMatrix, scale, c.cuts()));
        assertEquals("response column 'other-0' (column 1) is not an item of the test", outside.getMessage());
    }

    @Test
    void refusesBadCutsAndCategoriesAboveTheMaximum() {
        ItemBank bank = ScorerProperties.bankOf(List.of(io.github.cact.irt.DichotomousItem.twoPl(1.2, 0.3)));
        Scorer scorer = Scorer.of(bank);
        ResponseMatrix ok = ResponseMatrix.of(List.of("e1"), List.of("i1"), new int[][] {{1}});
        IllegalArgumentException cuts = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreLevels(ok, 0.5, 0.5));
        assertEquals("cut scores must be finite and strictly increasing, got [0.5, 0.5]", cuts.getMessage());
        ResponseMatrix above = ResponseMatrix.of(List.of("e1"), List.of("i1"), new int[][] {{2}});
        IllegalArgumentException category = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreLevels(above, 0.0));
        assertEquals("examinee 'e1', item 'i1': category 2 is above the item's maximum 1", category.getMessage());
    }

    /**
     * The scorer keeps the last columns checked against a test and the levels of the last cuts: asked again
     * with another test or other cuts, it checks and computes afresh.
     */
    @Test
    void aCheckedTestAndLevelsAreReusedOnlyForTheSameTestAndCuts() {
        ItemBank scale = ScorerProperties.bankOf(List.of(io.github.cact.irt.DichotomousItem.twoPl(1.2, 0.3),
                io.github.cact.irt.DichotomousItem.twoPl(0.8, -0.4)));
        List<Item> wider = new ArrayList<>(scale.items());
        wider.add(Item.of("other", scale.model(0)));
        ItemBank test = ItemBank.of(wider);
        ResponseMatrix whole = ResponseMatrix.of(List.of("e1", "e2"), List.of("i1", "i2", "other"),
                new int[][] {{1, 0, 1}, {0, 1, 0}});
        Scorer scorer = Scorer.of(scale);
        LevelScores first = scorer.scoreLevels(whole, test, -0.5, 0.5);
        LevelScores again = scorer.scoreLevels(whole, test, -0.5, 0.5);
        for (int n = 0; n < 2; n++) {
            assertArrayEquals(first.probabilities(n), again.probabilities(n));
        }
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreLevels(whole, scale, -0.5, 0.5));
        assertEquals("response column 'other' (column 3) is not an item of the test", outside.getMessage());
        LevelScores otherCuts = scorer.scoreLevels(whole, test, 0.0);
        LevelScores fresh = Scorer.of(scale).scoreLevels(whole, test, 0.0);
        assertEquals(2, otherCuts.levels());
        for (int n = 0; n < 2; n++) {
            assertArrayEquals(fresh.probabilities(n), otherCuts.probabilities(n));
        }
        IllegalArgumentException cuts = assertThrows(IllegalArgumentException.class,
                () -> scorer.scoreLevels(whole, test, 0.5, 0.5));
        assertEquals("cut scores must be finite and strictly increasing, got [0.5, 0.5]", cuts.getMessage());
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }
}

package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Estimates the grid cannot resolve are flagged, never reported as OK with a zero SE. */
class UnresolvedTest {

    /** 30 items of slope 50 at b = 0, half right: the posterior SD (about 0.005) is far below the spacing 0.1. */
    private static final ItemBank STEEP = ScorerProperties.bankOf(Collections.nCopies(30,
            (ItemModel) DichotomousItem.twoPl(50, 0)));

    private static int[] halfRight() {
        int[] pattern = new int[30];
        for (int i = 0; i < 15; i++) {
            pattern[i] = 1;
        }
        return pattern;
    }

    @Test
    void eapOfAPosteriorOnOneNodeIsUnresolvedWithInfiniteSe() {
        AbilityEstimate e = Scorer.of(STEEP).score(halfRight());
        assertEquals(new AbilityEstimate(0, Double.POSITIVE_INFINITY, ScoreStatus.UNRESOLVED), e);
        Posterior posterior = Scorer.of(STEEP).posterior(halfRight());
        assertEquals(0, posterior.sd(), "the grid posterior itself has all its mass on θ = 0");
        assertEquals(1, posterior.weight(60));
    }

    @Test
    void eapSumOfThatScoreIsUnresolvedToo() {
        AbilityEstimate e = Scorer.of(STEEP, ScoringOptions.of(ScoringMethod.EAP_SUM)).score(halfRight());
        assertEquals(ScoreStatus.UNRESOLVED, e.status());
        assertEquals(Double.POSITIVE_INFINITY, e.se());
    }

    @Test
    void modalMethodsResolveItWithAFiniteSe() {
        for (ScoringMethod method : new ScoringMethod[] {ScoringMethod.MAP, ScoringMethod.ML, ScoringMethod.WLE}) {
            AbilityEstimate e = Scorer.of(STEEP, ScoringOptions.of(method)).score(halfRight());
            assertEquals(ScoreStatus.OK, e.status(), method::toString);
            assertEquals(0, e.theta(), 1e-6, method::toString);
            // I(0) = 30 · 50² · ¼ = 18,750 (MAP adds the prior's 1)
            double information = 30 * 2500 * 0.25 + (method == ScoringMethod.MAP ? 1 : 0);
            assertEquals(1 / Math.sqrt(information), e.se(), 1e-9, method::toString);
        }
    }

    @Test
    void aThreePlItemAtTheEdgeOfTheRangeGivesAFiniteOkEstimate() {
        // the bug report's item had b = −1e308 (θ = NaN, status OK); b = −50 is the most the range allows
        ItemBank bank = ScorerProperties.bankOf(java.util.List.of(DichotomousItem.threePl(1, -50, 0.2),
                DichotomousItem.twoPl(1, 0), DichotomousItem.threePl(50, -1, 0)));
        for (ScoringMethod method : ScoringMethod.values()) {
            for (Quadrature grid : new Quadrature[] {Quadrature.scoringDefault(), Quadrature.standardNormal(81, -40, 40)}) {
                AbilityEstimate e = Scorer.of(bank, ScoringOptions.builder().method(method).quadrature(grid).build())
                        .score(new int[] {0, 1, 0});
                assertTrue(Double.isFinite(e.theta()) && e.se() > 0, () -> method + " " + e);
                assertTrue(e.status() != ScoreStatus.OK || Double.isFinite(e.se()), () -> method + " " + e);
            }
        }
    }
}

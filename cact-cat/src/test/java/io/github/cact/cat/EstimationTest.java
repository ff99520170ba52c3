package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The estimates kept after each answer against cact-core's scorer on the same pattern (same grid and
 * prior), and the recovery of simulated examinees' θ.
 */
class EstimationTest {

    private static final ItemBank BANK = Banks.gpcm(1, 120, 21);

    @Test
    void eapMatchesTheCoreScorer() {
        compareWithCore(AbilityEstimator.EAP, ScoringMethod.EAP, true);
    }

    @Test
    void mapMatchesTheCoreScorer() {
        compareWithCore(AbilityEstimator.MAP, ScoringMethod.MAP, false);
    }

    @Test
    void mlMatchesTheCoreScorerOnceThePatternIsMixed() {
        compareWithCore(AbilityEstimator.ML, ScoringMethod.ML, false);
    }

    @Test
    void mlIsEapWhileEveryAnswerIsInTheLowestCategory() {
        CatEngine ml = CatEngine.of(CatDesign.builder(BANK).estimator(AbilityEstimator.ML).build());
        CatEngine eap = CatEngine.of(CatDesign.builder(BANK).build());
        CatSession a = ml.start(1);
        CatSession b = eap.start(1);
        for (int k = 0; k < 3; k++) {
            a = ml.answer(ml.next(a).session(), 0);
            b = eap.answer(eap.next(b).session(), 0);
            assertEquals(b.estimates(), a.estimates());
        }
    }

    @Test
    void simulatedExamineesAreRecovered() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).stopping(StoppingRule.fixedLength(20)).build());
        SplitMix random = new SplitMix(8);
        int n = 200;
        double[] truth = new double[n];
        double[] estimate = new double[n];
        for (int e = 0; e < n; e++) {
            truth[e] = random.nextGaussian();
            estimate[e] = Banks.run(engine, new double[] {truth[e]}, e).estimates().get(0).theta();
        }
        double bias = 0;
        double squares = 0;
        for (int e = 0; e < n; e++) {
            bias += (estimate[e] - truth[e]) / n;
            squares += (estimate[e] - truth[e]) * (estimate[e] - truth[e]) / n;
        }
        assertTrue(Math.abs(bias) < 0.1, "bias " + bias);
        assertTrue(Math.sqrt(squares) < 0.4, "rmse " + Math.sqrt(squares));
        assertTrue(correlation(truth, estimate) > 0.9, "correlation " + correlation(truth, estimate));
    }

    private static void compareWithCore(AbilityEstimator estimator, ScoringMethod method, boolean compareSe) {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).estimator(estimator)
                .stopping(StoppingRule.fixedLength(15)).build());
        Scorer scorer = Scorer.of(BANK, ScoringOptions.of(method));
        CatSession session = Banks.run(engine, new double[] {0.7}, 4);
        int[] pattern = new int[BANK.size()];
        Arrays.fill(pattern, -1);
        for (Response r : session.responses()) {
            pattern[BANK.indexOf(r.itemId())] = r.category();
        }
        AbilityEstimate core = scorer.score(pattern);
        ScaleEstimate cat = session.estimates().get(0);
        assertEquals(core.theta(), cat.theta(), 1e-6);
        if (compareSe) {
            assertEquals(core.se(), cat.standardError(), 1e-9);
        }
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}

package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import io.github.cact.simulation.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Empirical reliability against its meaning: on simulated data it estimates the squared correlation of
 * the estimates with the true abilities (with N = 5,000 that correlation itself is known to about ±0.01).
 */
class ReliabilityTest {

    private static double squaredCorrelation(Scores scores, Simulation simulation) {
        double[] x = scores.thetas();
        double[] y = simulation.trueThetas();
        double meanX = 0;
        double meanY = 0;
        for (int n = 0; n < x.length; n++) {
            meanX += x[n] / x.length;
            meanY += y[n] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int n = 0; n < x.length; n++) {
            sxy += (x[n] - meanX) * (y[n] - meanY);
            sxx += (x[n] - meanX) * (x[n] - meanX);
            syy += (y[n] - meanY) * (y[n] - meanY);
        }
        return sxy * sxy / (sxx * syy); // Pearson's r, squared
    }

    @Test
    void estimatesTheSquaredCorrelationWithTheTrueAbility() {
        for (int items : new int[] {10, 40}) {
            ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, items, 2, 31);
            Simulation simulation = ResponseSimulator.of(bank, 32).simulate(5000);
            for (ScoringMethod method : new ScoringMethod[] {ScoringMethod.EAP, ScoringMethod.MAP,
                ScoringMethod.EAP_SUM}) {
                Scores scores = Scorer.of(bank, ScoringOptions.of(method)).score(simulation.responses());
                double rho = scores.empiricalReliability().orElseThrow();
                assertEquals(squaredCorrelation(scores, simulation), rho, 0.02, method + ", " + items + " items");
            }
        }
    }

    @Test
    void maximumLikelihoodUsesTheErrorVarianceItCarries() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 40, 2, 33);
        Simulation simulation = ResponseSimulator.of(bank, 34).simulate(5000);
        Scores wle = Scorer.of(bank, ScoringOptions.of(ScoringMethod.WLE)).score(simulation.responses());
        double rho = wle.empiricalReliability().orElseThrow();
        assertEquals(squaredCorrelation(wle, simulation), rho, 0.02);
        Scores eap = Scorer.of(bank).score(simulation.responses());
        assertEquals(eap.empiricalReliability().orElseThrow(), rho, 0.03, "two estimators of one test's reliability");
    }

    @Test
    void moreItemsAreMoreReliable() {
        double previous = 0;
        for (int items : new int[] {5, 10, 20, 40}) {
            ItemBank bank = ResponseSimulator.randomBank(ModelType.GRM, items, 4, 35);
            ResponseMatrix data = ResponseSimulator.of(bank, 36).simulate(2000).responses();
            double rho = Scorer.of(bank).score(data).empiricalReliability().orElseThrow();
            assertTrue(rho > previous && rho < 1, items + " items: " + rho);
            previous = rho;
        }
    }

    @Test
    void emptyWithoutTwoScoredExaminees() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 5, 2, 37);
        ResponseMatrix one = ResponseSimulator.of(bank, 38).simulate(1).responses();
        assertTrue(Scorer.of(bank).score(one).empiricalReliability().isEmpty());
        List<String> items = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            items.add(bank.item(i).id());
        }
        int[][] cells = new int[2][5];
        for (int[] row : cells) {
            Arrays.fill(row, ResponseMatrix.MISSING);
        }
        Scores scores = Scorer.of(bank).score(ResponseMatrix.of(List.of("E1", "E2"), items, cells));
        assertEquals(2, scores.count(ScoreStatus.NO_RESPONSES));
        assertTrue(scores.empiricalReliability().isEmpty());
    }
}

package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Posterior;
import io.github.cact.scoring.Scorer;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyProfilerTest {

    private static final CompetencyFramework FRAMEWORK = CompetencyFramework.of("two", List.of(
            Competency.of("K1", "Kerja", "Work"), Competency.of("K2", "Komunikasi", "Talk")));

    static ItemBank bank() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Item.of("K1_" + i, GradedResponseItem.ofIrt(1.0 + 0.1 * i, new double[] {-1 + 0.2 * i, 0.2 * i, 1 + 0.2 * i}), "K1"));
            items.add(Item.of("K2_" + i, GradedResponseItem.ofIrt(1.3 - 0.1 * i, new double[] {-1.5 + 0.3 * i, -0.3 + 0.2 * i, 0.8 + 0.2 * i}), "K2"));
        }
        return ItemBank.of(items);
    }

    static CompetencyAssessment assessment() {
        return CompetencyAssessment.of(FRAMEWORK, List.of(CutScores.of("K1", -1.2, -0.4, 0.4, 1.2),
                CutScores.of("K2", -1.0, -0.3, 0.3, 1.0)));
    }

    @Test
    void eachCompetencyIsScoredOnItsOwnItemsAndLevelledFromItsPosterior() {
        ItemBank bank = bank();
        ResponseMatrix data = ResponseSimulator.of(bank, 4).simulate(40).responses();
        PositionStandard standard = PositionStandard.uniform("STAF", FRAMEWORK, 3);
        List<PersonProfile> profiles = CompetencyProfiler.of(bank, assessment()).profile(data, standard);
        assertEquals(40, profiles.size());
        Scorer k1 = Scorer.of(bank.forScale("K1"));
        CutScores cuts = assessment().cutScores("K1");
        for (int n = 0; n < 40; n++) {
            Posterior posterior = k1.posterior(data.selectItems(bank.forScale("K1").ids()), n);
            assertEquals(data.examineeId(n), profiles.get(n).examineeId());
            CompetencyResult result = profiles.get(n).competency("K1");
            assertEquals(posterior.mean(), result.theta(), 1e-12);
            assertEquals(posterior.sd(), result.se(), 1e-12);
            assertEquals(cuts.level(posterior.mean()), result.level());
            double[] expected = posterior.levelProbabilities(-1.2, -0.4, 0.4, 1.2);
            double total = 0;
            for (int k = 1; k <= 5; k++) {
                assertEquals(expected[k - 1], result.levels().probability(k), 1e-9);
                total += result.levels().probability(k);
            }
            assertEquals(1, total, 1e-9);
            int levelSum = result.level() + profiles.get(n).competency("K2").level();
            assertEquals(100.0 * levelSum / 6, profiles.get(n).jpm().jpm(), 1e-9);
        }
    }

    @Test
    void theBatchPathGivesTheProfilesOfThePerPersonPath() {
        ItemBank bank = bank();
        ResponseMatrix simulated = ResponseSimulator.of(bank, 17).simulate(300).responses();
        int[][] rows = new int[simulated.examinees()][simulated.items()];
        for (int n = 0; n < rows.length; n++) {
            for (int i = 0; i < rows[n].length; i++) {
                // every seventh examinee answered no K1 item, every fifth skipped the first K2 item
                boolean missing = n % 7 == 0 && simulated.itemId(i).startsWith("K1") || n % 5 == 0 && i == 1;
                rows[n][i] = missing ? -1 : simulated.response(n, i);
            }
        }
        ResponseMatrix data = ResponseMatrix.of(simulated.examineeIds(), simulated.itemIds(), rows);
        List<PositionStandard> standards = new ArrayList<>();
        for (int n = 0; n < rows.length; n++) {
            standards.add(PositionStandard.uniform(n % 2 == 0 ? "STAF" : "KEPALA", FRAMEWORK, 2 + n % 3));
        }
        CompetencyAssessment assessment = assessment();
        List<PersonProfile> batch = CompetencyProfiler.of(bank, assessment).profile(data, standards);
        Scorer k1 = Scorer.of(bank.forScale("K1"));
        Scorer k2 = Scorer.of(bank.forScale("K2"));
        ResponseMatrix k1Data = data.selectItems(bank.forScale("K1").ids());
        ResponseMatrix k2Data = data.selectItems(bank.forScale("K2").ids());
        for (int n = 0; n < rows.length; n++) {
            Posterior p1 = k1.posterior(k1Data, n);
            Posterior p2 = k2.posterior(k2Data, n);
            PersonProfile expected = assessment.profile(data.examineeId(n), java.util.Map.of(
                    "K1", CompetencyEstimate.withPosterior(p1.mean(), p1.sd(), p1.nodes(), p1.weights()),
                    "K2", CompetencyEstimate.withPosterior(p2.mean(), p2.sd(), p2.nodes(), p2.weights())),
                    standards.get(n));
            PersonProfile actual = batch.get(n);
            assertEquals(data.examineeId(n), actual.examineeId());
            assertEquals(expected.position(), actual.position());
            assertEquals(expected.jpm(), actual.jpm());
            for (int c = 0; c < 2; c++) {
                CompetencyResult e = expected.competencies().get(c);
                CompetencyResult a = actual.competencies().get(c);
                assertEquals(e.competency(), a.competency());
                assertEquals(e.theta(), a.theta(), 0.0, "θ is bit-identical");
                assertEquals(e.se(), a.se(), 0.0, "SE is bit-identical");
                assertEquals(e.level(), a.level());
                assertEquals(e.required(), a.required());
                for (int k = 1; k <= 5; k++) {
                    assertEquals(e.levels().probability(k), a.levels().probability(k), 0.0);
                }
            }
            assertArrayEquals(expected.jpmDistribution().values(), actual.jpmDistribution().values(), 0.0);
            assertArrayEquals(expected.jpmDistribution().probabilities(), actual.jpmDistribution().probabilities(),
                    0.0);
            assertEquals(expected, actual, "bit-identical profiles");
        }
    }

    @Test
    void raisingAResponseNeverLowersTheExpectedLevel() {
        ItemBank bank = bank();
        CompetencyProfiler profiler = CompetencyProfiler.of(bank, assessment());
        PositionStandard standard = PositionStandard.uniform("STAF", FRAMEWORK, 3);
        ResponseMatrix data = ResponseSimulator.of(bank, 9).simulate(25).responses();
        for (int n = 0; n < data.examinees(); n++) {
            int[] row = new int[data.items()];
            for (int i = 0; i < row.length; i++) {
                row[i] = data.response(n, i);
            }
            double before = profiler.profile(ResponseMatrix.of(List.of("x"), data.itemIds(), new int[][] {row}), standard)
                    .get(0).competency("K1").levels().expectedLevel();
            int item = data.itemIndex("K1_" + (n % 6));
            if (row[item] < 3) {
                row[item]++;
                double after = profiler.profile(ResponseMatrix.of(List.of("x"), data.itemIds(), new int[][] {row}),
                        standard).get(0).competency("K1").levels().expectedLevel();
                assertTrue(after >= before - 1e-12, before + " -> " + after);
            }
        }
    }

    @Test
    void unknownColumnsAndCompetenciesWithoutResponsesAreNamed() {
        ItemBank bank = bank();
        PositionStandard standard = PositionStandard.uniform("STAF", FRAMEWORK, 3);
        CompetencyProfiler profiler = CompetencyProfiler.of(bank, assessment());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> profiler.profile(
                ResponseMatrix.of(List.of("p"), List.of("K1_0", "Z9"), new int[][] {{1, 1}}), standard));
        assertTrue(unknown.getMessage().contains("'Z9'"), unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> profiler.profile(
                ResponseMatrix.of(List.of("p"), List.of("K1_0"), new int[][] {{1}}), standard));
        assertTrue(none.getMessage().contains("'K2'"), none.getMessage());
        IllegalArgumentException noItems = assertThrows(IllegalArgumentException.class,
                () -> CompetencyProfiler.of(bank.forScale("K1"), assessment()));
        assertTrue(noItems.getMessage().contains("K2"), noItems.getMessage());
    }
}

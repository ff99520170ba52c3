package io.github.cact.mirt.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.competency.CutScores;
import io.github.cact.competency.LevelDistribution;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.ScoreStatus;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MAP, EAP and marginal posteriors in D dimensions against the unidimensional scorer and closed forms. */
class MirtScorerTest {

    private static final int PER_SCALE = 6;

    /** Three scales of six GPCM items each (four categories), simple structure, from a fixed seed. */
    private static List<ItemModel> models() {
        SplittableRandom random = new SplittableRandom(7);
        List<ItemModel> models = new ArrayList<>();
        for (int i = 0; i < 3 * PER_SCALE; i++) {
            double a = 0.8 + 0.8 * random.nextDouble();
            double b = -1 + 2 * random.nextDouble();
            models.add(PartialCreditItem.gpcmOfIrt(a, new double[] {b - 1, b, b + 1}));
        }
        return models;
    }

    private static MultidimensionalBank bank(double r) {
        List<ItemModel> models = models();
        List<MultidimensionalItem> items = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            items.add(MultidimensionalItem.onFactor("i" + i, models.get(i), 3, i / PER_SCALE));
        }
        double[][] correlations = {{1, r, r}, {r, 1, r}, {r, r, 1}};
        return MultidimensionalBank.of(List.of("A", "B", "C"), items, LatentNormal.ofCorrelations(correlations));
    }

    private static int[] pattern(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] x = new int[3 * PER_SCALE];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(4);
        }
        return x;
    }

    @Test
    void independentFactorsGiveTheUnidimensionalMapAndEapOfEachScale() {
        MirtScorer scorer = MirtScorer.of(bank(0), MirtScoringOptions.defaults().withQmcPoints(4096));
        List<ItemModel> models = models();
        for (long seed = 1; seed <= 5; seed++) {
            int[] x = pattern(seed);
            MirtEstimate map = scorer.map(x);
            MirtEstimate eap = scorer.eap(x);
            assertEquals(ScoreStatus.OK, map.status());
            for (int f = 0; f < 3; f++) {
                List<Item> items = new ArrayList<>();
                int[] own = new int[PER_SCALE];
                for (int k = 0; k < PER_SCALE; k++) {
                    items.add(Item.of("i" + k, models.get(f * PER_SCALE + k)));
                    own[k] = x[f * PER_SCALE + k];
                }
                ItemBank scale = ItemBank.of(items);
                AbilityEstimate uniMap = Scorer.of(scale, ScoringOptions.of(ScoringMethod.MAP)).score(own);
                AbilityEstimate uniEap = Scorer.of(scale, ScoringOptions.of(ScoringMethod.EAP)).score(own);
                assertEquals(uniMap.theta(), map.theta(f), 1e-6, "MAP seed " + seed + " factor " + f);
                assertEquals(uniMap.se(), map.se(f), 1e-6, "MAP SE seed " + seed + " factor " + f);
                assertEquals(uniEap.theta(), eap.theta(f), 5e-3, "EAP seed " + seed + " factor " + f);
                assertEquals(uniEap.se(), eap.se(f), 5e-3, "EAP SD seed " + seed + " factor " + f);
            }
        }
    }

    /**
     * With answers on factor A only, the normal prior makes θ_B | θ_A ~ N(r θ_A, 1 − r²): the posterior
     * mean of B is exactly r times that of A, and its variance 1 − r² + r² Var(θ_A | x).
     */
    @Test
    void aScaleWithoutAnswersBorrowsFromACorrelatedOne() {
        double r = 0.7;
        MirtScorer scorer = MirtScorer.of(bank(r), MirtScoringOptions.defaults().withQmcPoints(4096));
        int[] x = pattern(3);
        for (int i = PER_SCALE; i < x.length; i++) {
            x[i] = ResponseMatrix.MISSING;
        }
        MirtEstimate map = scorer.map(x);
        assertEquals(r * map.theta(0), map.theta(1), 1e-7);
        assertEquals(1 - r * r + r * r * map.se(0) * map.se(0), map.se(1) * map.se(1), 1e-7);
        MirtEstimate eap = scorer.eap(x);
        assertEquals(r * eap.theta(0), eap.theta(1), 2e-3);
        assertEquals(1 - r * r + r * r * eap.se(0) * eap.se(0), eap.se(1) * eap.se(1), 5e-3);
    }

    @Test
    void theMapIsAStationaryPointAndItsCovarianceInvertsTheNumericalHessian() {
        MultidimensionalBank bank = bank(0.6);
        MirtScorer scorer = MirtScorer.of(bank);
        int[] x = pattern(11);
        MirtEstimate map = scorer.map(x);
        double[] theta = map.theta();
        double h = 1e-4;
        double[][] hessian = new double[3][3];
        for (int f = 0; f < 3; f++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[f] += h;
            down[f] -= h;
            assertEquals(0, (logPosterior(bank, x, up) - logPosterior(bank, x, down)) / (2 * h), 1e-6, "gradient " + f);
            for (int g = 0; g < 3; g++) {
                double[] pp = theta.clone();
                double[] pm = theta.clone();
                double[] mp = theta.clone();
                double[] mm = theta.clone();
                pp[f] += h;
                pp[g] += h;
                pm[f] += h;
                pm[g] -= h;
                mp[f] -= h;
                mp[g] += h;
                mm[f] -= h;
                mm[g] -= h;
                hessian[f][g] = -(logPosterior(bank, x, pp) - logPosterior(bank, x, pm) - logPosterior(bank, x, mp)
                        + logPosterior(bank, x, mm)) / (4 * h * h);
            }
        }
        double[] covariance = map.covariance();
        for (int f = 0; f < 3; f++) {
            for (int g = 0; g < 3; g++) {
                double product = 0;
                for (int k = 0; k < 3; k++) {
                    product += hessian[f][k] * covariance[k * 3 + g];
                }
                assertEquals(f == g ? 1 : 0, product, 1e-4, "H·Σ [" + f + "," + g + "]");
            }
        }
    }

    private static double logPosterior(MultidimensionalBank bank, int[] x, double[] theta) {
        double sum = bank.latent().logDensity(theta);
        double[] lp = new double[4];
        for (int i = 0; i < x.length; i++) {
            bank.item(i).logProbabilities(theta, lp);
            sum += lp[x[i]];
        }
        return sum;
    }

    @Test
    void threePlItemsConvergeWhereTheHessianIsNotNegativeDefinite() {
        List<MultidimensionalItem> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(MultidimensionalItem.onFactor("q" + i, DichotomousItem.ofIrt(ModelType.THREE_PL, 1.8, -1 + 0.3 * i,
                    0.25, Double.NaN), 2, i % 2));
        }
        MultidimensionalBank bank = MultidimensionalBank.of(List.of("A", "B"), items,
                LatentNormal.ofCorrelations(new double[][] {{1, 0.5}, {0.5, 1}}));
        int[] x = {0, 0, 0, 0, 0, 0, 1, 0, 0, 1};
        MirtEstimate map = MirtScorer.of(bank).map(x);
        assertEquals(ScoreStatus.OK, map.status());
        for (int f = 0; f < 2; f++) {
            double[] up = map.theta();
            double[] down = map.theta();
            up[f] += 1e-5;
            down[f] -= 1e-5;
            double gradient = (logPosterior2(bank, x, up) - logPosterior2(bank, x, down)) / 2e-5;
            assertEquals(0, gradient, 1e-5);
        }
    }

    @Test
    void twoPlItemsInClosedFormGiveTheUnidimensionalMap() {
        List<MultidimensionalItem> items = new ArrayList<>();
        List<Item> uni = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ItemModel m = DichotomousItem.ofIrt(ModelType.TWO_PL, 0.6 + 0.2 * i, -2 + 0.35 * i, Double.NaN, Double.NaN);
            items.add(MultidimensionalItem.onFactor("t" + i, m, 1, 0));
            uni.add(Item.of("t" + i, m));
        }
        MultidimensionalBank bank = MultidimensionalBank.of(List.of("A"), items, LatentNormal.independent(1));
        for (int[] x : new int[][] {{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            {1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0}}) {
            MirtEstimate map = MirtScorer.of(bank).map(x);
            AbilityEstimate expected = Scorer.of(ItemBank.of(uni), ScoringOptions.of(ScoringMethod.MAP)).score(x);
            assertEquals(expected.theta(), map.theta(0), 1e-6);
            assertEquals(expected.se(), map.se(0), 1e-6);
        }
    }

    private static double logPosterior2(MultidimensionalBank bank, int[] x, double[] theta) {
        double sum = bank.latent().logDensity(theta);
        double[] lp = new double[2];
        for (int i = 0; i < x.length; i++) {
            bank.item(i).logProbabilities(theta, lp);
            sum += lp[x[i]];
        }
        return sum;
    }

    @Test
    void noResponsesGiveThePrior() {
        MirtScorer scorer = MirtScorer.of(bank(0.7));
        int[] x = new int[3 * PER_SCALE];
        java.util.Arrays.fill(x, ResponseMatrix.MISSING);
        for (MirtEstimate e : List.of(scorer.map(x), scorer.eap(x))) {
            assertEquals(ScoreStatus.NO_RESPONSES, e.status());
            assertArrayEquals(new double[] {0, 0, 0}, e.theta(), 0.02);
            assertEquals(1, e.se(0), 0.03);
        }
        assertArrayEquals(new double[] {1, 0.7, 0.7, 0.7, 1, 0.7, 0.7, 0.7, 1}, scorer.map(x).covariance(), 1e-12);
    }

    @Test
    void marginalLevelProbabilitiesMatchTheUnidimensionalPosteriorWhenFactorsAreIndependent() {
        MirtScorer scorer = MirtScorer.of(bank(0), MirtScoringOptions.defaults().withQmcPoints(4096));
        List<ItemModel> models = models();
        CutScores cuts = CutScores.of("A", -1.0, -0.2, 0.6, 1.4);
        int[] x = pattern(5);
        MirtPosterior posterior = scorer.posterior(x);
        LevelDistribution multi = posterior.levelProbabilities(0, cuts);
        // the reference: the scale's own posterior by the midpoint rule on 24,000 cells of [-6, 6]
        int cells = 24_000;
        double[] nodes = new double[cells];
        double[] weights = new double[cells];
        double[] lp = new double[4];
        for (int q = 0; q < cells; q++) {
            nodes[q] = -6 + 12 * (q + 0.5) / cells;
            double log = -0.5 * nodes[q] * nodes[q];
            for (int k = 0; k < PER_SCALE; k++) {
                models.get(k).logProbabilities(nodes[q], lp);
                log += lp[x[k]];
            }
            weights[q] = Math.exp(log);
        }
        LevelDistribution expected = cuts.levelProbabilities(nodes, weights);
        for (int level = 1; level <= 5; level++) {
            assertEquals(expected.probability(level), multi.probability(level), 0.003, "level " + level);
        }
        assertEquals(posterior.estimate().theta(0), posterior.competencyEstimate(0).theta(), 0);
    }

    @Test
    void batchesAreTheSameWhateverTheParallelismAndMatchSinglePatterns() {
        MultidimensionalBank bank = bank(0.7);
        List<String> ids = new ArrayList<>();
        List<String> items = bank.ids();
        int[][] rows = new int[300][];
        for (int n = 0; n < rows.length; n++) {
            ids.add("p" + n);
            rows[n] = pattern(100 + n);
        }
        ResponseMatrix responses = ResponseMatrix.of(ids, items, rows);
        MirtScoringOptions one = new MirtScoringOptions(256, 1, 7);
        MirtScoringOptions two = new MirtScoringOptions(256, 2, 64);
        MirtScores a = MirtScorer.of(bank, one).eap(responses);
        MirtScores b = MirtScorer.of(bank, two).eap(responses);
        MirtScores m = MirtScorer.of(bank, two).map(responses);
        for (int n = 0; n < rows.length; n++) {
            assertEquals(a.estimate(n), b.estimate(n));
            assertEquals(MirtScorer.of(bank, one).map(rows[n]), m.estimate(n));
        }
    }

    @Test
    void badResponsesAreRefusedNamingTheItemAndExaminee() {
        MultidimensionalBank bank = bank(0.5);
        MirtScorer scorer = MirtScorer.of(bank);
        int[] x = pattern(1);
        x[4] = 4;
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class, () -> scorer.map(x));
        assertTrue(single.getMessage().contains("'i4'") && single.getMessage().contains("4"), single.getMessage());
        ResponseMatrix unknown = ResponseMatrix.of(List.of("p"), List.of("nope"), new int[][] {{1}});
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class, () -> scorer.map(unknown));
        assertTrue(column.getMessage().contains("'nope'"), column.getMessage());
        ResponseMatrix high = ResponseMatrix.of(List.of("p7"), List.of("i2"), new int[][] {{5}});
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class, () -> scorer.eap(high));
        assertTrue(row.getMessage().contains("'p7'") && row.getMessage().contains("'i2'"), row.getMessage());
    }

    @Test
    void haltonRadicalInversesAndTheQuantileInvertsTheNormalCdf() {
        assertEquals(0.5, HaltonPoints.radicalInverse(1, 2), 0);
        assertEquals(0.25, HaltonPoints.radicalInverse(2, 2), 0);
        assertEquals(0.75, HaltonPoints.radicalInverse(3, 2), 0);
        assertEquals(0.375, HaltonPoints.radicalInverse(6, 2), 0);
        assertEquals(1.0 / 3 + 1.0 / 9, HaltonPoints.radicalInverse(4, 3), 1e-15);
        for (double p : new double[] {1e-300, 1e-10, 0.01, 0.02425, 0.3, 0.5, 0.9, 0.999999}) {
            double z = NormalQuantile.of(p);
            double back = p < 0.5 ? io.github.cact.internal.numerics.NormalDistribution.cdf(z)
                    : 1 - io.github.cact.internal.numerics.NormalDistribution.cdf(-z);
            assertEquals(p, back, Math.max(1e-15, 1e-12 * p), "p = " + p);
        }
        assertEquals(1.959963984540054, NormalQuantile.of(0.975), 1e-12);
    }
}

package io.github.cact.benchmarks;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CutScores;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simulated officials answering the nine competencies' situational-judgement items, as in the demo
 * (docs/demo.md): 9 × 12 GPCM items with four categories, each competency's items centred on its own
 * difficulty, the competencies' θ drawn from N_9(0, R) with every correlation r, and each competency's
 * level cuts at the summed scores 12 / 19 / 25 / 30 of its 36 points through its test characteristic curve.
 * Everything follows from the seed.
 */
final class OfficialsData {

    /** The demo's scenario difficulties, M1..M8, SK1. */
    private static final double[] DIFFICULTY = {-0.5, -0.25, 0.0, 0.1, -0.35, 0.2, 0.35, 0.3, -0.1};
    /** The demo's summed-score cuts of levels 2..5. */
    private static final double[] SUMMED_SCORE_CUTS = {12, 19, 25, 30};
    static final int ITEMS_PER_COMPETENCY = 12;

    final CompetencyFramework framework = CompetencyFramework.permenPanRb38();
    final ItemBank bank;
    final MultidimensionalBank multidimensional;
    final List<CutScores> cuts;
    /** True θ, n × 9 row-major. */
    final double[] theta;
    final ResponseMatrix responses;

    OfficialsData(int examinees, double correlation, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> codes = framework.codes();
        int d = codes.size();
        List<Item> items = new ArrayList<>();
        List<MultidimensionalItem> mirtItems = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            for (int i = 1; i <= ITEMS_PER_COMPETENCY; i++) {
                double a = Math.exp(0.25 * random.nextGaussian()) * 0.9;
                double location = DIFFICULTY[c] + 0.9 * random.nextGaussian();
                double[] steps = {location - 1.2 + 0.3 * random.nextGaussian(), location + 0.3 * random.nextGaussian(),
                    location + 1.2 + 0.3 * random.nextGaussian()};
                Arrays.sort(steps);
                String id = String.format(Locale.ROOT, "%s_%02d", codes.get(c), i);
                Item item = Item.of(id, PartialCreditItem.gpcmOfIrt(a, steps), codes.get(c));
                items.add(item);
                mirtItems.add(MultidimensionalItem.onFactor(id, item.model(), d, c));
            }
        }
        bank = ItemBank.of(items);
        double[][] r = new double[d][d];
        for (int i = 0; i < d; i++) {
            Arrays.fill(r[i], correlation);
            r[i][i] = 1;
        }
        LatentNormal latent = LatentNormal.ofCorrelations(r);
        multidimensional = MultidimensionalBank.of(codes, mirtItems, latent);
        cuts = new ArrayList<>();
        for (String code : codes) {
            ItemBank scale = bank.forScale(code);
            cuts.add(CutScores.fromSummedScores(code, t -> {
                double sum = 0;
                for (int i = 0; i < scale.size(); i++) {
                    sum += scale.item(i).model().expectedScore(t);
                }
                return sum;
            }, SUMMED_SCORE_CUTS));
        }
        theta = new double[examinees * d];
        int[][] rows = new int[examinees][bank.size()];
        List<String> ids = new ArrayList<>();
        double[] z = new double[d];
        double[] person = new double[d];
        double[] p = new double[4];
        for (int n = 0; n < examinees; n++) {
            for (int f = 0; f < d; f++) {
                z[f] = random.nextGaussian();
            }
            latent.transform(z, person);
            System.arraycopy(person, 0, theta, n * d, d);
            for (int i = 0; i < bank.size(); i++) {
                multidimensional.item(i).probabilities(person, p);
                double u = random.nextDouble();
                int k = 0;
                double cumulative = p[0];
                while (u >= cumulative && k < p.length - 1) {
                    k++;
                    cumulative += p[k];
                }
                rows[n][i] = k;
            }
            ids.add(String.format(Locale.ROOT, "SIM%06d", n + 1));
        }
        responses = ResponseMatrix.of(ids, bank.ids(), rows);
    }
}

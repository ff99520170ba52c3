package io.github.cact.internal.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LordWingerskyTest {

    private static final double[] NODES = {-3.0, -0.5, 0.0, 1.25, 4.0};

    private static List<ItemModel> items() {
        List<ItemModel> models = new ArrayList<>();
        models.add(ResponseSimulator.randomBank(ModelType.TWO_PL, 1, 2, 3).model(0));
        models.add(ResponseSimulator.randomBank(ModelType.GPCM, 1, 3, 5).model(0));
        models.add(ResponseSimulator.randomBank(ModelType.GRM, 1, 4, 7).model(0));
        models.add(ResponseSimulator.randomBank(ModelType.THREE_PL, 1, 2, 11).model(0));
        return models;
    }

    @Test
    void distributionIsTheSumOverAllPatterns() {
        List<ItemModel> models = items();
        double[] f = LordWingersky.distribution(models, NODES);
        int max = LordWingersky.maxScore(models);
        assertEquals(1 + 2 + 3 + 1, max);
        for (int q = 0; q < NODES.length; q++) {
            // brute force: every response pattern, its probability added to its summed score
            double[] expected = new double[max + 1];
            int[] x = new int[models.size()];
            while (true) {
                double p = 1;
                int sum = 0;
                for (int i = 0; i < x.length; i++) {
                    double[] pk = new double[models.get(i).categories()];
                    models.get(i).probabilities(NODES[q], pk);
                    p *= pk[x[i]];
                    sum += x[i];
                }
                expected[sum] += p;
                int i = 0;
                while (i < x.length && ++x[i] == models.get(i).categories()) {
                    x[i++] = 0;
                }
                if (i == x.length) {
                    break;
                }
            }
            for (int s = 0; s <= max; s++) {
                assertEquals(expected[s], f[s * NODES.length + q], 1e-15, "score " + s + ", node " + q);
            }
        }
    }

    @Test
    void aSubsetFromCategoryRowsEqualsTheListOfThoseItemsBitForBit() {
        List<ItemModel> models = items();
        double[][] rows = new double[models.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = LordWingersky.categoryRows(models.get(i), NODES);
        }
        LordWingersky.Scratch scratch = new LordWingersky.Scratch();
        // a larger table first, so the scratch holds stale entries beyond the subset's
        LordWingersky.scaledDistribution(rows, new int[] {0, 1, 2, 3}, 4, NODES.length, scratch,
                new double[NODES.length]);
        double[] logScale = new double[NODES.length];
        double[] f = LordWingersky.scaledDistribution(rows, new int[] {1, 3, 0, 2}, 2, NODES.length, scratch,
                logScale);
        double[] listScale = new double[NODES.length];
        double[] list = LordWingersky.scaledDistribution(List.of(models.get(1), models.get(3)), NODES, listScale);
        assertEquals((2 + 1 + 1) * NODES.length, list.length);
        assertArrayEquals(list, Arrays.copyOf(f, list.length));
        assertArrayEquals(listScale, logScale);
    }
}

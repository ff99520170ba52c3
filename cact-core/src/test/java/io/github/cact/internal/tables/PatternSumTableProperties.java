package io.github.cact.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PatternSumTableProperties {

    @Property(tries = 200, seed = "20261122")
    void chunkSumsEqualItemRowSums(@ForAll @IntRange(min = 1, max = 30) int items,
            @ForAll @IntRange(min = 0, max = 7) int modelIndex, @ForAll @IntRange(min = 2, max = 7) int categories,
            @ForAll long seed) {
        ModelType type = ModelType.values()[modelIndex];
        ItemBank bank = ResponseSimulator.randomBank(type, items, categories, seed);
        List<ItemModel> models = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            models.add(bank.model(i));
        }
        LogProbabilityTable rows = new LogProbabilityTable(models, Quadrature.standardNormal(21, -4, 4).nodes());
        PatternSumTable chunks = new PatternSumTable(rows);
        SplittableRandom random = new SplittableRandom(seed);
        byte[] responses = new byte[items + 3];
        for (int trial = 0; trial < 20; trial++) {
            for (int i = 0; i < items; i++) {
                int k = models.get(i).categories();
                responses[3 + i] = (byte) (random.nextInt(5) == 0 ? -1 : random.nextInt(k));
            }
            assertSameSums(rows, chunks, responses, 3);
        }
    }

    @Property(tries = 200, seed = "20261122")
    void mixedCategoryCountsAndMissingCellsGiveTheItemRowSums(@ForAll @IntRange(min = 1, max = 40) int items,
            @ForAll @IntRange(min = 0, max = 100) int missingPercent, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ItemModel> models = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ModelType type = ModelType.values()[random.nextInt(ModelType.values().length)];
            models.add(ResponseSimulator.randomBank(type, 1, 2 + random.nextInt(8), random.nextLong()).model(0));
        }
        LogProbabilityTable rows = new LogProbabilityTable(models, Quadrature.standardNormal(61, -6, 6).nodes());
        PatternSumTable chunks = new PatternSumTable(rows);
        byte[] responses = new byte[2 * items];
        for (int trial = 0; trial < 20; trial++) {
            for (int i = 0; i < responses.length; i++) {
                int k = models.get(i % items).categories();
                responses[i] = (byte) (random.nextInt(100) < missingPercent ? -1 - random.nextInt(100) : random.nextInt(k));
            }
            assertSameSums(rows, chunks, responses, items);
        }
    }

    private static void assertSameSums(LogProbabilityTable rows, PatternSumTable chunks, byte[] responses, int from) {
        int nodes = rows.nodes();
        double[] expected = new double[nodes];
        double[] actual = new double[nodes];
        java.util.Arrays.fill(actual, Double.NaN);
        rows.addLogLikelihood(responses, from, expected);
        chunks.logLikelihood(responses, from, new int[chunks.chunks()], actual);
        for (int q = 0; q < nodes; q++) {
            assertEquals(expected[q], actual[q], 1e-9 * Math.max(1, Math.abs(expected[q])));
        }
    }

    @Property(tries = 20, seed = "20261122")
    void chunksHoldAtMost256PatternsWithMissing(@ForAll @IntRange(min = 2, max = 9) int categories) {
        ItemBank bank = ResponseSimulator.randomBank(categories == 2 ? ModelType.TWO_PL : ModelType.GPCM, 40,
                categories, 1);
        List<ItemModel> models = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            models.add(bank.model(i));
        }
        PatternSumTable chunks = new PatternSumTable(new LogProbabilityTable(models, new double[] {0}));
        // K categories and the missing symbol per item
        int perChunk = (int) Math.floor(Math.log(256) / Math.log(categories + 1) + 1e-9);
        assertEquals((40 + perChunk - 1) / perChunk, chunks.chunks());
    }
}

package io.github.cact.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResponseSimulatorTest {

    @Test
    void theSeedDeterminesTheData() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 10, 2, 7);
        Simulation first = ResponseSimulator.of(bank, 42).simulate(200);
        Simulation again = ResponseSimulator.of(bank, 42).simulate(200);
        Simulation other = ResponseSimulator.of(bank, 43).simulate(200);
        assertEquals(first.responses(), again.responses());
        assertTrue(Arrays.equals(first.trueThetas(), again.trueThetas()));
        assertNotEquals(first.responses(), other.responses());
        assertEquals(ResponseSimulator.randomBank(ModelType.GRM, 5, 4, 3), ResponseSimulator.randomBank(ModelType.GRM, 5, 4, 3));
    }

    @Test
    void parallelDrawsEqualTheSequentialLoopOverOneStream() {
        // the definition the parallel chunks must reproduce: θ first, then per examinee and item one uniform
        // for the category and, with a missing rate, one more that may blank the cell
        ItemBank bank = ResponseSimulator.randomBank(ModelType.GPCM, 13, 4, 5);
        for (double missing : new double[] {0, 0.2}) {
            int examinees = 2_345;
            Simulation simulation = ResponseSimulator.of(bank, -17).withAbility(0.4, 1.3).withMissingRate(missing)
                    .simulate(examinees);
            SplittableRandom random = new SplittableRandom(-17);
            double[] theta = new double[examinees];
            for (int n = 0; n < examinees; n++) {
                theta[n] = 0.4 + 1.3 * random.nextGaussian();
            }
            double[] p = new double[4];
            for (int n = 0; n < examinees; n++) {
                assertEquals(String.format("E%06d", n + 1), simulation.responses().examineeId(n));
                assertEquals(theta[n], simulation.trueTheta(n));
                for (int i = 0; i < bank.size(); i++) {
                    bank.model(i).probabilities(theta[n], p);
                    double u = random.nextDouble();
                    int k = 0;
                    for (double cumulative = p[0]; u >= cumulative && k < 3; cumulative += p[k]) {
                        k++;
                    }
                    if (missing > 0 && random.nextDouble() < missing) {
                        k = ResponseMatrix.MISSING;
                    }
                    assertEquals(k, simulation.responses().response(n, i), "examinee " + n + ", item " + i);
                }
            }
        }
    }

    @Test
    void batchesTogetherAreTheWholeSimulation() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.THREE_PL, 7, 2, 11);
        ResponseSimulator simulator = ResponseSimulator.of(bank, 5).withMissingRate(0.1);
        Simulation whole = simulator.simulate(1_001);
        java.util.List<Simulation> batches = new java.util.ArrayList<>();
        simulator.simulate(1_001, 300, batches::add);
        assertEquals(java.util.List.of(300, 300, 300, 101),
                batches.stream().map(b -> b.responses().examinees()).collect(java.util.stream.Collectors.toList()));
        for (int b = 0; b < batches.size(); b++) {
            assertEquals(whole.responses().rows(300 * b, 300 * b + batches.get(b).responses().examinees()),
                    batches.get(b).responses(), "batch " + b);
            assertTrue(Arrays.equals(Arrays.copyOfRange(whole.trueThetas(), 300 * b, 300 * b
                    + batches.get(b).responses().examinees()), batches.get(b).trueThetas()), "batch " + b);
        }
        assertThrows(IllegalArgumentException.class, () -> simulator.simulate(10, 0, batches::add));
        assertThrows(IllegalArgumentException.class, () -> simulator.simulate(0, 10, batches::add));
    }

    @Test
    void csvBatchesAreTheLinesTheCsvWriterWritesForTheWholeSimulation() throws IOException {
        // several chunks per batch, one- to three-digit categories, missing cells, an id prefix the writer
        // quotes, and ids whose digits carry (000999 to 001000)
        ResponseSimulator[] simulators = {
            ResponseSimulator.of(ResponseSimulator.randomBank(ModelType.TWO_PL, 9, 2, 3), 8),
            ResponseSimulator.of(ResponseSimulator.randomBank(ModelType.GPCM, 6, 127, 4), -2).withMissingRate(0.3),
            ResponseSimulator.of(ResponseSimulator.randomBank(ModelType.GRM, 5, 12, 5), 9).withIdPrefix(" a\"b,"),
        };
        for (ResponseSimulator simulator : simulators) {
            Simulation whole = simulator.simulate(2_345);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ResponseCsv.writeRows(whole.responses(), expected);
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            java.util.List<CsvRows> batches = new java.util.ArrayList<>();
            simulator.simulateCsv(2_345, 1_100, batches::add);
            int row = 0;
            for (CsvRows batch : batches) {
                batch.writeTo(actual);
                for (int n = 0; n < batch.examinees(); n++, row++) {
                    assertEquals(whole.responses().examineeId(row), batch.examineeId(n));
                    assertEquals(whole.trueTheta(row), batch.trueTheta(n));
                }
            }
            assertEquals(java.util.List.of(1_100, 1_100, 145),
                    batches.stream().map(CsvRows::examinees).collect(java.util.stream.Collectors.toList()));
            assertEquals(expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
        }
        ResponseSimulator simulator = simulators[0];
        assertThrows(IllegalArgumentException.class, () -> simulator.simulateCsv(10, 0, b -> { }));
        assertThrows(IllegalArgumentException.class, () -> simulator.simulateCsv(0, 10, b -> { }));
    }

    @Test
    void categoryFrequenciesFollowTheModel() {
        // 20,000 draws at one θ: each category share within 4 binomial standard errors of its probability
        GradedResponseItem model = GradedResponseItem.ofIrt(1.2, new double[] {-1, 0, 1.2});
        ItemBank bank = ItemBank.of(Item.of("G", model));
        double theta = 0.3;
        double[] thetas = new double[20_000];
        Arrays.fill(thetas, theta);
        ResponseMatrix data = ResponseSimulator.of(bank, 11).simulate(thetas).responses();
        int[] counts = new int[4];
        for (int n = 0; n < data.examinees(); n++) {
            counts[data.response(n, 0)]++;
        }
        double[] p = new double[4];
        model.probabilities(theta, p);
        for (int k = 0; k < 4; k++) {
            double se = Math.sqrt(p[k] * (1 - p[k]) / thetas.length);
            assertEquals(p[k], counts[k] / (double) thetas.length, 4 * se, "category " + k);
        }
    }

    @Test
    void abilitiesFollowTheDistributionAndMissingTheRate() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.GPCM, 20, 5, 5);
        Simulation simulation = ResponseSimulator.of(bank, 9).withAbility(0.5, 2).withMissingRate(0.2).simulate(5_000);
        double[] thetas = simulation.trueThetas();
        double mean = Arrays.stream(thetas).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(thetas).map(t -> (t - mean) * (t - mean)).sum() / (thetas.length - 1));
        assertEquals(0.5, mean, 4 * 2 / Math.sqrt(thetas.length));
        assertEquals(2, sd, 0.1);
        ResponseMatrix data = simulation.responses();
        int missing = 0;
        for (int n = 0; n < data.examinees(); n++) {
            for (int i = 0; i < data.items(); i++) {
                missing += data.isMissing(n, i) ? 1 : 0;
                assertTrue(data.response(n, i) < 5);
            }
        }
        double cells = data.examinees() * (double) data.items();
        assertEquals(0.2, missing / cells, 4 * Math.sqrt(0.2 * 0.8 / cells));
        assertEquals("E000001", data.examineeId(0));
    }

    @Test
    void randomBanksHaveTheRequestedModelAndSize() {
        for (ModelType type : ModelType.values()) {
            ItemBank bank = ResponseSimulator.randomBank(type, 12, 4, 1);
            assertEquals(12, bank.size());
            for (Item item : bank.items()) {
                assertEquals(type, item.model().type());
                assertEquals(type.isDichotomous() ? 2 : 4, item.model().categories());
            }
        }
    }

    @Test
    void badArgumentsAreRefused() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.RASCH, 3, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> ResponseSimulator.of(bank, 1).simulate(0));
        assertThrows(IllegalArgumentException.class, () -> ResponseSimulator.of(bank, 1).withMissingRate(1));
        assertThrows(IllegalArgumentException.class, () -> ResponseSimulator.of(bank, 1).withAbility(0, -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponseSimulator.of(bank, 1).simulate(new double[] {0, Double.NaN}));
        assertTrue(e.getMessage().contains("theta 2"), e.getMessage());
        new NullPointerTester().setDefault(ItemBank.class, bank).testAllPublicStaticMethods(ResponseSimulator.class);
    }
}

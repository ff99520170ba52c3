package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models mixed item by item, with responses missing completely at random. */
class MixedModelTest {

    private static void addAll(List<Item> items, ModelType type, int count, int categories, long seed) {
        for (Item item : ResponseSimulator.randomBank(type, count, categories, seed).items()) {
            items.add(Item.of(type.code() + "-" + item.id(), item.model()));
        }
    }

    @Test
    void mixedModelsWithMissingResponsesAreRecovered() {
        List<Item> items = new ArrayList<>();
        addAll(items, ModelType.TWO_PL, 8, 2, 1);
        addAll(items, ModelType.THREE_PL, 6, 2, 2);
        addAll(items, ModelType.RASCH, 4, 2, 3);
        addAll(items, ModelType.GRM, 4, 4, 4);
        addAll(items, ModelType.GPCM, 4, 3, 5);
        addAll(items, ModelType.PCM, 2, 3, 6);
        ItemBank truth = ItemBank.of(items);
        ResponseMatrix data = ResponseSimulator.of(truth, 77).withMissingRate(0.15).simulate(4000).responses();
        ModelSpec spec = ModelSpec.of(ModelType.TWO_PL);
        for (Item item : items) {
            spec = spec.withModel(item.id(), item.model().type());
        }
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().standardErrors(StandardErrorMethod.NONE)
                .build()).calibrate(data, spec);
        assertTrue(result.converged(), result::toString);
        for (int i = 0; i < truth.size(); i++) {
            assertEquals(truth.model(i).type(), result.bank().model(i).type());
            assertEquals(truth.model(i).categories(), result.bank().model(i).categories());
        }
        double[] rmse = RecoveryTest.rmse(truth, result.bank());
        assertTrue(rmse[0] < 0.15, "RMSE a = " + rmse[0]);
        assertTrue(rmse[1] < 0.25, "RMSE d = " + rmse[1]);
        assertTrue(rmse[2] < 0.06, "RMSE g = " + rmse[2]);
        assertTrue(result.modelFit().isEmpty(), "no G2 with missing data");
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("complete responses")),
                result.warnings()::toString);
    }

    /** ℓ of a 2PL with θ ~ N(0, 1) on the default grid, written out here, skipping missing cells. */
    private static double logLikelihood(ResponseMatrix data, double[] x) {
        io.github.cact.scoring.Quadrature grid = io.github.cact.scoring.Quadrature.calibrationDefault();
        double ll = 0;
        for (int n = 0; n < data.examinees(); n++) {
            double marginal = 0;
            for (int q = 0; q < grid.size(); q++) {
                double like = grid.weight(q);
                for (int i = 0; i < data.items(); i++) {
                    if (data.isMissing(n, i)) {
                        continue;
                    }
                    double p = io.github.cact.internal.numerics.Logistic.sigmoid(x[2 * i] * grid.node(q) + x[2 * i + 1]);
                    like *= data.response(n, i) == 1 ? p : 1 - p;
                }
                marginal += like;
            }
            ll += Math.log(marginal);
        }
        return ll;
    }

    @Test
    void missingResponsesDropOutOfTheLikelihood() {
        // LSAT7 with one cell per examinee missing, rotating over the items: the estimates maximise the full-information ℓ
        ResponseMatrix lsat = Lsat.load("lsat7");
        ResponseMatrix.Builder builder = ResponseMatrix.builder(lsat.itemIds());
        for (int n = 0; n < lsat.examinees(); n++) {
            int[] row = new int[lsat.items()];
            for (int i = 0; i < row.length; i++) {
                row[i] = (3 * n + i) % 5 == 0 ? ResponseMatrix.MISSING : lsat.response(n, i);
            }
            builder.add(lsat.examineeId(n), row);
        }
        ResponseMatrix data = builder.build();
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().tolerance(1e-8).build())
                .calibrate(data, ModelType.TWO_PL);
        double[] x = result.estimates();
        double best = logLikelihood(data, x);
        assertEquals(best, result.logLikelihood(), 1e-8);
        for (int j = 0; j < x.length; j++) {
            for (double h : new double[] {-1e-3, 1e-3}) {
                double[] moved = x.clone();
                moved[j] += h;
                assertTrue(logLikelihood(data, moved) < best, result.parameterNames().get(j));
            }
        }
    }
}

package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parameter recovery, N = 5,000 examinees × 40 items, θ ~ N(0, 1), items from
 * {@link ResponseSimulator#randomBank} (bank seed 1, response seed 101; polytomous items with 4 categories).
 * Bounds are a little above the RMSEs observed with seeds 1 to 4 (docs/calibration.md lists them).
 */
class RecoveryTest {

    static double[] rmse(ItemBank truth, ItemBank estimate) {
        double sa = 0;
        double sd = 0;
        double sg = 0;
        int nd = 0;
        for (int i = 0; i < truth.size(); i++) {
            ItemModel t = truth.model(i);
            ItemModel e = estimate.model(i);
            sa += (t.slope() - e.slope()) * (t.slope() - e.slope());
            double[] dt = t.intercepts();
            double[] de = e.intercepts();
            for (int k = 0; k < dt.length; k++) {
                sd += (dt[k] - de[k]) * (dt[k] - de[k]);
                nd++;
            }
            sg += (t.guessing() - e.guessing()) * (t.guessing() - e.guessing());
        }
        int n = truth.size();
        return new double[] {Math.sqrt(sa / n), Math.sqrt(sd / nd), Math.sqrt(sg / n)};
    }

    @ParameterizedTest(name = "{0}: RMSE a <= {1}, d <= {2}, g <= {3}")
    @CsvSource({"2pl, 0.10, 0.08, 0", "3pl, 0.17, 0.25, 0.065", "grm, 0.07, 0.07, 0", "gpcm, 0.08, 0.12, 0"})
    void recoversParameters(String code, double maxA, double maxD, double maxG) {
        ModelType type = ModelType.fromCode(code);
        ItemBank truth = ResponseSimulator.randomBank(type, 40, 4, 1);
        ResponseMatrix data = ResponseSimulator.of(truth, 101).simulate(5000).responses();
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().itemFit(false).build())
                .calibrate(data, type);
        assertTrue(result.converged(), result::toString);
        double[] rmse = rmse(truth, result.bank());
        assertTrue(rmse[0] <= maxA, "RMSE a = " + rmse[0]);
        assertTrue(rmse[1] <= maxD, "RMSE d = " + rmse[1]);
        assertTrue(rmse[2] <= maxG, "RMSE g = " + rmse[2]);
    }

    @Test
    void recoversFourPlAsymptotesUnderTheDefaultPriors() {
        // 30 items, seeds 1..3 gave RMSE a 0.14–0.29, g 0.039–0.065, u 0.024–0.032
        ItemBank truth = ResponseSimulator.randomBank(ModelType.FOUR_PL, 30, 2, 1);
        ResponseMatrix data = ResponseSimulator.of(truth, 101).simulate(5000).responses();
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().itemFit(false).build())
                .calibrate(data, ModelType.FOUR_PL);
        assertTrue(result.converged(), result::toString);
        double su = 0;
        for (int i = 0; i < truth.size(); i++) {
            double d = truth.model(i).upper() - result.bank().model(i).upper();
            su += d * d;
        }
        double[] rmse = rmse(truth, result.bank());
        assertTrue(rmse[0] <= 0.2, "RMSE a = " + rmse[0]);
        assertTrue(rmse[2] <= 0.05, "RMSE g = " + rmse[2]);
        assertTrue(Math.sqrt(su / truth.size()) <= 0.04, "RMSE u = " + Math.sqrt(su / truth.size()));
    }

    @Test
    void commonSlopeAndLatentVarianceRecoverTheAbilitySpread() {
        // θ ~ N(0, 1.3²) with slope-1 items: the 1PL common slope estimates 1.3, the Rasch variance 1.69
        ItemBank truth = ResponseSimulator.randomBank(ModelType.ONE_PL, 30, 2, 5);
        ResponseMatrix data = ResponseSimulator.of(truth, 6).withAbility(0, 1.3).simulate(3000).responses();
        CalibrationResult onePl = Calibrator.withDefaults().calibrate(data, ModelType.ONE_PL);
        assertEquals(1.3, onePl.bank().model(0).slope(), 0.05);
        assertEquals(31, onePl.parameterCount());
        CalibrationResult rasch = Calibrator.withDefaults().calibrate(data, ModelType.RASCH);
        assertEquals(1.69, rasch.latentVariance(), 0.15);
        // the two parameterisations are the same model: equal likelihoods up to the grid
        assertEquals(onePl.logLikelihood(), rasch.logLikelihood(), 0.05);
        ItemBank pcm = ResponseSimulator.randomBank(ModelType.PCM, 15, 4, 5);
        CalibrationResult partial = Calibrator.withDefaults().calibrate(
                ResponseSimulator.of(pcm, 6).withAbility(0, 0.8).simulate(3000).responses(), ModelType.PCM);
        assertEquals(0.64, partial.latentVariance(), 0.06);
    }
}

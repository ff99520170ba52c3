package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import org.junit.jupiter.api.Test;

/** The chunked E-step sums per-chunk accumulators in chunk order: threads do not change a bit. */
class DeterminismTest {

    @Test
    void oneAndTwoThreadsGiveBitIdenticalResults() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 30, 2, 7);
        ResponseMatrix data = ResponseSimulator.of(truth, 8).simulate(3000).responses();
        CalibrationOptions.Builder options = CalibrationOptions.builder().chunkSize(128).itemFit(false);
        CalibrationResult one = Calibrator.of(options.parallelism(1).build()).calibrate(data, ModelType.TWO_PL);
        CalibrationResult two = Calibrator.of(options.parallelism(2).build()).calibrate(data, ModelType.TWO_PL);
        assertTrue(one.converged());
        assertEquals(one.cycles(), two.cycles());
        assertArrayEquals(one.estimates(), two.estimates(), 0.0);
        assertArrayEquals(one.standardErrors(), two.standardErrors(), 0.0);
        assertEquals(one.logLikelihood(), two.logLikelihood(), 0.0);
        assertEquals(one.bank(), two.bank());
    }

    @Test
    void itemFitWarningsAndStandardErrorsAreTheSameOnOneAndTwoThreads() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 10, 2, 11);
        ResponseMatrix data = ResponseSimulator.of(truth, 12).simulate(800).responses();
        CalibrationOptions.Builder options = CalibrationOptions.builder().chunkSize(64).itemFit(true);
        CalibrationResult one = Calibrator.of(options.parallelism(1).build()).calibrate(data, ModelType.TWO_PL);
        CalibrationResult two = Calibrator.of(options.parallelism(2).build()).calibrate(data, ModelType.TWO_PL);
        assertEquals(10, two.itemFit().size());
        assertTrue(two.itemFit().get(0).sx2().isPresent());
        assertTrue(two.modelFit().isPresent());
        assertArrayEquals(one.standardErrors(), two.standardErrors(), 0.0);
        assertEquals(one.itemFit(), two.itemFit());
        assertEquals(one.modelFit(), two.modelFit());
        assertEquals(one.limitedInformationFit(), two.limitedInformationFit());
        assertEquals(one.warnings(), two.warnings());
        assertEquals(one.logLikelihood(), two.logLikelihood(), 0.0);
    }

    @Test
    void chunkSizeChangesOnlyRoundingBits() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 30, 2, 7);
        ResponseMatrix data = ResponseSimulator.of(truth, 8).simulate(2000).responses();
        CalibrationOptions.Builder options = CalibrationOptions.builder().itemFit(false)
                .standardErrors(StandardErrorMethod.NONE).parallelism(2);
        CalibrationResult small = Calibrator.of(options.chunkSize(100).build()).calibrate(data, ModelType.TWO_PL);
        CalibrationResult large = Calibrator.of(options.chunkSize(100_000).build()).calibrate(data, ModelType.TWO_PL);
        assertArrayEquals(small.estimates(), large.estimates(), 1e-8);
    }
}

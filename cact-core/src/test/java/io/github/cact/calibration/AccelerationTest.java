package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import org.junit.jupiter.api.Test;

/** Accelerated EM reaches the same maximum as plain EM in fewer cycles. */
class AccelerationTest {

    private static CalibrationResult run(ResponseMatrix data, ModelType type, boolean accelerate, double tol) {
        CalibrationOptions options = CalibrationOptions.builder().acceleration(accelerate).tolerance(tol)
                .maxCycles(5000).standardErrors(StandardErrorMethod.NONE).itemFit(false).build();
        return Calibrator.of(options).calibrate(data, type);
    }

    @Test
    void sameAnswerInFewerCyclesOnLsat7() {
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult plain = run(data, ModelType.TWO_PL, false, 1e-4);
        CalibrationResult fast = run(data, ModelType.TWO_PL, true, 1e-4);
        assertTrue(fast.cycles() < plain.cycles(), fast.cycles() + " vs " + plain.cycles());
        assertArrayEquals(plain.estimates(), fast.estimates(), 1e-3);
        // converged tightly, the two agree to 1e-4
        CalibrationResult plainTight = run(data, ModelType.TWO_PL, false, 1e-7);
        CalibrationResult fastTight = run(data, ModelType.TWO_PL, true, 1e-7);
        assertTrue(fastTight.cycles() < plainTight.cycles(), fastTight.cycles() + " vs " + plainTight.cycles());
        assertArrayEquals(plainTight.estimates(), fastTight.estimates(), 1e-4);
        assertEquals(plainTight.logLikelihood(), fastTight.logLikelihood(), 1e-6);
    }

    @Test
    void sameAnswerInFewerCyclesForRaschVariance() {
        ResponseMatrix data = Lsat.load("lsat6");
        CalibrationResult plain = run(data, ModelType.RASCH, false, 1e-7);
        CalibrationResult fast = run(data, ModelType.RASCH, true, 1e-7);
        assertTrue(fast.cycles() < plain.cycles(), fast.cycles() + " vs " + plain.cycles());
        assertArrayEquals(plain.estimates(), fast.estimates(), 1e-4);
        assertEquals(plain.latentVariance(), fast.latentVariance(), 1e-4);
    }
}

package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import org.junit.jupiter.api.Test;

/**
 * The published LSAT references (mirt, 61 nodes on [−6, 6], TOL 1e-4; LSAT6 values from mirt/ltm; listed with
 * their sources in docs/conventions.md#reference-data-and-published-results). Both programs stop at a parameter
 * change below 1e-4, so agreement is checked to 1e-3 on the parameters and on the log-likelihood.
 */
class LsatReferenceTest {

    private static final Calibrator CALIBRATOR = Calibrator.withDefaults();

    @Test
    void lsat7TwoPlMatchesMirt() {
        // mirt: a/d 0.988/1.856, 1.081/0.808, 1.706/1.804, 0.765/0.486, 0.736/1.855; logLik −2658.805
        double[] a = {0.988, 1.081, 1.706, 0.765, 0.736};
        double[] d = {1.856, 0.808, 1.804, 0.486, 1.855};
        CalibrationResult result = CALIBRATOR.calibrate(Lsat.load("lsat7"), ModelType.TWO_PL);
        assertTrue(result.converged(), result::toString);
        for (int i = 0; i < 5; i++) {
            ItemModel model = result.bank().model(i);
            assertEquals(a[i], model.slope(), 1e-3 + 5e-4, "a of item " + (i + 1));
            assertEquals(d[i], model.intercepts()[0], 1e-3 + 5e-4, "d of item " + (i + 1));
        }
        assertEquals(-2658.805, result.logLikelihood(), 1e-3);
        assertEquals(5337.61, result.aic(), 1e-2);
        assertEquals(5386.688, result.bic(), 2e-3);
        assertEquals(10, result.parameterCount());
        assertEquals(1000, result.examinees());
    }

    @Test
    void lsat7TwoPlWithoutAccelerationIsWithinOneThousandthOfMirt() {
        // plain EM stops where mirt's EM stops (TOL 1e-4 on the parameter change): within 1e-3 of every
        // published a and d. With SQUAREM (the default) the run ends nearer the maximum: a3 = 1.7074 vs
        // the maximum 1.70748 found by both methods at TOL 1e-8, while mirt stopped at 1.706.
        double[] a = {0.988, 1.081, 1.706, 0.765, 0.736};
        double[] d = {1.856, 0.808, 1.804, 0.486, 1.855};
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().acceleration(false).build())
                .calibrate(Lsat.load("lsat7"), ModelType.TWO_PL);
        assertTrue(result.converged(), result::toString);
        for (int i = 0; i < 5; i++) {
            assertEquals(a[i], result.bank().model(i).slope(), 1e-3, "a of item " + (i + 1));
            assertEquals(d[i], result.bank().model(i).intercepts()[0], 1e-3, "d of item " + (i + 1));
        }
        assertEquals(-2658.805, result.logLikelihood(), 1e-3);
    }

    @Test
    void lsat6RaschWithFreeVarianceMatchesMirt() {
        // mirt Rasch: d = 2.730, 0.999, 0.240, 1.307, 2.100; Var(θ) = 0.572; logLik −2466.938
        double[] d = {2.730, 0.999, 0.240, 1.307, 2.100};
        ResponseMatrix data = Lsat.load("lsat6");
        CalibrationResult result = CALIBRATOR.calibrate(data, ModelType.RASCH);
        assertTrue(result.converged(), result::toString);
        for (int i = 0; i < 5; i++) {
            assertEquals(d[i], result.bank().model(i).intercepts()[0], 1e-3 + 5e-4, "d of item " + (i + 1));
            assertEquals(1.0, result.bank().model(i).slope());
        }
        // the maximum: Var(θ) = (common 1PL slope)² = 0.7551² = 0.5702 (the models are equivalent)
        assertEquals(0.7551 * 0.7551, result.latentVariance(), 1e-3);
        assertEquals(0.0, result.latentMean());
        assertEquals(-2466.938, result.logLikelihood(), 1e-3);
        assertEquals(6, result.parameterCount());
    }

    @Test
    void lsat6RaschWithoutAccelerationStopsWhereMirtStops() {
        // mirt's 0.572 is where plain EM stops at TOL 1e-4: the variance converges slowly
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().acceleration(false).build())
                .calibrate(Lsat.load("lsat6"), ModelType.RASCH);
        assertTrue(result.converged(), result::toString);
        assertEquals(0.572, result.latentVariance(), 1e-3);
        assertEquals(-2466.938, result.logLikelihood(), 1e-3);
    }

    @Test
    void lsat6OnePlWithSlopeFixedAtOneMatchesPublished() {
        // 1PL with a fixed at 1 and θ ~ N(0, 1): logLik −2473.054 (Rasch items, variance fixed)
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().latentScale(LatentScale.FIXED).build())
                .calibrate(Lsat.load("lsat6"), ModelType.RASCH);
        assertTrue(result.converged(), result::toString);
        assertEquals(-2473.054, result.logLikelihood(), 1e-3);
        assertEquals(5, result.parameterCount());
    }

    @Test
    void lsat6OnePlWithCommonSlopeMatchesPublished() {
        // common a = 0.7551, b = −3.6153, −1.3224, −0.3176, −1.7301, −2.7802; logLik −2466.938
        double[] b = {-3.6153, -1.3224, -0.3176, -1.7301, -2.7802};
        CalibrationResult result = CALIBRATOR.calibrate(Lsat.load("lsat6"), ModelType.ONE_PL);
        assertTrue(result.converged(), result::toString);
        for (int i = 0; i < 5; i++) {
            assertEquals(0.7551, result.bank().model(i).slope(), 1e-3);
            assertEquals(b[i], result.bank().model(i).thresholds()[0], 5e-3, "b of item " + (i + 1));
        }
        assertEquals(-2466.938, result.logLikelihood(), 1e-3);
        assertEquals(1.0, result.latentVariance());
        assertEquals(6, result.parameterCount());
    }

    @Test
    void lsat6TwoPlMatchesPublished() {
        // a = 0.8254, 0.7229, 0.8905, 0.6886, 0.6575; b = −3.3597, −1.3696, −0.2799, −1.8659, −3.1236; −2466.653
        double[] a = {0.8254, 0.7229, 0.8905, 0.6886, 0.6575};
        double[] b = {-3.3597, -1.3696, -0.2799, -1.8659, -3.1236};
        CalibrationResult result = CALIBRATOR.calibrate(Lsat.load("lsat6"), ModelType.TWO_PL);
        assertTrue(result.converged(), result::toString);
        for (int i = 0; i < 5; i++) {
            assertEquals(a[i], result.bank().model(i).slope(), 1e-3, "a of item " + (i + 1));
            assertEquals(b[i], result.bank().model(i).thresholds()[0], 1e-2, "b of item " + (i + 1));
        }
        assertEquals(-2466.653, result.logLikelihood(), 1e-3);
    }
}

package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress listener sees every EM cycle and changes nothing. */
class CalibrationProgressTest {

    private static List<double[]> calls(Calibrator calibrator, ResponseMatrix data, List<CalibrationResult> out) {
        List<double[]> calls = new ArrayList<>();
        out.add(calibrator.calibrate(data, ModelSpec.of(ModelType.TWO_PL),
                (cycle, max, change) -> calls.add(new double[] {cycle, max, change})));
        return calls;
    }

    @Test
    void everyCycleIsReportedInOrderForPlainAndAcceleratedEm() {
        ResponseMatrix data = Lsat.load("lsat7");
        for (boolean accelerate : new boolean[] {false, true}) {
            Calibrator calibrator = Calibrator.of(CalibrationOptions.builder().acceleration(accelerate).build());
            List<CalibrationResult> results = new ArrayList<>();
            List<double[]> calls = calls(calibrator, data, results);
            CalibrationResult result = results.get(0);
            assertEquals(result.cycles(), calls.size(), "one call per cycle, accelerate " + accelerate);
            for (int k = 0; k < calls.size(); k++) {
                assertEquals(k + 1, calls.get(k)[0]);
                assertEquals(500, calls.get(k)[1]);
            }
            assertTrue(calls.get(calls.size() - 1)[2] < 1e-4, "the last change is below the tolerance");
            assertEquals(calibrator.calibrate(data, ModelType.TWO_PL).logLikelihood(), result.logLikelihood());
        }
    }

    @Test
    void aCalibrationThatStopsAtTheLimitReportsEachCycle() {
        Calibrator calibrator = Calibrator.of(CalibrationOptions.builder().maxCycles(3).build());
        List<CalibrationResult> results = new ArrayList<>();
        List<double[]> calls = calls(calibrator, Lsat.load("lsat7"), results);
        assertEquals(3, calls.size());
        assertTrue(!results.get(0).converged() && calls.get(2)[2] >= 1e-4);
    }
}

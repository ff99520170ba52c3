package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calibrated estimates stay inside the parameter ranges of the item factories; an estimate held at an edge is named. */
class ParameterRangeCalibrationTest {

    @Test
    void anItemThatDiscriminatesTheWrongWayIsHeldAtTheEdgeWithAWarning() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 8, 2, 51);
        ResponseMatrix simulated = ResponseSimulator.of(truth, 52).simulate(2000).responses();
        List<String> ids = new ArrayList<>(simulated.itemIds());
        ids.add("reversed");
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        int[] row = new int[ids.size()];
        for (int n = 0; n < simulated.examinees(); n++) {
            int score = 0;
            for (int i = 0; i < simulated.items(); i++) {
                row[i] = simulated.response(n, i);
                score += row[i];
            }
            // right only for the weakest examinees, and for nearly all of them: the slope wants to be negative
            row[ids.size() - 1] = score <= 2 ? 1 : 0;
            builder.add(simulated.examineeId(n), row);
        }
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder()
                .build()).calibrate(builder.build(), ModelType.TWO_PL);
        ItemModel reversed = result.bank().find("reversed").orElseThrow().model();
        assertTrue(reversed.slope() > 0 && reversed.slope() <= ItemModel.MAX_SLOPE, reversed::toString);
        assertTrue(Math.abs(reversed.thresholds()[0]) <= ItemModel.MAX_LOCATION, reversed::toString);
        assertTrue(Math.abs(reversed.intercepts()[0]) <= ItemModel.MAX_LOCATION, reversed::toString);
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("item 'reversed': ")
                && w.contains("is held at the edge of the allowed parameter range")), result.warnings().toString());
    }
}

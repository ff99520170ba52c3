package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The estimates do not depend on the order of the examinees. */
class CalibrationProperties {

    private static final ResponseMatrix LSAT7 = Lsat.load("lsat7");
    private static final CalibrationOptions OPTIONS = CalibrationOptions.builder().tolerance(1e-8)
            .standardErrors(StandardErrorMethod.NONE).itemFit(false).build();
    private static final CalibrationResult ORIGINAL = Calibrator.of(OPTIONS).calibrate(LSAT7, ModelType.TWO_PL);

    @Property(tries = 5, seed = "20261122")
    void examineeOrderDoesNotMatter(@ForAll long seed) {
        List<Integer> order = new ArrayList<>();
        for (int n = 0; n < LSAT7.examinees(); n++) {
            order.add(n);
        }
        Collections.shuffle(order, new Random(seed));
        ResponseMatrix.Builder builder = ResponseMatrix.builder(LSAT7.itemIds());
        for (int n = 0; n < order.size(); n++) {
            int row = order.get(n);
            int[] responses = new int[LSAT7.items()];
            for (int i = 0; i < responses.length; i++) {
                responses[i] = LSAT7.response(row, i);
            }
            builder.add(LSAT7.examineeId(row), responses);
        }
        CalibrationResult shuffled = Calibrator.of(OPTIONS).calibrate(builder.build(), ModelType.TWO_PL);
        assertArrayEquals(ORIGINAL.estimates(), shuffled.estimates(), 1e-7);
        assertEquals(ORIGINAL.logLikelihood(), shuffled.logLikelihood(), 1e-8);
    }
}

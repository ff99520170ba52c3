package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import io.github.cact.reference.References;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data that cannot be calibrated is refused with the item named; awkward data is flagged. */
class BadInputTest {

    /** LSAT7 with extra columns and rows. */
    private static ResponseMatrix lsat7With(int[] extraColumn, String extraId, int[][] extraRows) {
        ResponseMatrix lsat = Lsat.load("lsat7");
        List<String> ids = new ArrayList<>(lsat.itemIds());
        if (extraId != null) {
            ids.add(extraId);
        }
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        for (int n = 0; n < lsat.examinees(); n++) {
            int[] row = new int[ids.size()];
            for (int i = 0; i < lsat.items(); i++) {
                row[i] = lsat.response(n, i);
            }
            if (extraId != null) {
                row[lsat.items()] = extraColumn[n % extraColumn.length];
            }
            builder.add(lsat.examineeId(n), row);
        }
        for (int r = 0; r < extraRows.length; r++) {
            builder.add("extra" + (r + 1), extraRows[r]);
        }
        return builder.build();
    }

    @Test
    void anItemEverybodyAnswersTheSameWayIsNamed() {
        ResponseMatrix data = lsat7With(new int[] {1}, "constant", new int[0][]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL));
        assertTrue(e.getMessage().contains("'constant'") && e.getMessage().contains("category 1"), e.getMessage());
    }

    @Test
    void aConstantItemIsAcceptedAsAnAnchor() {
        ResponseMatrix data = lsat7With(new int[] {1}, "constant", new int[0][]);
        io.github.cact.irt.ItemBank anchor = io.github.cact.irt.ItemBank.of(io.github.cact.irt.Item.of("constant",
                io.github.cact.irt.DichotomousItem.twoPl(1, -3)));
        // the latent scale stays N(0, 1): with free moments a constant item would push the mean without bound
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().latentScale(LatentScale.FIXED).build())
                .calibrate(data, ModelSpec.of(ModelType.TWO_PL).withAnchors(anchor));
        assertTrue(result.converged(), result::toString);
        assertEquals(anchor.item(0), result.bank().item(5));
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("'constant'")), result.warnings()::toString);
    }

    @Test
    void aCategoryNobodyUsedIsNamed() {
        ResponseMatrix data = lsat7With(new int[] {0, 1, 3, 1}, "poly", new int[0][]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibrator.withDefaults().calibrate(data, ModelSpec.of(ModelType.TWO_PL)
                        .withModel("poly", ModelType.GRM)));
        assertTrue(e.getMessage().contains("'poly'") && e.getMessage().contains("category 2"), e.getMessage());
        // a declared top category nobody reached
        ResponseMatrix three = lsat7With(new int[] {0, 1, 2, 1}, "poly", new int[0][]);
        IllegalArgumentException declared = assertThrows(IllegalArgumentException.class,
                () -> Calibrator.withDefaults().calibrate(three, ModelSpec.of(ModelType.TWO_PL)
                        .withModel("poly", ModelType.GPCM).withCategories("poly", 4)));
        assertTrue(declared.getMessage().contains("'poly'") && declared.getMessage().contains("category 3"),
                declared.getMessage());
    }

    @Test
    void aPolytomousResponseToADichotomousItemIsNamed() {
        ResponseMatrix data = lsat7With(new int[] {0, 1, 2}, "poly", new int[0][]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL));
        assertTrue(e.getMessage().contains("'poly'") && e.getMessage().contains("2pl"), e.getMessage());
    }

    @Test
    void anExamineeWithNoResponsesIsLeftOutAndNamed() {
        int m = ResponseMatrix.MISSING;
        ResponseMatrix data = lsat7With(null, null, new int[][] {{m, m, m, m, m}});
        CalibrationResult result = Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL);
        assertEquals(1000, result.examinees());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("'extra1'")), result.warnings()::toString);
        assertEquals(References.published("lsat7-mirt.json").section("twoPl").number("logLikelihood"),
                result.logLikelihood(), 1e-3);
    }

    @Test
    void aNearlyPerfectItemIsFlagged() {
        int[] column = new int[1000];
        java.util.Arrays.fill(column, 1);
        column[17] = 0;
        column[400] = 0;
        ResponseMatrix data = lsat7With(column, "easy", new int[0][]);
        CalibrationResult result = Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL);
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("'easy'") && w.contains("99.8%")),
                result.warnings()::toString);
        for (double x : result.estimates()) {
            assertTrue(Double.isFinite(x));
        }
    }

    @Test
    void nonConvergenceIsAFlaggedResultWithFiniteEstimates() {
        ResponseMatrix data = ResponseSimulator.of(ResponseSimulator.randomBank(ModelType.THREE_PL, 10, 2, 4), 5)
                .simulate(300).responses();
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().maxCycles(2).build())
                .calibrate(data, ModelType.THREE_PL);
        assertFalse(result.converged());
        assertEquals(2, result.cycles());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("did not converge")), result::toString);
        for (double x : result.estimates()) {
            assertTrue(Double.isFinite(x));
        }
        assertTrue(Double.isFinite(result.logLikelihood()));
    }

    @Test
    void unidentifiedLatentScalesAreRefused() {
        ResponseMatrix data = Lsat.load("lsat7");
        IllegalArgumentException variance = assertThrows(IllegalArgumentException.class,
                () -> Calibrator.of(CalibrationOptions.builder().latentScale(LatentScale.FREE_VARIANCE).build())
                        .calibrate(data, ModelType.TWO_PL));
        assertTrue(variance.getMessage().contains("variance"), variance.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Calibrator.of(CalibrationOptions.builder()
                .latentScale(LatentScale.FREE_MEAN_AND_VARIANCE).build()).calibrate(data, ModelType.RASCH));
    }
}

package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calibrating scale by scale is calibrating each scale's columns on their own. */
class CalibrateByScaleTest {

    /** Two scales whose items interleave in the columns: B, A, B, A, ... so B comes first. */
    private static ItemBank bank() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String scale = i % 2 == 0 ? "B" : "A";
            items.add(Item.of(scale + i, DichotomousItem.twoPl(0.8 + 0.1 * i, -1.5 + 0.3 * i), scale));
        }
        return ItemBank.of(items);
    }

    private static final ModelSpec SPEC = ModelSpec.of(ModelType.TWO_PL);

    private static void assertSameResult(CalibrationResult expected, CalibrationResult actual) {
        assertEquals(expected.bank(), actual.bank());
        assertEquals(expected.logLikelihood(), actual.logLikelihood(), 0.0);
        assertEquals(expected.cycles(), actual.cycles());
        assertEquals(expected.converged(), actual.converged());
    }

    @Test
    void eachScaleIsCalibratedOnItsOwnColumnsInTheOrderOfItsFirstColumn() {
        ItemBank bank = bank();
        ResponseMatrix data = ResponseSimulator.of(bank, 3).simulate(600).responses();
        Calibrator calibrator = Calibrator.withDefaults();
        Map<String, CalibrationResult> byScale = calibrator.calibrateByScale(data, SPEC, bank);
        assertEquals(List.of("B", "A"), List.copyOf(byScale.keySet()));
        for (String scale : List.of("A", "B")) {
            CalibrationResult own = calibrator.calibrate(data.selectItems(bank.forScale(scale).ids()), SPEC);
            assertSameResult(own, byScale.get(scale));
        }
        Map<String, String> scaleByItem = new HashMap<>();
        for (Item item : bank.items()) {
            scaleByItem.put(item.id(), item.scale().orElseThrow());
        }
        scaleByItem.put("not-a-column", "C");
        Map<String, CalibrationResult> byMap = calibrator.calibrateByScale(data, SPEC, scaleByItem);
        assertEquals(byScale.keySet(), byMap.keySet());
        for (String scale : byScale.keySet()) {
            assertSameResult(byScale.get(scale), byMap.get(scale));
        }
        assertThrows(UnsupportedOperationException.class, () -> byMap.remove("A"));
    }

    @Test
    void progressIsAskedForEachScaleInResultOrderAndChangesNothing() {
        ItemBank bank = bank();
        ResponseMatrix data = ResponseSimulator.of(bank, 5).simulate(400).responses();
        Map<String, String> scaleByItem = new HashMap<>();
        for (Item item : bank.items()) {
            scaleByItem.put(item.id(), item.scale().orElseThrow());
        }
        Calibrator calibrator = Calibrator.withDefaults();
        List<String> started = new ArrayList<>();
        Map<String, Integer> cycles = new HashMap<>();
        Map<String, CalibrationResult> withProgress = calibrator.calibrateByScale(data, SPEC, scaleByItem, scale -> {
            started.add(scale);
            return (cycle, max, change) -> cycles.merge(scale, 1, Integer::sum);
        });
        assertEquals(List.of("B", "A"), started);
        Map<String, CalibrationResult> without = calibrator.calibrateByScale(data, SPEC, scaleByItem);
        for (String scale : started) {
            assertSameResult(without.get(scale), withProgress.get(scale));
            assertEquals(withProgress.get(scale).cycles(), cycles.get(scale));
        }
    }

    @Test
    void withoutScalesTheWholeDataIsOneCalibrationUnderTheEmptyName() {
        ResponseMatrix data = Lsat.load("lsat7");
        Calibrator calibrator = Calibrator.withDefaults();
        Map<String, CalibrationResult> byScale = calibrator.calibrateByScale(data, SPEC, Map.of());
        assertEquals(List.of(""), List.copyOf(byScale.keySet()));
        assertSameResult(calibrator.calibrate(data, SPEC), byScale.get(""));
    }

    @Test
    void itemsWithoutAScaleBesideItemsWithOneAreNamed() {
        ResponseMatrix data = Lsat.load("lsat7");
        Map<String, String> some = new HashMap<>();
        for (int i = 0; i < data.items() - 2; i++) {
            some.put(data.itemId(i), "S");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibrator.withDefaults().calibrateByScale(data, SPEC, some));
        assertTrue(e.getMessage().contains(data.itemId(data.items() - 2))
                && e.getMessage().contains(data.itemId(data.items() - 1)), e.getMessage());
    }

    @Test
    void anItemThatCannotBeCalibratedIsNamed() {
        int[][] rows = new int[50][3];
        for (int n = 0; n < rows.length; n++) {
            rows[n] = new int[] {n % 2, (n / 2) % 2, 1}; // item Z: everybody in category 1
        }
        ResponseMatrix data = ResponseMatrix.of(java.util.stream.IntStream.range(0, 50).mapToObj(n -> "p" + n).toList(),
                List.of("X", "Y", "Z"), rows);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Calibrator.withDefaults()
                .calibrateByScale(data, SPEC, Map.of("X", "S1", "Y", "S1", "Z", "S2")));
        assertTrue(e.getMessage().contains("'Z'"), e.getMessage());
    }
}

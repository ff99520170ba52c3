package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxNumberingTest {

    /** The nine cells of the ASN table (PermenPANRB 3/2020, docs/regulations.md#asn-numbering), one row per cell. */
    @ParameterizedTest(name = "kinerja {0}, potensial {1} -> box {2}")
    @CsvSource({
        "HIGH,   LOW,    4", "HIGH,   MIDDLE, 7", "HIGH,   HIGH,   9",
        "MIDDLE, LOW,    2", "MIDDLE, MIDDLE, 5", "MIDDLE, HIGH,   8",
        "LOW,    LOW,    1", "LOW,    MIDDLE, 3", "LOW,    HIGH,   6",
    })
    void asnNumberingRunsAlongTheAntiDiagonals(AxisLevel performance, AxisLevel potential, int box) {
        BoxNumbering asn = BoxNumbering.asn();
        assertEquals(box, asn.box(performance, potential));
        assertEquals(Cell.of(performance, potential), asn.cell(box));
    }

    /** The generic HR grid: performance on X, potential on Y, row by row from low/low = 1 to high/high = 9. */
    @ParameterizedTest(name = "performance {0}, potential {1} -> box {2}")
    @CsvSource({
        "LOW,    LOW,    1", "MIDDLE, LOW,    2", "HIGH,   LOW,    3",
        "LOW,    MIDDLE, 4", "MIDDLE, MIDDLE, 5", "HIGH,   MIDDLE, 6",
        "LOW,    HIGH,   7", "MIDDLE, HIGH,   8", "HIGH,   HIGH,   9",
    })
    void genericNumberingRunsRowByRow(AxisLevel performance, AxisLevel potential, int box) {
        assertEquals(box, BoxNumbering.genericHr().box(performance, potential));
        assertEquals(Cell.of(performance, potential), BoxNumbering.genericHr().cell(box));
    }

    @Test
    void customNumberingIsUsedAsGiven() {
        Map<Cell, Integer> reversed = new HashMap<>();
        for (Cell cell : Cell.all()) {
            reversed.put(cell, 10 - BoxNumbering.asn().box(cell));
        }
        BoxNumbering custom = BoxNumbering.custom("reversed", reversed);
        for (Cell cell : Cell.all()) {
            assertEquals(10 - BoxNumbering.asn().box(cell), custom.box(cell));
            assertEquals(cell, custom.cell(custom.box(cell)));
        }
        assertEquals("reversed", custom.name());
        assertEquals(reversed, custom.asMap());
    }

    @Test
    void customNumberingMustBeAPermutation() {
        Map<Cell, Integer> boxes = new HashMap<>(BoxNumbering.asn().asMap());
        boxes.put(Cell.of(AxisLevel.HIGH, AxisLevel.HIGH), 1);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> BoxNumbering.custom("bad", boxes));
        assertTrue(twice.getMessage().contains("box number 1 is used by both"), twice.getMessage());

        boxes.put(Cell.of(AxisLevel.HIGH, AxisLevel.HIGH), 10);
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> BoxNumbering.custom("bad", boxes));
        assertTrue(outside.getMessage().contains("box number 10"), outside.getMessage());

        boxes.remove(Cell.of(AxisLevel.HIGH, AxisLevel.HIGH));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BoxNumbering.custom("bad", boxes));
        assertTrue(missing.getMessage().contains("no box number for"), missing.getMessage());

        assertThrows(IllegalArgumentException.class, () -> BoxNumbering.custom(" ", BoxNumbering.asn().asMap()));
    }

    @Test
    void boxNumbersOutsideOneToNineAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoxNumbering.asn().cell(0));
        assertTrue(e.getMessage().contains("box number 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoxNumbering.asn().cell(10));
    }

    @Test
    void labelsInBothLanguages() {
        Cell star = BoxNumbering.asn().cell(9);
        assertEquals("Kinerja di atas ekspektasi, potensial tinggi", star.label(Language.INDONESIAN));
        assertEquals("Performance above expectations, high potential", star.label(Language.ENGLISH));
        Cell one = BoxNumbering.asn().cell(1);
        assertEquals("Kinerja di bawah ekspektasi, potensial rendah", one.label(Language.INDONESIAN));
        assertEquals("Performance below expectations, low potential", one.label(Language.ENGLISH));
        assertEquals("Menengah", AxisLevel.MIDDLE.potentialLabel(Language.INDONESIAN));
        assertEquals("Meets expectations", AxisLevel.MIDDLE.performanceLabel(Language.ENGLISH));
        assertEquals("Bimbingan kinerja", FollowUp.BIMBINGAN_KINERJA.label(Language.INDONESIAN));
        assertEquals("Performance coaching", FollowUp.BIMBINGAN_KINERJA.label(Language.ENGLISH));
    }

    @Test
    void toStringShowsTheGridTopRowFirst() {
        assertEquals("BoxNumbering[asn-permenpanrb-3-2020: 479 / 258 / 136]", BoxNumbering.asn().toString());
    }
}

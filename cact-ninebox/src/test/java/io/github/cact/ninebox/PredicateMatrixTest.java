package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateMatrixTest {

    /** Every entry of the PermenPANRB 6/2022 matrix as given in docs/regulations.md#predicate-matrix. */
    @ParameterizedTest(name = "hasil kerja {0}, perilaku kerja {1} -> {2}")
    @CsvSource({
        "DI_ATAS,  DI_BAWAH, KURANG", "DI_ATAS,  SESUAI, BAIK", "DI_ATAS,  DI_ATAS, SANGAT_BAIK",
        "SESUAI,   DI_BAWAH, KURANG", "SESUAI,   SESUAI, BAIK", "SESUAI,   DI_ATAS, BAIK",
        "DI_BAWAH, DI_BAWAH, SANGAT_KURANG", "DI_BAWAH, SESUAI, BUTUH_PERBAIKAN",
        "DI_BAWAH, DI_ATAS, BUTUH_PERBAIKAN",
    })
    void regulationMatrix(SkpRating hasilKerja, SkpRating perilakuKerja, PerformancePredicate expected) {
        assertEquals(expected, PredicateMatrix.permenpanrb6of2022().predicate(hasilKerja, perilakuKerja));
    }

    /** The same matrix through a placement: SKP ratings give the predicate and its default level. */
    @ParameterizedTest(name = "hasil kerja {0}, perilaku kerja {1} -> {2}, level {3}")
    @CsvSource({
        "DI_ATAS,  DI_BAWAH, KURANG,          LOW", "DI_ATAS,  SESUAI, BAIK, MIDDLE",
        "DI_ATAS,  DI_ATAS,  SANGAT_BAIK,     HIGH", "SESUAI,   DI_BAWAH, KURANG, LOW",
        "SESUAI,   SESUAI,   BAIK,            MIDDLE", "SESUAI,   DI_ATAS, BAIK, MIDDLE",
        "DI_BAWAH, DI_BAWAH, SANGAT_KURANG,   LOW", "DI_BAWAH, SESUAI, BUTUH_PERBAIKAN, LOW",
        "DI_BAWAH, DI_ATAS,  BUTUH_PERBAIKAN, LOW",
    })
    void skpRatingsPlaceThroughTheMatrix(SkpRating hasilKerja, SkpRating perilakuKerja,
            PerformancePredicate predicate, AxisLevel level) {
        BoxResult g = NineBox.of(NineBoxConfig.defaults()).place(PersonInput.builder("P1")
                .skp(hasilKerja, perilakuKerja).potentialScore(50).build()).result().orElseThrow();
        assertEquals(predicate, g.performancePredicate().orElseThrow());
        assertEquals(level, g.performanceLevel());
    }

    @Test
    void withReplacesOneEntry() {
        PredicateMatrix changed = PredicateMatrix.permenpanrb6of2022()
                .with(SkpRating.SESUAI, SkpRating.DI_ATAS, PerformancePredicate.SANGAT_BAIK);
        assertEquals(PerformancePredicate.SANGAT_BAIK, changed.predicate(SkpRating.SESUAI, SkpRating.DI_ATAS));
        assertEquals(PerformancePredicate.BAIK, changed.predicate(SkpRating.SESUAI, SkpRating.SESUAI));
        assertEquals(PerformancePredicate.BAIK,
                PredicateMatrix.permenpanrb6of2022().predicate(SkpRating.SESUAI, SkpRating.DI_ATAS));
        assertNotEquals(PredicateMatrix.permenpanrb6of2022(), changed);
    }

    @Test
    void namesParseLeniently() {
        assertEquals(PerformancePredicate.BUTUH_PERBAIKAN, PerformancePredicate.fromCode(" Butuh Perbaikan "));
        assertEquals(SkpRating.DI_ATAS, SkpRating.fromCode("di-atas"));
        assertEquals(AxisLevel.HIGH, AxisLevel.fromCode("high"));
        assertEquals(FollowUp.ROTASI, FollowUp.fromCode("rotasi"));
    }

    @Test
    void unknownPredicateIsRefusedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerformancePredicate.fromCode("EXCELLENT"));
        assertTrue(e.getMessage().contains("'EXCELLENT'") && e.getMessage().contains("SANGAT_BAIK"), e.getMessage());
    }
}

package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyFrameworkTest {

    @Test
    void permenPanRb38HasTheNineCompetenciesOfDomainSection2InOrder() {
        CompetencyFramework f = CompetencyFramework.permenPanRb38();
        assertEquals(List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1"), f.codes());
        assertEquals("Integritas", f.get("M1").nameId());
        assertEquals("Integrity", f.get("M1").nameEn());
        assertEquals("Pengambilan Keputusan", f.get("M8").nameId());
        assertEquals("Perekat Bangsa", f.get("SK1").nameId());
        assertEquals(8, f.indexOf("SK1"));
    }

    @Test
    void potentialAspectsAreP1ToP8() {
        CompetencyFramework f = CompetencyFramework.potentialAspects();
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"), f.codes());
        assertEquals("Kemampuan Intelektual", f.get("P1").nameId());
        assertEquals("Motivasi dan Komitmen", f.get("P8").nameId());
    }

    @Test
    void unknownCodeIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompetencyFramework.permenPanRb38().get("M9"));
        assertTrue(e.getMessage().contains("'M9'") && e.getMessage().contains("SK1"), e.getMessage());
        assertFalse(CompetencyFramework.permenPanRb38().contains("M9"));
    }

    @Test
    void customFrameworkRefusesARepeatedCode() {
        Competency a = Competency.of("T1", "Teknis 1", "Technical 1");
        Competency b = Competency.of("T1", "Teknis 2", "Technical 2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompetencyFramework.of("technical", List.of(a, b)));
        assertTrue(e.getMessage().contains("'T1'") && e.getMessage().contains("positions 1 and 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompetencyFramework.of("empty", List.of()));
    }

    @Test
    void competencyCodeMustBeAWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Competency.of("M 1", "Integritas", "Integrity"));
        assertTrue(e.getMessage().contains("'M 1'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Competency.of("M1", " ", "Integrity"));
    }

    @Test
    void itemsAreGroupedByTheirScale() {
        Map<String, String> scale = new LinkedHashMap<>();
        scale.put("i1", "P2");
        scale.put("i2", "P1");
        int n = 3;
        for (String code : CompetencyFramework.potentialAspects().codes()) {
            scale.put("x" + n++, code);
        }
        Map<String, List<String>> groups = CompetencyFramework.potentialAspects().itemsByCompetency(scale);
        assertEquals(List.of("i2", "x3"), groups.get("P1"));
        assertEquals(List.of("i1", "x4"), groups.get("P2"));
        assertEquals(CompetencyFramework.potentialAspects().codes(), List.copyOf(groups.keySet()));
    }

    @Test
    void anItemTiedToAnUnknownCompetencyIsNamed() {
        Map<String, String> scale = new LinkedHashMap<>();
        for (String code : CompetencyFramework.permenPanRb38().codes()) {
            scale.put("item-" + code, code);
        }
        scale.put("item-42", "M10");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompetencyFramework.permenPanRb38().itemsByCompetency(scale));
        assertTrue(e.getMessage().contains("'item-42'") && e.getMessage().contains("'M10'"), e.getMessage());
    }

    @Test
    void aCompetencyWithNoItemsIsNamed() {
        Map<String, String> scale = new LinkedHashMap<>();
        for (String code : CompetencyFramework.permenPanRb38().codes()) {
            if (!code.equals("M5")) {
                scale.put("item-" + code, code);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompetencyFramework.permenPanRb38().itemsByCompetency(scale));
        assertTrue(e.getMessage().contains("'M5'") && e.getMessage().contains("Pelayanan Publik")
                && e.getMessage().contains("no items"), e.getMessage());
    }
}

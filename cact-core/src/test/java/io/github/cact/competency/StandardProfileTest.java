package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardProfileTest {

    private static final CompetencyFramework F = CompetencyFramework.permenPanRb38();
    private static final String HEADER = "position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\n";

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(StandardProfileTest.class.getResource(name).toURI());
    }

    private static StandardProfile csv(String text) throws IOException {
        return StandardProfile.readCsv(new StringReader(text), "S.csv", F);
    }

    @Test
    void commonProfileHasTheDefaultsOfDomainSection2() {
        StandardProfile p = StandardProfile.common();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("JPT_UTAMA", 5);
        expected.put("JPT_MADYA", 4);
        expected.put("JPT_PRATAMA", 4);
        expected.put("ADMINISTRATOR", 3);
        expected.put("PENGAWAS", 2);
        expected.put("PELAKSANA", 1);
        expected.put("JF_AHLI_UTAMA", 5);
        expected.put("JF_AHLI_MADYA", 4);
        expected.put("JF_AHLI_MUDA", 3);
        expected.put("JF_AHLI_PERTAMA", 2);
        expected.put("JF_PENYELIA", 3);
        expected.put("JF_MAHIR", 2);
        expected.put("JF_TERAMPIL", 2);
        expected.put("JF_PEMULA", 1);
        assertEquals(List.copyOf(expected.keySet()), p.positions());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            for (String code : F.codes()) {
                assertEquals(e.getValue(), p.standard(e.getKey()).required(code), e.getKey() + " " + code);
            }
        }
        assertEquals("common", p.name());
        assertEquals(27, p.standard(StandardProfile.ADMINISTRATOR).total());
        assertEquals(8, StandardProfile.common(CompetencyFramework.potentialAspects())
                .standard(StandardProfile.PELAKSANA).total());
    }

    @Test
    void overridesPerCompetencyAndPerPosition() {
        StandardProfile p = StandardProfile.common().withLevel(StandardProfile.ADMINISTRATOR, "M1", 4);
        assertEquals(4, p.standard("ADMINISTRATOR").required("M1"));
        assertEquals(3, p.standard("ADMINISTRATOR").required("M2"));
        assertEquals(28, p.standard("ADMINISTRATOR").total());
        assertEquals(3, StandardProfile.common().standard("ADMINISTRATOR").required("M1"));
        StandardProfile q = p.with(PositionStandard.uniform("Kepala Seksi", F, 2));
        assertEquals(2, q.standard("Kepala Seksi").required("SK1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardProfile.common().withLevel("ADMINISTRATOR", "M1", 6));
        assertTrue(e.getMessage().contains("'ADMINISTRATOR'") && e.getMessage().contains("'M1'")
                && e.getMessage().contains("level 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StandardProfile.common().standard("CAMAT"));
        assertTrue(e.getMessage().contains("'CAMAT'"), e.getMessage());
    }

    @Test
    void csvWithBomSemicolonsCrlfQuotesAndAnyColumnOrder() throws Exception {
        StandardProfile p = StandardProfile.readCsv(resource("standards-agency.csv"), F);
        assertEquals(List.of("ADMINISTRATOR", "Analis Kebijakan Ahli Muda", "PELAKSANA"), p.positions());
        assertEquals(4, p.standard("ADMINISTRATOR").required("SK1"));
        assertEquals(4, p.standard("ADMINISTRATOR").required("M1"));
        assertEquals(3, p.standard("ADMINISTRATOR").required("M2"));
        assertEquals(2, p.standard("PELAKSANA").required("M1"));
        assertEquals("standards-agency.csv", p.name());
        StandardProfile merged = StandardProfile.common().overriddenBy(p);
        assertEquals(4, merged.standard("ADMINISTRATOR").required("M1"));
        assertEquals(5, merged.standard("JPT_UTAMA").required("M1"));
        assertEquals(15, merged.positions().size());
    }

    @Test
    void jsonWithPerCompetencyAndUniformPositions() throws Exception {
        StandardProfile p = StandardProfile.readJson(resource("standards-agency.json"), F);
        assertEquals("agency-2024", p.name());
        assertEquals(4, p.standard("ADMINISTRATOR").required("SK1"));
        assertEquals(3, p.standard("ADMINISTRATOR").required("M8"));
        assertEquals(9, p.standard("PELAKSANA").total());
    }

    @Test
    void csvStandardOutsideOneToFiveNamesLineColumnPositionAndCompetency() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> csv(HEADER + "ADMINISTRATOR,3,3,3,3,3,3,3,3,3\nPENGAWAS,2,2,6,2,2,2,2,2,2\n"));
        assertEquals(3, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().startsWith("S.csv, line 3, column 4: position 'PENGAWAS', competency 'M3': "
                + "level 6 is outside 1..5"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> csv(HEADER + "PENGAWAS,2,2,0,2,2,2,2,2,tiga\n"));
        assertTrue(e.getMessage().contains("competency 'M3'"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> csv(HEADER + "PENGAWAS,2,2,2,2,2,2,2,2,tiga\n"));
        assertTrue(e.getMessage().contains("column 10") && e.getMessage().contains("'SK1'")
                && e.getMessage().contains("'tiga'"), e.getMessage());
    }

    @Test
    void csvUnknownCompetencyCodeIsNamed() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> csv("position,M1,M2,M3,M4,M5,M6,M7,M8,SK2\nX,1,1,1,1,1,1,1,1,1\n"));
        assertEquals(1, e.line());
        assertEquals(10, e.column());
        assertTrue(e.getMessage().contains("unknown competency code 'SK2'"), e.getMessage());
    }

    @Test
    void csvMissingCompetencyColumnIsNamed() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> csv("position,M1,M2,M3,M4,M5,M6,M7,SK1\nX,1,1,1,1,1,1,1,1\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("missing column for competency 'M8' (Pengambilan Keputusan)"),
                e.getMessage());
    }

    @Test
    void csvDuplicatePositionNamesBothLines() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> csv(HEADER + "PENGAWAS,2,2,2,2,2,2,2,2,2\n\nPENGAWAS,3,3,3,3,3,3,3,3,3\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("duplicate position 'PENGAWAS' (first on line 2)"), e.getMessage());
    }

    @Test
    void csvOtherShapeErrors() {
        assertTrue(assertThrows(DataFormatException.class, () -> csv("jabatan,M1\n")).getMessage()
                .contains("'position'"));
        DataFormatException headerOnly = assertThrows(DataFormatException.class, () -> csv(HEADER));
        assertTrue(headerOnly.getMessage().contains("line 1: no position rows"), headerOnly.getMessage());
        assertTrue(assertThrows(DataFormatException.class, () -> csv(HEADER + "X,1,1\n")).getMessage()
                .contains("expected 10 cells"));
        assertTrue(assertThrows(DataFormatException.class,
                () -> csv("position,M1,M1,M2,M3,M4,M5,M6,M7,M8,SK1\n")).getMessage().contains("second column"));
    }

    @Test
    void jsonErrorsNameFilePositionAndCompetency() {
        String sk1Missing = "{\"positions\": {\"ADMINISTRATOR\": {\"M1\": 3, \"M2\": 3, \"M3\": 3, \"M4\": 3, "
                + "\"M5\": 3, \"M6\": 3, \"M7\": 3, \"M8\": 3}}}";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson(sk1Missing, "S.json", F));
        assertEquals("S.json, $.positions.ADMINISTRATOR: position 'ADMINISTRATOR': no standard level for"
                + " competency 'SK1' (Perekat Bangsa)", e.getMessage());
        assertEquals("$.positions.ADMINISTRATOR", e.jsonPath());
        e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson("{\"positions\": {\"PENGAWAS\": {\"M1\": 2.5}}}", "S.json", F));
        assertEquals("S.json, $.positions.PENGAWAS.M1: found 2.5; expected a whole number 1..5", e.getMessage());
        e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson("{\"positions\": {\"PENGAWAS\": {\"X1\": 2}}}", "S.json", F));
        assertTrue(e.getMessage().startsWith("S.json, $.positions.PENGAWAS.X1: unknown competency code 'X1'"),
                e.getMessage());
        e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson("{\"positions\": {\"PENGAWAS\": 0}}", "S.json", F));
        assertEquals("S.json, $.positions.PENGAWAS: found 0; expected a whole number 1..5", e.getMessage());
        e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson("{\"positions\": {\"PENGAWAS\": \"3\"}}", "S.json", F));
        assertEquals("S.json, $.positions.PENGAWAS: found \"3\"; expected an object of levels by competency code,"
                + " or one level 1..5", e.getMessage());
        e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson("{\"positions\": {\"A\": 1, \"A\": 2}}", "S.json", F));
        assertTrue(e.getMessage().contains("duplicate key \"A\""), e.getMessage());
        e = assertThrows(DataFormatException.class,
                () -> StandardProfile.parseJson("{\"positions\": {\"A\": 1, \" A\": 2}}", "S.json", F));
        assertEquals("S.json, $.positions[\" A\"]: duplicate position 'A'", e.getMessage());
        e = assertThrows(DataFormatException.class, () -> StandardProfile.parseJson("{\"levels\": {}}", "S.json", F));
        assertEquals("S.json, $.levels: unknown key \"levels\"; expected one of [name, positions]", e.getMessage());
    }

    @Test
    void positionStandardErrorsNamePositionAndCompetency() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String code : F.codes()) {
            levels.put(code, 3);
        }
        levels.put("M6", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PositionStandard.of("ADMINISTRATOR", F, levels));
        assertTrue(e.getMessage().contains("'ADMINISTRATOR', competency 'M6': level 0 is outside 1..5"),
                e.getMessage());
        levels.remove("M6");
        e = assertThrows(IllegalArgumentException.class, () -> PositionStandard.of("ADMINISTRATOR", F, levels));
        assertTrue(e.getMessage().contains("no standard level for competency 'M6'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PositionStandard.uniform("X", F, 6));
        assertTrue(e.getMessage().contains("'X'") && e.getMessage().contains("level 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StandardProfile.of("p", F,
                List.of(PositionStandard.uniform("X", F, 2), PositionStandard.uniform("X", F, 3))));
        assertTrue(e.getMessage().contains("duplicate position 'X'"), e.getMessage());
    }
}

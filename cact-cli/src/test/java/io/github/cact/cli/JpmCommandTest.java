package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked examples of docs/regulations.md#job-person-match through the command line. */
class JpmCommandTest {

    private static final Map<?, ?> WORKED = ReferenceFiles.published("jpm-worked-examples.json");
    private static final Map<?, ?> OPTIMAL = (Map<?, ?>) WORKED.get("optimal");
    private static final Map<?, ?> CUKUP_OPTIMAL = (Map<?, ?>) WORKED.get("cukupOptimal");
    private static final String STANDARDS = "position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\n" + row(WORKED.get("position"),
            WORKED.get("standard"));
    private static final String LEVELS = "id,position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\n"
            + row("P1," + WORKED.get("position"), OPTIMAL.get("levels"))
            + row("P2," + WORKED.get("position"), CUKUP_OPTIMAL.get("levels"));

    /** A CSV row: the leading cells, then the whole numbers of a JSON array. */
    private static String row(Object lead, Object values) {
        StringBuilder out = new StringBuilder().append(lead);
        for (Object value : (List<?>) values) {
            out.append(',').append(((Double) value).intValue());
        }
        return out.append('\n').toString();
    }

    /** The expected output line of a worked example: id, position, JPM and IKK to 2 decimals, categories. */
    private static String expected(String id, Map<?, ?> example) {
        return String.format(Locale.ROOT, "%s,%s,%.2f,%.2f,%s,%s", id, WORKED.get("position"), example.get("jpm"),
                example.get("ikk"), example.get("filling"), example.get("mapping"));
    }

    @TempDir
    Path dir;

    private CliRunner run(String levels, String standards, String... cap) throws Exception {
        Files.writeString(dir.resolve("L.csv"), levels);
        Files.writeString(dir.resolve("S.csv"), standards);
        String[] base = {"jpm", "--levels", dir.resolve("L.csv").toString(), "--standards",
            dir.resolve("S.csv").toString(), "--out", dir.resolve("jpm.csv").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + cap.length);
        System.arraycopy(cap, 0, args, base.length, cap.length);
        return CliRunner.run(args);
    }

    @Test
    void workedExamplesWithoutCapping() throws Exception {
        CliRunner result = run(LEVELS, STANDARDS);
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals(List.of("id,position,jpm,ikk,category_filling,category_mapping", expected("P1", OPTIMAL),
                expected("P2", CUKUP_OPTIMAL)), Files.readAllLines(dir.resolve("jpm.csv")));
    }

    @Test
    void perCompetencyCapping() throws Exception {
        CliRunner result = run(LEVELS, STANDARDS, "--cap", "per-competency");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(Files.readAllLines(dir.resolve("jpm.csv")).get(1)
                .startsWith(expected("P1", (Map<?, ?>) OPTIMAL.get("perCompetencyCap"))));
    }

    @Test
    void badCapIsBadUsage() throws Exception {
        assertEquals(ExitCodes.USAGE, run(LEVELS, STANDARDS, "--cap", "half").exitCode());
    }

    @Test
    void levelOutsideOneToFiveIsBadDataWithItsPlace() throws Exception {
        CliRunner result = run(LEVELS + "P3,ADMINISTRATOR,3,3,3,3,3,3,3,6,3\n", STANDARDS);
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("L.csv, line 4, column 10") && result.err().contains("M8"), result.err());
    }

    @Test
    void standardOutsideOneToFiveIsBadData() throws Exception {
        CliRunner result = run(LEVELS, "position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\nADMINISTRATOR,3,3,3,3,3,3,3,3,0\n");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("S.csv, line 2"), result.err());
    }

    @Test
    void missingCompetencyColumnAndUnknownPositionAreNamed() throws Exception {
        CliRunner missing = run("id,position,M1,M2,M3,M4,M5,M6,M7,M8\nP1,ADMINISTRATOR,3,3,3,3,3,3,3,3\n", STANDARDS);
        assertEquals(ExitCodes.DATA, missing.exitCode());
        assertTrue(missing.err().contains("SK1"), missing.err());
        CliRunner unknown = run("id,position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\nP1,CAMAT,3,3,3,3,3,3,3,3,3\n", STANDARDS);
        assertEquals(ExitCodes.DATA, unknown.exitCode());
        assertTrue(unknown.err().contains("'CAMAT'") && unknown.err().contains("line 2"), unknown.err());
    }

    @Test
    void customFrameworkFromTheHeader() throws Exception {
        CliRunner result = run("id,position,T1,T2\nQ,STAF,2,3\n", "position,T1,T2\nSTAF,2,2\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals("Q,STAF,125.00,-25.00,MS,OPTIMAL", Files.readAllLines(dir.resolve("jpm.csv")).get(1));
    }

    @Test
    void aCompetencyTheStandardsLackIsBadDataNamingFileLineColumnAndCode() throws Exception {
        CliRunner result = run("id,position,M1,M2,M3,M4,M5,M6,M7,M8,SK1,X9\nP1,ADMINISTRATOR,3,3,3,3,3,3,3,3,3,4\n",
                STANDARDS);
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertTrue(result.err().contains("L.csv, line 1, column 12") && result.err().contains("'X9'"), result.err());
        assertTrue(!Files.exists(dir.resolve("jpm.csv")));
    }
}

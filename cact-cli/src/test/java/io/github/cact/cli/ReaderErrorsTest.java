package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader of the command line refuses bad data with file and line/column or JSON path. */
class ReaderErrorsTest {

    private static final String PEOPLE = "id,skp_predicate,potential_score\nB1,BAIK,65\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CliRunner ninebox(Path people, String... extra) {
        String[] base = {"ninebox", "--people", people.toString(), "--out", dir.resolve("boxes.csv").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    private void assertBadData(CliRunner result, String message) {
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertEquals("cact: bad input: " + message, result.err().strip());
        assertFalse(Files.exists(dir.resolve("boxes.csv")), "no output file");
    }

    @Test
    void reversedBandsNameTheFileAndTheJsonPath() throws IOException {
        Path config = file("config.json", "{\"potentialBands\": {\"middleFrom\": 81, \"highFrom\": 61}}");
        assertBadData(ninebox(file("people.csv", PEOPLE), "--config", config.toString()),
                "config.json, $.potentialBands: bands need 0 < middleFrom < highFrom <= 100, but middleFrom = 81.0"
                        + " and highFrom = 61.0");
    }

    @Test
    void aWrongTypeNamesThePathTheValueAndTheExpectation() throws IOException {
        Path config = file("config.json", "{\"potentialBands\": {\"middleFrom\": 61, \"highFrom\": \"81\"}}");
        DataFormatException e = assertThrows(DataFormatException.class, () -> NineBoxConfigFile.read(config));
        assertEquals("config.json, $.potentialBands.highFrom: found \"81\"; expected a number", e.getMessage());
        assertEquals("$.potentialBands.highFrom", e.jsonPath());
        Path missing = file("missing.json", "{\"talentWeights\": {\"performance\": 0.5}}");
        assertEquals("missing.json, $.talentWeights.potential: found nothing; expected a number",
                assertThrows(DataFormatException.class, () -> NineBoxConfigFile.read(missing)).getMessage());
        Path numbering = file("numbering.json", "{\"numbering\": \"bkn\"}");
        assertEquals("numbering.json, $.numbering: found \"bkn\"; expected \"asn\" or \"generic-hr\"",
                assertThrows(DataFormatException.class, () -> NineBoxConfigFile.read(numbering)).getMessage());
        Path unknown = file("unknown.json", "{\"potentialBands\": {\"middleFrom\": 61, \"hihgFrom\": 81}}");
        assertEquals("unknown.json, $.potentialBands.hihgFrom: unknown key \"hihgFrom\"; expected one of [middleFrom,"
                + " highFrom]", assertThrows(DataFormatException.class, () -> NineBoxConfigFile.read(unknown)).getMessage());
        Path predicate = file("predicate.json", "{\"predicateScores\": {\"BAIK\": 180}}");
        assertEquals("predicate.json, $.predicateScores.BAIK: score of predicate BAIK is 180.0, outside [0, 100]",
                assertThrows(DataFormatException.class, () -> NineBoxConfigFile.read(predicate)).getMessage());
    }

    @Test
    void aValidConfigIsStillRead() throws IOException {
        Path config = file("config.json", "{\"name\": \"pemda-x\", \"version\": \"2025-1\", \"numbering\": \"generic-hr\","
                + " \"potentialBands\": {\"middleFrom\": 70, \"highFrom\": 90}, \"predicateScores\": {\"BAIK\": 75},"
                + " \"predicateLevels\": {\"BAIK\": \"MIDDLE\"}, \"nearBoundaryThreshold\": 0.5}");
        assertEquals("pemda-x", NineBoxConfigFile.read(config).name());
    }

    @Test
    void invalidUtf8InAConfigIsBadDataWithItsPlace() throws IOException {
        Path config = dir.resolve("config.json");
        Files.write(config, "{\"name\": \"Dinas Adé\"}".getBytes(Charset.forName("windows-1252")));
        assertBadData(ninebox(file("people.csv", PEOPLE), "--config", config.toString()),
                "config.json, line 1, column 19: invalid UTF-8 (byte 0xE9); " + DataFormatException.UTF8_ADVICE);
    }

    @Test
    void aDeeplyNestedConfigIsBadDataNotACrash() throws IOException {
        Path config = file("config.json", "[".repeat(100_000));
        assertBadData(ninebox(file("people.csv", PEOPLE), "--config", config.toString()),
                "config.json, line 1, column 65: arrays and objects are nested deeper than 64 levels");
    }

    @Test
    void aWindows1252PeopleFileIsRefusedNotMangled() throws IOException {
        Path people = dir.resolve("people.csv");
        Files.write(people, "id,unit,skp_predicate,potential_score\nB1,Sugiyanto Adé,BAIK,65\n"
                .getBytes(Charset.forName("windows-1252")));
        CliRunner result = ninebox(people);
        assertBadData(result, "people.csv, line 2, column 16: invalid UTF-8 (byte 0xE9); "
                + DataFormatException.UTF8_ADVICE);
        assertFalse(result.err().contains("\uFFFD"));
    }

    @Test
    void peopleErrorsNameLineAndColumn() throws IOException {
        Path people = file("people.csv", "id,skp_predicate,potential_score\nB1,BAIK,65\nB2,BAIK,6x5\n");
        assertEquals("people.csv, line 3, column 3: 'B2': potential_score = '6x5' is not a finite number",
                assertThrows(DataFormatException.class, () -> NineBoxCommand.readPeople(people)).getMessage());
        Path predicate = file("p2.csv", "id,skp_predicate,potential_score\nB1,BAIKK,65\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> NineBoxCommand.readPeople(predicate));
        assertTrue(e.getMessage().startsWith("p2.csv, line 2, column 2: "), e.getMessage());
    }

    private Path bank() throws IOException {
        Path items = dir.resolve("items.csv");
        ItemBankFiles.writeCsv(ItemBank.of(List.of(
                Item.of("Q1", DichotomousItem.twoPl(1.2, 0.1), "K1"),
                Item.of("Q2", GradedResponseItem.ofIrt(1.0, new double[] {-1, 1}), "K1"),
                Item.of("Q3", DichotomousItem.twoPl(0.8, -0.4), "K2"))), items);
        return items;
    }

    private CliRunner score(String responses) throws IOException {
        return CliRunner.run("score", "--responses", file("r.csv", responses).toString(), "--items", bank().toString(),
                "--out", dir.resolve("boxes.csv").toString());
    }

    @Test
    void aCategoryAboveTheItemsMaximumIsLocatedAtItsCell() throws IOException {
        assertBadData(score("id,Q1,Q2,Q3\nE1,1,2,0\nE2,0,3,1\n"), "r.csv, line 3, column 3: value '3' for item Q2 of"
                + " examinee E2: category 3 is above the declared maximum 2 of item Q2 (3 categories)");
    }

    @Test
    void anUnknownItemColumnIsNumberedAsInAnEditor() throws IOException {
        assertBadData(score("id,Q1,Q9,Q3\nE1,1,2,0\n"),
                "r.csv, line 1, column 3: item 'Q9' is not in the item bank items.csv");
    }

    @Test
    void anItemTiedToAnUnknownCompetencyIsLocatedInTheBank() throws IOException {
        Path items = bank();
        Path standards = file("S.csv", "position,K1,K3\nSTAF,2,3\n");
        CliRunner result = CliRunner.run("profile", "--responses", file("r.csv", "id,Q1,Q2,Q3\nE1,1,2,0\n").toString(),
                "--items", items.toString(), "--standards", standards.toString(), "--position", "STAF", "--out",
                dir.resolve("boxes.csv").toString());
        assertBadData(result, "items.csv, line 4, column 8: item 'Q3' is tied to unknown competency 'K2'; expected"
                + " one of [K1, K3] (S.csv)");
    }

    @Test
    void aCompetencyWithoutItemsIsLocatedAtTheScaleColumn() throws IOException {
        Path items = bank();
        Path standards = file("S.csv", "position,K1,K2,K3\nSTAF,2,3,3\n");
        CliRunner result = CliRunner.run("profile", "--responses", file("r.csv", "id,Q1,Q2,Q3\nE1,1,2,0\n").toString(),
                "--items", items.toString(), "--standards", standards.toString(), "--position", "STAF", "--out",
                dir.resolve("boxes.csv").toString());
        assertBadData(result, "items.csv, line 1, column 8: no item measures competency 'K3' of S.csv; every"
                + " competency needs items");
    }

    @Test
    void aLevelsFileIsReadWholeBeforeAnythingIsWritten() throws IOException {
        Path standards = file("S.csv", "position,K1,K2\nSTAF,2,3\n");
        Path levels = file("L.csv", "id,position,K1,K2\nP1,STAF,2,3\nP2,STAF,3,3\nP3,STAF,3,x\n");
        CliRunner result = CliRunner.run("jpm", "--levels", levels.toString(), "--standards", standards.toString(),
                "--out", dir.resolve("boxes.csv").toString());
        assertBadData(result, "L.csv, line 4, column 4: 'P3': level of K2 is 'x'; expected a whole number 1..5");
    }

    @Test
    void aLevelsColumnThatTheStandardsLackIsRefused() throws IOException {
        Path standards = file("S.csv", "position,K1,K2\nSTAF,2,3\n");
        Path levels = file("L.csv", "id,position,K1,K2,K3\nP1,STAF,2,3,4\n");
        CliRunner result = CliRunner.run("jpm", "--levels", levels.toString(), "--standards", standards.toString(),
                "--out", dir.resolve("boxes.csv").toString());
        assertBadData(result, "L.csv, line 1, column 5: column 'K3' is not a competency of S.csv; expected id,"
                + " position and [K1, K2]");
    }

    @Test
    void aFractionalCategoryCountIsRefusedNotTruncated() throws IOException {
        Path responses = file("r.csv", "id,Q1,Q2\nE1,0,1\nE2,1,0\nE3,1,1\n");
        Path models = file("m.csv", "item,categories\nQ1,2\nQ2,2.5\n");
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", models.toString(), "--out", dir.resolve("boxes.csv").toString());
        assertBadData(result, "m.csv, line 3, column 2: 'Q2': categories = '2.5' is not a whole number");
    }

    @Test
    void integerCellsAcceptOnlyWholeNumbers() throws IOException {
        CsvReader csv = CsvReader.of(new StringReader("id,n\nA,7\nB,-3\nC,2.0\nD,99999999999\nE,\n"), "n.csv");
        Columns columns = new Columns(csv);
        int n = columns.required("n");
        csv.next();
        assertEquals(7, columns.integer(n, "A"));
        csv.next();
        assertEquals(-3, columns.integer(n, "B"));
        csv.next();
        assertEquals("n.csv, line 4, column 2: 'C': n = '2.0' is not a whole number",
                assertThrows(DataFormatException.class, () -> columns.integer(n, "C")).getMessage());
        csv.next();
        assertThrows(DataFormatException.class, () -> columns.integer(n, "D"));
        csv.next();
        assertThrows(DataFormatException.class, () -> columns.integer(n, "E"));
    }

    @Test
    void badCutScoresAreLocated() throws IOException {
        Path cuts = file("cuts.csv", "competency,c1,c2,c3,c4\nK1,-1.5,-0.5,0.5,1.5\nK2,-1,oops,1,2\n");
        CliRunner result = CliRunner.run("profile", "--responses", file("r.csv", "id,Q1,Q2,Q3\nE1,1,2,0\n").toString(),
                "--items", bank().toString(), "--standards", file("S.csv", "position,K1,K2\nSTAF,2,3\n").toString(),
                "--position", "STAF", "--cuts", cuts.toString(), "--out", dir.resolve("boxes.csv").toString());
        assertBadData(result, "cuts.csv, line 3, column 3: 'K2': c2 = 'oops' is not a finite number");
        Files.writeString(cuts, "competency,c1,c2,c3,c4\nK1,-1.5,-0.5,0.5,1.5\nK2,1,-1,1,2\n");
        result = CliRunner.run("profile", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--standards", dir.resolve("S.csv").toString(), "--position",
                "STAF", "--cuts", cuts.toString(), "--out", dir.resolve("boxes.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("cact: bad input: cuts.csv, line 3"), result.err());
    }

    @Test
    void aMissingInputIsAnEnvironmentErrorNamingThePathAndTheOption() {
        Path missing = dir.resolve("nobody.csv");
        CliRunner result = ninebox(missing);
        assertEquals(ExitCodes.ENVIRONMENT, result.exitCode(), result.err());
        assertEquals("cact: --people: no such file: " + missing, result.err().strip());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }
}

package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBankFilesTest {

    static ItemBank mixedBank() {
        return ItemBank.of(List.of(
                Item.of("R1", DichotomousItem.rasch(-0.5), "M1"),
                Item.of("P1", DichotomousItem.ofIrt(ModelType.ONE_PL, 0.8, 0.1, Double.NaN, Double.NaN), "M1"),
                Item.of("T2", DichotomousItem.twoPl(1.25, 0.3), "M2"),
                Item.of("T3", DichotomousItem.threePl(1.1, -0.2, 0.18), "M2"),
                Item.of("T4", DichotomousItem.fourPl(1.4, 0.6, 0.1, 0.95), "M2"),
                Item.of("G1", GradedResponseItem.ofIrt(0.9, new double[] {-1.2, -0.1, 0.7, 1.9}), "SK1"),
                Item.of("C1", PartialCreditItem.gpcmOfIrt(1.3, new double[] {0.4, -0.3}), "SK1"),
                Item.of("C2, \"quoted\"", PartialCreditItem.pcmOfIrt(new double[] {-1, 0, 1}))));
    }

    private static ItemBank read(String csv) throws IOException {
        return ItemBankFiles.readCsv(new StringReader(csv), "bank.csv");
    }

    private static DataFormatException refused(String csv, String... fragments) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(csv));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
        return e;
    }

    @Test
    void csvRoundTripsEveryModel() throws IOException {
        ItemBank bank = mixedBank();
        StringWriter out = new StringWriter();
        ItemBankFiles.writeCsv(bank, out);
        assertTrue(out.toString().startsWith("item,model,a,b1,b2,b3,b4,g,u,scale,d1,d2,d3,d4\n"), out.toString());
        assertEquals(bank, read(out.toString()));
    }

    @Test
    void idsAndScalesWithDelimitersQuotesOrLineBreaksRoundTrip() throws IOException {
        ItemBank bank = ItemBank.of(List.of(
                Item.of("A;B", DichotomousItem.twoPl(1.1, 0.2), "S;1"),
                Item.of("C\nD", DichotomousItem.twoPl(0.9, -0.4), "S,2"),
                Item.of("E,\"F\"", DichotomousItem.rasch(0.3), "S\n3")));
        StringWriter out = new StringWriter();
        ItemBankFiles.writeCsv(bank, out);
        assertEquals(bank, read(out.toString()));
    }

    @Test
    void idsWithLineBreaksAndTabsReadBackExactly() throws IOException {
        List<String> ids = List.of("A\rB", "C\r\nD", "E\nF", "G\tH", "I;J");
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            items.add(Item.of(id, DichotomousItem.twoPl(1.1, 0.2)));
        }
        StringWriter out = new StringWriter();
        ItemBankFiles.writeCsv(ItemBank.of(items), out);
        assertEquals(ids, read(out.toString()).ids());
    }

    @Test
    void jsonRoundTripsEveryModel() {
        ItemBank bank = mixedBank();
        String json = ItemBankFiles.toJson(bank);
        assertEquals(bank, ItemBankFiles.parseJson(json, "bank.json"));
        assertEquals(json, ItemBankFiles.toJson(ItemBankFiles.parseJson(json, "bank.json")));
    }

    @Test
    void readsTheDocumentedColumnsWithEmptyCellsWhereAModelHasNoParameter() throws IOException {
        ItemBank bank = read("item,model,a,b1,b2,g,u,scale\n"
                + "Q1,rasch,,0.5,,,,M1\n"
                + "Q2,3pl,1.2,-0.4,,0.2,,M1\n"
                + "Q3,grm,0.8,-1,1,,,M2\n");
        assertEquals(-0.5, ((DichotomousItem) bank.model(0)).intercept(), 1e-15);
        assertEquals(0.2, bank.model(1).guessing(), 0);
        assertEquals(3, bank.model(2).categories());
        assertEquals(List.of("M1", "M2"), bank.scales());
    }

    @Test
    void semicolonFilesWithDecimalCommasAndAnnotationColumnsAreRead() throws IOException {
        ItemBank bank = read("\uFEFFitem;model;a;b1;g;u;scale;se_a\r\nQ1;2pl;1,5;-0,25;;;M1;0,1\r\n");
        assertEquals(1.5, bank.model(0).slope(), 0);
        assertEquals(-0.25, bank.model(0).thresholds()[0], 0);
    }

    @Test
    void unknownModelIsRefusedWithItsPlace() {
        refused("item,model,a,b1\nQ1,2pl,1,0\nQ2,5pl,1,0\n", "bank.csv", "line 3", "column 2", "'Q2'", "5pl");
    }

    @Test
    void nonPositiveSlopeIsRefusedWithTheItem() {
        refused("item,model,a,b1\nQ1,2pl,-0.3,0\n", "line 2", "'Q1'", "slope a");
    }

    @Test
    void nonNumberIsRefusedWithTheCell() {
        refused("item,model,a,b1\nQ1,2pl,one,0\n", "line 2", "column 3", "'Q1'", "'one'");
        refused("item,model,a,b1\nQ1,2pl,1,NaN\n", "line 2", "column 4", "b1");
    }

    @Test
    void unorderedGradedThresholdsAreRefused() {
        refused("item,model,a,b1,b2\nQ1,grm,1,1,-1\n", "line 2", "'Q1'", "strictly increasing");
    }

    @Test
    void guessingOutOfRangeOrMissingIsRefused() {
        refused("item,model,a,b1,g\nQ1,3pl,1,0,1.2\n", "'Q1'", "lower asymptote g");
        refused("item,model,a,b1,g\nQ1,3pl,1,0,\n", "'Q1'", "lower asymptote g");
    }

    @Test
    void gapsInThresholdsAreRefused() {
        refused("item,model,a,b1,b2,b3\nQ1,grm,1,-1,,1\n", "column 6", "b3 is given but b2 is empty");
        refused("item,model,a,b1\nQ1,2pl,1,\n", "'Q1'", "b1 is empty");
    }

    @Test
    void wrongNumberOfThresholdsForADichotomousModelIsRefused() {
        refused("item,model,a,b1,b2\nQ1,2pl,1,-1,1\n", "'Q1'", "one threshold");
    }

    @Test
    void duplicateIdsAreRefusedWithBothLines() {
        refused("item,model,a,b1\nQ1,2pl,1,0\nQ1,2pl,1,1\n", "line 3", "duplicate item id 'Q1'", "line 2");
    }

    @Test
    void raggedRowsAreRefused() {
        refused("item,model,a,b1\nQ1,2pl,1\n", "line 2", "3 cells", "4");
    }

    @Test
    void missingRequiredColumnIsRefused() {
        refused("item,model,a\nQ1,2pl,1\n", "no 'b1' column");
    }

    @Test
    void emptyFileAndHeaderOnlyAreRefused() {
        refused("", "bank.csv", "empty");
        refused("item,model,a,b1\n", "no items");
    }

    @Test
    void jsonErrorsNameTheItem() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q9\", \"model\": \"2pl\", \"a\": 0, \"b\": [0]}]}", "bank.json"));
        assertTrue(e.getMessage().contains("'Q9'") && e.getMessage().contains("slope a"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson("{\"items\": []}", "bank.json"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void jsonErrorsNameThePathTheValueAndTheExpectation() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q1\", \"model\": \"2pl\", \"a\": 1, \"b\": [0]},"
                        + " {\"item\": \"Q2\", \"model\": \"2pl\", \"a\": \"1.2\", \"b\": [0]}]}", "bank.json"));
        assertEquals("bank.json, $.items[1].a: found \"1.2\"; expected a number", e.getMessage());
        assertEquals("$.items[1].a", e.jsonPath());
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q1\", \"model\": \"5pl\", \"b\": [0]}]}", "bank.json"));
        assertTrue(e.getMessage().startsWith("bank.json, $.items[0].model: item 'Q1': "), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q1\", \"model\": \"grm\", \"a\": 1, \"b\": [0, null]}]}", "bank.json"));
        assertEquals("bank.json, $.items[0].b[1]: found null; expected a number", e.getMessage());
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson("[1]", "bank.json"));
        assertEquals("bank.json, $: found an array; expected an object", e.getMessage());
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q1\", \"model\": \"rasch\", \"b\": [0]}, {\"item\": \"Q1\","
                        + " \"model\": \"rasch\", \"b\": [1]}]}", "bank.json"));
        assertEquals("bank.json, $.items[1].item: duplicate item id 'Q1' (first at $.items[0])", e.getMessage());
    }

    @Test
    void parametersThatTheModelRefusesAreLocatedWithTheItem() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q9\", \"model\": \"2pl\", \"a\": -1, \"b\": [0]}]}", "bank.json"));
        assertTrue(e.getMessage().startsWith("bank.json, $.items[0]: item 'Q9': "), e.getMessage());
        assertEquals("$.items[0]", e.jsonPath());
        e = refused("item,model,a,b1\nQ1,2pl,1,0\nQ7,2pl,-2,0\n", "'Q7'");
        assertTrue(e.getMessage().startsWith("bank.csv, line 3: item 'Q7': "), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void invalidUtf8InABankIsRefusedWithItsPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path csv = dir.resolve("bank.csv");
        java.nio.file.Files.write(csv, "item,model,a,b1,scale\nQ1,2pl,1,0,Kejujuran\nQ2,2pl,1,0,Etika Publik \u00e9\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        DataFormatException e = assertThrows(DataFormatException.class, () -> ItemBankFiles.readCsv(csv));
        assertEquals("bank.csv, line 3, column 25: invalid UTF-8 (byte 0xE9); " + DataFormatException.UTF8_ADVICE,
                e.getMessage());
        java.nio.file.Path json = dir.resolve("bank.json");
        java.nio.file.Files.write(json, new byte[] {'{', '\n', ' ', (byte) 0x93, '}'});
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.readJson(json));
        assertEquals("bank.json, line 2, column 2: invalid UTF-8 (byte 0x93); " + DataFormatException.UTF8_ADVICE,
                e.getMessage());
    }
}

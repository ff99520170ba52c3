package io.github.cact.mirt.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items and latent CSV: exact round trip of every model and loading pattern, located errors. */
class MultidimensionalBankFilesTest {

    private static MultidimensionalBank bank() {
        List<MultidimensionalItem> items = List.of(
                MultidimensionalItem.of("Q1", ModelType.TWO_PL, new double[] {1.1 / 3, 0, 0}, new int[] {0},
                        new double[] {-0.2}, 0, 1),
                MultidimensionalItem.of("Q,2", ModelType.THREE_PL, new double[] {0, 1.7, 0}, new int[] {1},
                        new double[] {0.45}, 0.2, 1),
                MultidimensionalItem.of("Q3", ModelType.FOUR_PL, new double[] {0.9, 0.4, 0}, new int[] {0, 1},
                        new double[] {0.1}, 0.1, 0.95),
                MultidimensionalItem.of("Q4", ModelType.GRM, new double[] {0, 0, 1.3}, new int[] {2},
                        new double[] {1.5, 0.2, -1.1}, 0, 1),
                MultidimensionalItem.of("Q5", ModelType.GPCM, new double[] {0.7, 0.6, 0.5}, new int[] {0, 1, 2},
                        new double[] {0.8, -0.3}, 0, 1));
        LatentNormal latent = LatentNormal.ofCorrelations(new double[][] {{1, 0.7, 0.6}, {0.7, 1, 0.65},
            {0.6, 0.65, 1}});
        return MultidimensionalBank.of(List.of("M1", "M2", "SK1"), items, latent);
    }

    private static String items(MultidimensionalBank bank) throws IOException {
        StringWriter out = new StringWriter();
        MultidimensionalBankFiles.writeItemsCsv(bank, out);
        return out.toString();
    }

    private static String latent(MultidimensionalBank bank) throws IOException {
        StringWriter out = new StringWriter();
        MultidimensionalBankFiles.writeLatentCsv(bank, out);
        return out.toString();
    }

    private static MultidimensionalBank read(String items, String latent) throws IOException {
        return MultidimensionalBankFiles.readCsv(new StringReader(items), "items.csv", new StringReader(latent),
                "latent.csv");
    }

    /** Reads the two texts, expecting a refusal whose message contains every fragment. */
    private static DataFormatException refused(String items, String latent, String... fragments) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(items, latent));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
        return e;
    }

    /** The same items, factors and correlations, to the bit. */
    private static void assertSameBank(MultidimensionalBank expected, MultidimensionalBank actual) {
        assertEquals(expected.items(), actual.items());
        assertEquals(expected.factors(), actual.factors());
        for (int i = 0; i < expected.dimensions(); i++) {
            assertArrayEquals(expected.latent().correlations()[i], actual.latent().correlations()[i], 0);
        }
    }

    @Test
    void roundTripIsExact() throws IOException {
        MultidimensionalBank bank = bank();
        String items = items(bank);
        String latent = latent(bank);
        MultidimensionalBank back = read(items, latent);
        assertSameBank(bank, back);
        assertEquals(items, items(back));
        assertEquals(latent, latent(back));
        assertTrue(items.startsWith("item,model,a1,a2,a3,d1,d2,d3,g,u,scale\n"), items);
        assertTrue(latent.startsWith("factor,M1,M2,SK1\nM1,1.0,0.7,0.6\n"), latent);
        assertTrue(MultidimensionalBankFiles.isMultidimensional(List.of("item", "model", "A1")));
        assertTrue(!MultidimensionalBankFiles.isMultidimensional(List.of("item", "model", "a", "b1")));
    }

    @Test
    void badValuesAreLocated() throws IOException {
        String latent = latent(bank());
        String items = items(bank());
        refused(items.replace("Q4,grm,,,1.3", "Q4,grm,,,1.3x"), latent, "items.csv", "line 5", "Q4", "1.3x");
        refused(items.replace("Q1,2pl," + (1.1 / 3), "Q1,2pl,"), latent, "line 2", "Q1");
        refused(items, latent.replace("M2,0.7,1.0", "M2,0.7,1.5"), "latent.csv", "1.5");
        refused(items, latent.replace("\nM2,", "\nM9,"), "line 3", "M9");
        refused(items, "factor,M1,M2\nM1,1,0.5\nM2,0.5,1\n", "3 slope columns", "2 factors");
    }

    @Test
    void aScaleThatIsNotALoadedFactorIsLocated() throws IOException {
        String latent = latent(bank());
        // Q4 loads on SK1 (a3); the scale column says M2
        DataFormatException e = refused(items(bank()).replace(",SK1\n", ",M2\n"), latent);
        assertEquals("items.csv, line 5, column 11: item 'Q4': scale 'M2' is factor a2, on which the item has no"
                + " slope; it loads on [SK1 (a3)]", e.getMessage());
        e = refused(items(bank()).replace(",SK1\n", ",SK9\n"), latent);
        assertTrue(e.getMessage().startsWith("items.csv, line 5, column 11: item 'Q4': scale 'SK9' is not a factor"
                + " of the latent distribution [M1, M2, SK1]"), e.getMessage());
    }

    @Test
    void filesAreReadFromPaths(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path items = dir.resolve("bank.csv");
        java.nio.file.Path latent = dir.resolve("bank.latent.csv");
        java.nio.file.Files.writeString(items, "\uFEFF" + items(bank()).replace("\n", "\r\n"));
        java.nio.file.Files.writeString(latent, latent(bank()).replace(',', ';'));
        MultidimensionalBank back = MultidimensionalBankFiles.readCsv(items, latent);
        assertEquals(bank().items(), back.items());
        assertEquals(items(bank()), items(back));
        java.nio.file.Files.writeString(latent, "factor,M1,M2,SK1\nM1,1,0.7,0.6\nM2,0.7,1,0.65\nSK1,0.6,0.65,x\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MultidimensionalBankFiles.readCsv(items, latent));
        assertTrue(e.getMessage().startsWith("bank.latent.csv, line 4, column 4"), e.getMessage());
    }

    @Test
    void jsonRoundTripIsExactAndCarriesTheCorrelations() {
        MultidimensionalBank bank = bank();
        String json = MultidimensionalBankFiles.toJson(bank);
        MultidimensionalBank back = MultidimensionalBankFiles.parseJson(json, "bank.json");
        assertSameBank(bank, back);
        assertEquals(json, MultidimensionalBankFiles.toJson(back));
        assertTrue(json.contains("\"correlations\": [\n    [1, 0.7, 0.6],"), json);
        assertTrue(json.contains("\"a\": [0.3666666666666667, null, null]"), json);
    }

    @Test
    void badJsonIsLocatedByPath() {
        String json = MultidimensionalBankFiles.toJson(bank());
        assertJsonError(json.replace("[1, 0.7, 0.6]", "[1, 0.7, 0.61]"), "bank.json, $.correlations[0][2]:"
                + " correlation of 'M1' and 'SK1' = 0.61 differs from 0.6 at $.correlations[2][0]; expected a"
                + " symmetric matrix");
        assertJsonError(json.replace("[1, 0.7, 0.6]", "[1, 0.7]"), "bank.json, $.correlations[0]: row of factor"
                + " 'M1' has 2 entries; expected 3");
        assertJsonError(json.replace("[0.7, 1, 0.65]", "[0.7, 2, 0.65]"), "bank.json, $.correlations[1][1]:"
                + " correlation of 'M2' and 'M2' = 2.0 is on the diagonal; expected 1");
        assertJsonError(json.replace("[0.7, 1, 0.65]", "[0.7, 1, \"x\"]"), "bank.json, $.correlations[1][2]:"
                + " found \"x\"; expected a number");
        assertJsonError(json.replace("\"a\": [0.3666666666666667, null, null]", "\"a\": [null, null, null]"),
                "bank.json, $.items[0].a: item 'Q1': every slope is null; an item loads on at least one factor");
        assertJsonError(json.replace("\"a\": [0.3666666666666667, null, null]", "\"a\": [1, null]"),
                "bank.json, $.items[0].a: item 'Q1': found 2 slopes; expected 3, one per factor [M1, M2, SK1]"
                        + " (null where the item does not load)");
        assertJsonError(json.replace("\"scale\": \"M1\"", "\"scale\": \"M2\""), "bank.json, $.items[0].scale:"
                + " item 'Q1': scale 'M2' is factor a2, on which the item has no slope; it loads on [M1 (a1)]");
        assertJsonError(json.replace("\"correlations\"", "\"correlation\""), "bank.json, $.correlation: unknown"
                + " key \"correlation\"; expected one of [factors, correlations, items]");
        assertJsonError(json.replace("\"SK1\"\n  ]", "\"M1\"\n  ]"), "bank.json, $.factors[2]: factor 'M1' is named twice");
        String notPositiveDefinite = json.replace("[1, 0.7, 0.6]", "[1, 0.95, -0.9]")
                .replace("[0.7, 1, 0.65]", "[0.95, 1, 0.65]").replace("[0.6, 0.65, 1]", "[-0.9, 0.65, 1]");
        assertJsonError(notPositiveDefinite, "bank.json, $.correlations: the 3 × 3 correlation matrix is not"
                + " positive definite");
    }

    private static void assertJsonError(String json, String message) {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MultidimensionalBankFiles.parseJson(json, "bank.json"));
        assertEquals(message, e.getMessage());
    }
}

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

    @Test
    void roundTripIsExact() throws IOException {
        MultidimensionalBank bank = bank();
        String items = items(bank);
        String latent = latent(bank);
        MultidimensionalBank back = read(items, latent);
        assertEquals(bank.items(), back.items());
        assertEquals(bank.factors(), back.factors());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(bank.latent().correlations()[i], back.latent().correlations()[i], 0);
        }
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
        String items = items(bank()).replace("Q4,grm,,,1.3", "Q4,grm,,,1.3x");
        DataFormatException slope = assertThrows(DataFormatException.class, () -> read(items, latent));
        assertTrue(slope.getMessage().contains("items.csv") && slope.getMessage().contains("line 5")
                && slope.getMessage().contains("Q4") && slope.getMessage().contains("1.3x"), slope.getMessage());

        String noSlope = items(bank()).replace("Q1,2pl," + (1.1 / 3), "Q1,2pl,");
        DataFormatException none = assertThrows(DataFormatException.class, () -> read(noSlope, latent));
        assertTrue(none.getMessage().contains("line 2") && none.getMessage().contains("Q1"), none.getMessage());

        String badR = latent.replace("M2,0.7,1.0", "M2,0.7,1.5");
        DataFormatException diagonal = assertThrows(DataFormatException.class, () -> read(items(bank()), badR));
        assertTrue(diagonal.getMessage().contains("latent.csv") && diagonal.getMessage().contains("1.5"),
                diagonal.getMessage());

        String order = latent.replace("\nM2,", "\nM9,");
        DataFormatException row = assertThrows(DataFormatException.class, () -> read(items(bank()), order));
        assertTrue(row.getMessage().contains("line 3") && row.getMessage().contains("M9"), row.getMessage());

        String twoFactors = "factor,M1,M2\nM1,1,0.5\nM2,0.5,1\n";
        DataFormatException count = assertThrows(DataFormatException.class, () -> read(items(bank()), twoFactors));
        assertTrue(count.getMessage().contains("3 slope columns") && count.getMessage().contains("2 factors"),
                count.getMessage());
    }
}

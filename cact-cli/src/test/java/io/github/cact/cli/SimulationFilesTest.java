package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cact.data.DataFormatException;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.PartialCreditItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** THETA.csv and FORM.csv of {@code cact cat-simulate}: read in any column order, refused with the place. */
class SimulationFilesTest {

    private static final ItemBank BANK = ItemBank.of(
            Item.of("A1", PartialCreditItem.gpcmOfIrt(1, new double[] {-1, 0, 1}), "M1"),
            Item.of("A2", PartialCreditItem.gpcmOfIrt(1, new double[] {0, 1, 2}), "M1"),
            Item.of("B1", PartialCreditItem.gpcmOfIrt(1, new double[] {-1, 0, 1}), "SK1"));

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("f.csv"), text, StandardCharsets.UTF_8);
    }

    private String thetaError(String text, List<String> scales) throws IOException {
        Path path = file(text);
        return assertThrows(DataFormatException.class, () -> ThetaFile.read(path, scales, "bank.csv")).getMessage();
    }

    private String formError(String text) throws IOException {
        Path path = file(text);
        return assertThrows(DataFormatException.class, () -> FormFile.read(path, BANK, "bank.csv")).getMessage();
    }

    @Test
    void thetasAreReadByScaleNameInBankOrder() throws IOException {
        ThetaFile.People people = ThetaFile.read(file("SK1,id,m1\n0.5,P1,-1\n-2,P2,1.25\n"), List.of("M1", "SK1"),
                "bank.csv");
        assertEquals(List.of("P1", "P2"), people.ids());
        assertArrayEquals(new double[] {-1, 0.5}, people.thetas()[0]);
        assertArrayEquals(new double[] {1.25, -2}, people.thetas()[1]);
        ThetaFile.People one = ThetaFile.read(file("id,theta\nP1,0.3\n"), List.of("theta"), "bank.csv");
        assertArrayEquals(new double[] {0.3}, one.thetas()[0]);
        ThetaFile.People named = ThetaFile.read(file("id,theta\nP1,0.3\n"), List.of("M1"), "bank.csv");
        assertArrayEquals(new double[] {0.3}, named.thetas()[0], "a one-scale bank takes a theta column");
    }

    @Test
    void badThetaFilesAreLocated() throws IOException {
        List<String> scales = List.of("M1", "SK1");
        assertEquals("f.csv, line 1: the header has no column for scale SK1; bank.csv has the scales [M1, SK1]",
                thetaError("id,M1\nP1,0\n", scales));
        assertEquals("f.csv, line 1, column 4: column 'M2' is not a scale of bank.csv; expected id and [M1, SK1]",
                thetaError("id,M1,SK1,M2\nP1,0,0,0\n", scales));
        assertEquals("f.csv, line 3, column 3: 'P2': SK1 = 'high' is not a finite number",
                thetaError("id,M1,SK1\nP1,0,0\nP2,1,high\n", scales));
        assertEquals("f.csv, line 3, column 1: duplicate id 'P1' (first on line 2)",
                thetaError("id,M1,SK1\nP1,0,0\nP1,1,1\n", scales));
        assertEquals("f.csv, line 2: the row has 2 cells; the header has 3", thetaError("id,M1,SK1\nP1,0\n", scales));
        assertEquals("f.csv, line 1: the file has a header but no people", thetaError("id,M1,SK1\n", scales));
        assertEquals("f.csv, line 1: the header has no 'id' column", thetaError("M1,SK1\n0,0\n", scales));
    }

    @Test
    void aFormIsTheItemColumnAndMayBeABankFile() throws IOException {
        assertEquals(List.of("B1", "A2"), FormFile.read(file("item\nB1\nA2\n"), BANK, "bank.csv"));
        assertEquals(List.of("A1", "B1"), FormFile.read(file("item,model,a\nA1,gpcm,1\nB1,gpcm,1\n"), BANK, "bank.csv"));
    }

    @Test
    void badFormsAreLocated() throws IOException {
        assertEquals("f.csv, line 3, column 1: item 'X9' is not in the item bank bank.csv", formError("item\nA1\nX9\n"));
        assertEquals("f.csv, line 3, column 1: duplicate id 'A1' (first on line 2)", formError("item\nA1\nA1\nB1\n"));
        assertEquals("f.csv, line 3: the form has no item of scale SK1; every scale of bank.csv needs items",
                formError("item\nA1\nA2\n"));
        assertEquals("f.csv, line 1: the file has a header but no items", formError("item\n"));
        assertEquals("f.csv, line 2, column 1: the id is empty", formError("item,x\n,1\n"));
        assertEquals("f.csv, line 1: the header has no 'item' column", formError("id\nA1\n"));
    }
}

package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.personfit.PersonFit;
import io.github.cact.personfit.PersonFitOptions;
import io.github.cact.personfit.PersonFitResults;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.simulation.ResponseSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilePersonFitTest {

    @TempDir
    Path dir;

    @Test
    void everyRowCarriesThePersonFitFlagOfItsCompetency() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(Item.of("A" + i, DichotomousItem.twoPl(1.2, -1.5 + 0.25 * i), "K1"));
            items.add(Item.of("B" + i, DichotomousItem.twoPl(0.9, -1.2 + 0.2 * i), "K2"));
        }
        ItemBank bank = ItemBank.of(items);
        ItemBankFiles.writeCsv(bank, dir.resolve("items.csv"));
        ResponseMatrix simulated = ResponseSimulator.of(bank, 4).simulate(40).responses();
        int[][] cells = new int[40][];
        for (int e = 0; e < 40; e++) {
            cells[e] = new int[bank.size()];
            for (int i = 0; i < bank.size(); i++) {
                cells[e][i] = simulated.response(e, i);
            }
        }
        for (int i = 0; i < 12; i++) {
            cells[0][2 * i] = i < 6 ? 0 : 1; // K1 of the first person: the easy half wrong, the hard half right
        }
        ResponseMatrix data = ResponseMatrix.of(simulated.examineeIds(), simulated.itemIds(), cells);
        ResponseCsv.write(data, dir.resolve("r.csv"));
        Files.writeString(dir.resolve("S.csv"), "position,K1,K2\nSTAF,2,3\n");
        CliRunner result = CliRunner.run("profile", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--standards", dir.resolve("S.csv").toString(), "--position",
                "STAF", "--out", dir.resolve("p.csv").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        Map<String, PersonFitResults> expected = PersonFit.fitByScale(bank, data, ScoringOptions.defaults(),
                PersonFitOptions.defaults());
        List<String> lines = Files.readAllLines(dir.resolve("p.csv"));
        assertTrue(lines.get(0).endsWith(",person_fit"), lines.get(0));
        int row = 1;
        for (int e = 0; e < 40; e++) {
            for (String competency : List.of("K1", "K2")) {
                String[] cells2 = lines.get(row++).split(",");
                assertEquals(data.examineeId(e), cells2[0]);
                assertEquals(competency, cells2[1]);
                assertEquals(expected.get(competency).result(e).flag().code(), cells2[cells2.length - 1]);
            }
        }
        assertEquals("misfit", lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1),
                "the reversed pattern is flagged");
    }
}

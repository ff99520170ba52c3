package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.simulation.ResponseSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(Item.of("A" + i, GradedResponseItem.ofIrt(1.1, new double[] {-1 + 0.3 * i, 0.3 * i, 1 + 0.3 * i}), "K1"));
            items.add(Item.of("B" + i, GradedResponseItem.ofIrt(0.9, new double[] {-1.4 + 0.3 * i, -0.2 + 0.3 * i, 0.9 + 0.3 * i}), "K2"));
        }
        ItemBank bank = ItemBank.of(items);
        ItemBankFiles.writeCsv(bank, dir.resolve("items.csv"));
        ResponseCsv.write(ResponseSimulator.of(bank, 2).simulate(30).responses(), dir.resolve("r.csv"));
        Files.writeString(dir.resolve("S.csv"), "position,K1,K2\nSTAF,2,3\nKASI,3,3\n");
    }

    private CliRunner run(String... extra) {
        List<String> args = new ArrayList<>(List.of("profile", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--standards", dir.resolve("S.csv").toString(), "--out",
                dir.resolve("p.csv").toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(new String[0]));
    }

    @Test
    void writesOneRowPerPersonAndCompetencyWithConsistentNumbers() throws Exception {
        CliRunner result = run("--position", "STAF");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(dir.resolve("p.csv"));
        assertEquals(String.join(",", ProfileCommand.header()), lines.get(0));
        assertEquals(1 + 30 * 2, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int level = Integer.parseInt(cells[4]);
            int standard = Integer.parseInt(cells[5]);
            assertEquals(level - standard, Integer.parseInt(cells[7]));
            double total = 0;
            double atOrAbove = 0;
            for (int k = 1; k <= 5; k++) {
                double p = Double.parseDouble(cells[7 + k]);
                total += p;
                atOrAbove += k >= standard ? p : 0;
            }
            assertEquals(1, total, 1e-3);
            assertEquals(atOrAbove, Double.parseDouble(cells[6]), 1e-3);
        }
    }

    @Test
    void cutsFileChangesLevelsAndBadCutsAreLocated() throws Exception {
        Files.writeString(dir.resolve("cuts.csv"), "competency,c1,c2,c3,c4\nK1,-9,-8,-7,-6\nK2,-9,-8,-7,-6\n");
        assertEquals(ExitCodes.OK, run("--position", "KASI", "--cuts", dir.resolve("cuts.csv").toString()).exitCode());
        for (String line : Files.readAllLines(dir.resolve("p.csv")).subList(1, 61)) {
            assertEquals("5", line.split(",")[4], line);
        }
        Files.writeString(dir.resolve("cuts.csv"), "competency,c1,c2,c3,c4\nK1,0,-1,1,2\nK2,-1,0,1,2\n");
        CliRunner bad = run("--position", "KASI", "--cuts", dir.resolve("cuts.csv").toString());
        assertEquals(ExitCodes.DATA, bad.exitCode());
        assertTrue(bad.err().contains("cuts.csv, line 2") && bad.err().contains("K1"), bad.err());
    }

    @Test
    void unknownPositionIsBadUsage() {
        CliRunner result = run("--position", "CAMAT");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("CAMAT") && result.err().contains("STAF"), result.err());
    }
}

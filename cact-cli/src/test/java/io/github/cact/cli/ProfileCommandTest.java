package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
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
    void personFitFlagIsTheLastColumnPerCompetency() throws Exception {
        // 5 items per competency are fewer than person fit needs (10): every row says so
        assertEquals(ExitCodes.OK, run("--position", "STAF").exitCode());
        List<String> lines = Files.readAllLines(dir.resolve("p.csv"));
        assertTrue(lines.get(0).endsWith(",p_kurang_optimal,person_fit"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.endsWith(",too_few_responses"), line);
        }
        // 12 items per competency, and one examinee who answers K1 against the items' order
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(Item.of("A" + i, GradedResponseItem.ofIrt(1.5, new double[] {-2.2 + 0.4 * i, -1.6 + 0.4 * i}), "K1"));
            items.add(Item.of("B" + i, GradedResponseItem.ofIrt(1.2, new double[] {-1.5 + 0.25 * i, 0.25 * i}), "K2"));
        }
        ItemBank bank = ItemBank.of(items);
        ItemBankFiles.writeCsv(bank, dir.resolve("items.csv"));
        ResponseMatrix model = ResponseSimulator.of(bank, 3).simulate(40).responses();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(bank.ids());
        int[] aberrant = new int[24];
        for (int i = 0; i < 12; i++) {
            aberrant[2 * i] = i < 6 ? 0 : 2;
            aberrant[2 * i + 1] = 1;
        }
        builder.add("ABERRANT", aberrant);
        for (int n = 0; n < model.examinees(); n++) {
            int[] row = new int[24];
            for (int i = 0; i < 24; i++) {
                row[i] = model.response(n, i);
            }
            builder.add(model.examineeId(n), row);
        }
        ResponseCsv.write(builder.build(), dir.resolve("r.csv"));
        CliRunner result = run("--position", "STAF");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        lines = Files.readAllLines(dir.resolve("p.csv"));
        assertEquals("ABERRANT,K1", lines.get(1).substring(0, 11));
        assertTrue(lines.get(1).endsWith(",misfit"), lines.get(1));
        int fits = 0;
        for (String line : lines.subList(1, lines.size())) {
            String flag = line.substring(line.lastIndexOf(',') + 1);
            assertTrue(List.of("fits", "misfit", "extreme_pattern").contains(flag), line);
            fits += flag.equals("fits") ? 1 : 0;
        }
        assertTrue(fits > 70, fits + " of 82 rows fit");
    }

    @Test
    void unknownPositionIsBadUsage() {
        CliRunner result = run("--position", "CAMAT");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("CAMAT") && result.err().contains("STAF"), result.err());
    }
}

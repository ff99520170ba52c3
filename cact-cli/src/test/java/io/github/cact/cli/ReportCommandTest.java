package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.simulation.ResponseSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from the files of calibrate, profile and ninebox, chained as a user would. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void buildsTheReportFromTheOtherCommandsFiles() throws Exception {
        List<Item> items = new ArrayList<>();
        StringBuilder models = new StringBuilder("item,model,scale\n");
        for (int i = 0; i < 6; i++) {
            items.add(Item.of("A" + i, GradedResponseItem.ofIrt(1.2, new double[] {-1 + 0.3 * i, 0.3 * i, 1 + 0.3 * i}), "K1"));
            items.add(Item.of("B" + i, GradedResponseItem.ofIrt(0.9, new double[] {-1.4 + 0.3 * i, 0.3 * i, 0.9 + 0.3 * i}), "K2"));
            models.append("A").append(i).append(",grm,K1\nB").append(i).append(",grm,K2\n");
        }
        ResponseCsv.write(ResponseSimulator.of(ItemBank.of(items), 8).simulate(400).responses(), dir.resolve("r.csv"));
        Files.writeString(dir.resolve("m.csv"), models.toString());
        Files.writeString(dir.resolve("S.csv"), "position,K1,K2\nSTAF,2,3\n");
        Files.writeString(dir.resolve("people.csv"), "id,name,skp_predicate,potential_score\n"
                + "E000001,Budi <Santoso>,SANGAT_BAIK,90\nE000002,Siti,BAIK,50\nE000003,Agus,KURANG,\n");
        assertEquals(0, CliRunner.run("calibrate", "--responses", path("r.csv"), "--model", "grm", "--item-models",
                path("m.csv"), "--out", path("items.csv"), "--quiet").exitCode());
        assertEquals(0, CliRunner.run("profile", "--responses", path("r.csv"), "--items", path("items.csv"),
                "--standards", path("S.csv"), "--position", "STAF", "--out", path("profiles.csv")).exitCode());
        assertEquals(0, CliRunner.run("ninebox", "--people", path("people.csv"), "--out", path("boxes.csv"), "--quiet")
                .exitCode());
        CliRunner result = CliRunner.run("report", "--boxes", path("boxes.csv"), "--people", path("people.csv"),
                "--profiles", path("profiles.csv"), "--items", path("items.csv"), "--scale", "K2", "--out",
                path("report.html"));
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Budi &lt;Santoso&gt;"), "names from --people, escaped");
        assertFalse(html.contains("Budi <Santoso>"));
        for (String expected : List.of("K1", "K2", "A5", "B5")) {
            assertTrue(html.contains(expected), expected);
        }
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("src="));
    }

    @Test
    void needsAnInputAndRefusesBadBoxes() throws Exception {
        assertEquals(ExitCodes.USAGE, CliRunner.run("report", "--out", path("r.html")).exitCode());
        Files.writeString(dir.resolve("boxes.csv"), "id,box,talent_score\nP1,12,80\n");
        CliRunner bad = CliRunner.run("report", "--boxes", path("boxes.csv"), "--out", path("r.html"));
        assertEquals(ExitCodes.DATA, bad.exitCode());
        assertTrue(bad.err().contains("boxes.csv, line 2, column 2"), bad.err());
    }
}

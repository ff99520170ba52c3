package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    @TempDir
    Path dir;

    private Path simulate(String model, int items) {
        Path responses = dir.resolve("r.csv");
        assertEquals(0, CliRunner.run("simulate", "--model", model, "--n-items", Integer.toString(items),
                "--examinees", "60", "--seed", "3", "--out", responses.toString(), "--bank-out",
                dir.resolve("items.csv").toString()).exitCode());
        return responses;
    }

    @Test
    void writesTheLibraryEstimatesInInputOrder() throws Exception {
        Path responses = simulate("2pl", 15);
        for (String method : List.of("eap", "map", "ml", "wle", "eapsum")) {
            Path out = dir.resolve(method + ".csv");
            CliRunner result = CliRunner.run("score", "--responses", responses.toString(), "--items",
                    dir.resolve("items.csv").toString(), "--method", method, "--out", out.toString());
            assertEquals(ExitCodes.OK, result.exitCode(), result.err());
            Scores expected = Scorer.of(ItemBankFiles.readCsv(dir.resolve("items.csv")),
                    ScoringOptions.of(ScoringMethod.fromCode(method))).score(ResponseCsv.read(responses));
            List<String> lines = Files.readAllLines(out);
            assertEquals("id,theta,se,status", lines.get(0));
            assertEquals(61, lines.size());
            for (int n = 0; n < 60; n++) {
                String[] cells = lines.get(n + 1).split(",");
                assertEquals(expected.examineeId(n), cells[0]);
                assertEquals(String.format(Locale.ROOT, "%.6f", expected.theta(n)), cells[1], method);
                assertEquals(expected.status(n).name(), cells[3]);
            }
        }
    }

    @Test
    void severalScalesGetAScaleColumn() throws Exception {
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1,scale\nA1,2pl,1,0,M1\nA2,2pl,1.2,0.5,M1\nB1,2pl,0.8,-0.5,M2\n");
        Files.writeString(dir.resolve("r.csv"), "id,A1,A2,B1\nP1,1,0,1\nP2,0,0,NA\n");
        CliRunner result = CliRunner.run("score", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
        assertEquals("id,theta,se,scale,status", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("P1,") && lines.get(1).endsWith(",M1,OK"), lines.get(1));
        assertTrue(lines.get(4).startsWith("P2,") && lines.get(4).endsWith(",M2,NO_RESPONSES"), lines.get(4));
    }

    @Test
    void idsThatAReaderWouldSplitOrStripReadBackFromTheScoresExactly() throws Exception {
        List<String> ids = List.of("P\r1", "P\r\n2", " P3", "P4\t", "P;5");
        StringBuilder responses = new StringBuilder("id,A1,A2\n");
        for (String id : ids) {
            responses.append('"').append(id).append("\",1,0\n");
        }
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1\nA1,2pl,1,0\nA2,2pl,1.2,0.5\n");
        Files.writeString(dir.resolve("r.csv"), responses);
        CliRunner result = CliRunner.run("score", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> read = new ArrayList<>();
        try (CsvReader scores = CsvReader.open(dir.resolve("s.csv"))) {
            while (scores.next()) {
                read.add(scores.get(0));
            }
        }
        assertEquals(ids, read);
    }

    @Test
    void unknownColumnAndBadMethodAreReported() throws Exception {
        Path responses = simulate("2pl", 5);
        Files.writeString(dir.resolve("other.csv"), "item,model,a,b1\nI001,2pl,1,0\n");
        CliRunner unknown = CliRunner.run("score", "--responses", responses.toString(), "--items",
                dir.resolve("other.csv").toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(ExitCodes.DATA, unknown.exitCode());
        assertTrue(unknown.err().contains("I002"), unknown.err());
        CliRunner method = CliRunner.run("score", "--responses", responses.toString(), "--items",
                dir.resolve("items.csv").toString(), "--method", "mle", "--out", dir.resolve("s.csv").toString());
        assertEquals(ExitCodes.USAGE, method.exitCode());
        assertTrue(method.err().contains("mle"), method.err());
    }
}

package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.simulation.ResponseSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreStreamTest {

    @TempDir
    Path dir;

    /** 100,000 rows of about 27 bytes: at least three parsing blocks of 1 MiB, each scored as one block. */
    private Path simulate() {
        Path responses = dir.resolve("r.csv");
        assertEquals(0, CliRunner.run("simulate", "--model", "2pl", "--n-items", "10", "--examinees", "100000",
                "--missing", "0.1", "--seed", "5", "--out", responses.toString(), "--bank-out",
                dir.resolve("items.csv").toString()).exitCode());
        return responses;
    }

    private CliRunner score(Path responses, String method, Path out, boolean stream) {
        return CliRunner.run("score", "--responses", responses.toString(), "--items",
                dir.resolve("items.csv").toString(), "--method", method, "--quadrature", "31", "--out",
                out.toString(), "--stream-above", stream ? "0" : Long.toString(Long.MAX_VALUE));
    }

    @Test
    void streamingWritesTheBytesOfScoringInMemory() throws Exception {
        Path responses = simulate();
        assertTrue(Files.size(responses) > 2 * (1 << 20), "size: " + Files.size(responses));
        for (String method : List.of("eap", "wle")) {
            Path memory = dir.resolve(method + "-memory.csv");
            Path streamed = dir.resolve(method + "-stream.csv");
            CliRunner inMemory = score(responses, method, memory, false);
            assertEquals(ExitCodes.OK, inMemory.exitCode(), inMemory.err());
            CliRunner streaming = score(responses, method, streamed, true);
            assertEquals(ExitCodes.OK, streaming.exitCode(), streaming.err());
            assertEquals(100_001, Files.readAllLines(streamed).size());
            assertArrayEquals(Files.readAllBytes(memory), Files.readAllBytes(streamed), method);
        }
    }

    @Test
    void anErrorInALateBlockIsLocatedAsInMemoryAndLeavesNoOutput() throws Exception {
        Path responses = simulate();
        String firstId = Files.readAllLines(responses).get(1).split(",")[0];
        for (String late : List.of("LATE,1,0,1,x,0,1,0,1,0,1\n", firstId + ",1,0,1,1,0,1,0,1,0,1\n",
                "LATE,1,0,1,1,0,1,0,1,0\n")) {
            Path bad = dir.resolve("bad.csv");
            Files.copy(responses, bad, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(bad, late, StandardOpenOption.APPEND);
            Path out = dir.resolve("s.csv");
            CliRunner inMemory = score(bad, "eap", out, false);
            CliRunner streaming = score(bad, "eap", out, true);
            assertEquals(ExitCodes.DATA, inMemory.exitCode(), inMemory.err());
            assertEquals(ExitCodes.DATA, streaming.exitCode(), streaming.err());
            assertTrue(streaming.err().contains("bad.csv, line 100002"), streaming.err());
            assertEquals(inMemory.err(), streaming.err());
            assertFalse(Files.exists(out));
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().matches("(r|bad|items)\\.csv"))
                        .toList());
            }
        }
    }

    /** 100,000 rows of 9 items in three scales, 10 % missing: two blocks of rows, each scale's rows spilled. */
    private Path simulateThreeScales() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            items.add(Item.of("Q" + i, DichotomousItem.twoPl(0.7 + 0.1 * i, -1 + 0.25 * i), "S" + (i % 3)));
        }
        ItemBank bank = ItemBank.of(items);
        ItemBankFiles.writeCsv(bank, dir.resolve("items.csv"));
        Path responses = dir.resolve("r.csv");
        ResponseCsv.write(ResponseSimulator.of(bank, 9).withMissingRate(0.1).simulate(100_000).responses(), responses);
        return responses;
    }

    @Test
    void aBankOfSeveralScalesStreamsWithTheBytesOfScoringInMemory() throws Exception {
        Path responses = simulateThreeScales();
        Path memory = dir.resolve("memory.csv");
        Path streamed = dir.resolve("stream.csv");
        CliRunner inMemory = score(responses, "eap", memory, false);
        assertEquals(ExitCodes.OK, inMemory.exitCode(), inMemory.err());
        CliRunner streaming = score(responses, "eap", streamed, true);
        assertEquals(ExitCodes.OK, streaming.exitCode(), streaming.err());
        List<String> lines = Files.readAllLines(streamed);
        assertEquals("id,theta,se,scale,status", lines.get(0));
        assertEquals(300_001, lines.size());
        assertTrue(lines.get(100_000).contains(",S0,") && lines.get(100_001).contains(",S1,"), lines.get(100_001));
        assertArrayEquals(Files.readAllBytes(memory), Files.readAllBytes(streamed));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".spill")).toList());
        }
    }

    @Test
    void anErrorInALateBlockOfSeveralScalesLeavesNeitherOutputNorSpillFiles() throws Exception {
        Path responses = simulateThreeScales();
        Files.writeString(responses, "LATE,1,0,1,1,0,1,2,1,0\n", StandardOpenOption.APPEND);
        Path out = dir.resolve("s.csv");
        CliRunner inMemory = score(responses, "eap", out, false);
        CliRunner streaming = score(responses, "eap", out, true);
        assertEquals(ExitCodes.DATA, streaming.exitCode(), streaming.err());
        assertTrue(streaming.err().contains("r.csv, line 100002"), streaming.err());
        assertEquals(inMemory.err(), streaming.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().matches("(r|items)\\.csv"))
                    .toList());
        }
    }
}

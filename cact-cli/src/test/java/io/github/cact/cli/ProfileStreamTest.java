package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.GradedResponseItem;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStreamTest {

    @TempDir
    Path dir;

    /** 70,000 people, 4 graded items in each of two competencies, 5 % missing: two blocks of rows. */
    @BeforeEach
    void files() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(Item.of("A" + i, GradedResponseItem.ofIrt(1.1, new double[] {-1 + 0.3 * i, 0.3 * i, 1 + 0.3 * i}), "K1"));
            items.add(Item.of("B" + i, GradedResponseItem.ofIrt(0.9, new double[] {-1.4 + 0.3 * i, 0.9 + 0.3 * i}), "K2"));
        }
        ItemBank bank = ItemBank.of(items);
        ItemBankFiles.writeCsv(bank, dir.resolve("items.csv"));
        ResponseCsv.write(ResponseSimulator.of(bank, 4).withMissingRate(0.05).simulate(70_000).responses(),
                dir.resolve("r.csv"));
        Files.writeString(dir.resolve("S.csv"), "position,K1,K2\nSTAF,2,3\n");
    }

    private CliRunner profile(Path responses, Path out, boolean stream) {
        return CliRunner.run("profile", "--responses", responses.toString(), "--items",
                dir.resolve("items.csv").toString(), "--standards", dir.resolve("S.csv").toString(), "--position",
                "STAF", "--quadrature", "21", "--out", out.toString(), "--stream-above",
                stream ? "0" : Long.toString(Long.MAX_VALUE));
    }

    @Test
    void streamingWritesTheBytesOfProfilingInMemory() throws Exception {
        Path responses = dir.resolve("r.csv");
        assertTrue(Files.size(responses) > 1 << 20, "size: " + Files.size(responses));
        Path memory = dir.resolve("memory.csv");
        Path streamed = dir.resolve("stream.csv");
        CliRunner inMemory = profile(responses, memory, false);
        assertEquals(ExitCodes.OK, inMemory.exitCode(), inMemory.err());
        CliRunner streaming = profile(responses, streamed, true);
        assertEquals(ExitCodes.OK, streaming.exitCode(), streaming.err());
        assertEquals(1 + 2 * 70_000, Files.readAllLines(streamed).size());
        assertArrayEquals(Files.readAllBytes(memory), Files.readAllBytes(streamed));
    }

    @Test
    void anErrorInALateBlockIsLocatedAsInMemoryAndLeavesNoOutput() throws Exception {
        Path responses = dir.resolve("r.csv");
        String firstId = Files.readAllLines(responses).get(1).split(",")[0];
        for (String late : List.of("LATE,1,0,1,3,0,1,0,1\n", firstId + ",1,0,1,1,0,1,0,1\n", "LATE,1,0,1\n")) {
            Path bad = dir.resolve("bad.csv");
            Files.copy(responses, bad, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(bad, late, StandardOpenOption.APPEND);
            Path out = dir.resolve("p.csv");
            CliRunner inMemory = profile(bad, out, false);
            CliRunner streaming = profile(bad, out, true);
            assertEquals(ExitCodes.DATA, inMemory.exitCode(), inMemory.err());
            assertEquals(ExitCodes.DATA, streaming.exitCode(), streaming.err());
            assertTrue(streaming.err().contains("bad.csv, line 70002"), streaming.err());
            assertEquals(inMemory.err(), streaming.err());
            assertFalse(Files.exists(out));
        }
    }
}

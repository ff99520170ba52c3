package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyCommandTest {

    @TempDir
    Path dir;

    private CliRunner key(String raw, String key) throws Exception {
        Files.writeString(dir.resolve("raw.csv"), raw);
        Files.writeString(dir.resolve("key.csv"), key);
        return CliRunner.run("key", "--raw", dir.resolve("raw.csv").toString(), "--key", dir.resolve("key.csv").toString(),
                "--out", dir.resolve("r.csv").toString());
    }

    @Test
    void writesTheScoresAsAResponseFileTheOtherCommandsRead() throws Exception {
        CliRunner result = key("nip;S1;S2\n1987;b;A\n1990;NA;c\n",
                "item,option,score\nS1,A,0\nS1,B,2\nS1,C,1\nS2,A,1\nS2,B,0\nS2,C,0\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals("id,S1,S2\n1987,2,1\n1990,,0\n", Files.readString(dir.resolve("r.csv")));
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1,b2\nS1,grm,1,-0.5,0.5\nS2,2pl,1,0,\n");
        CliRunner score = CliRunner.run("score", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(ExitCodes.OK, score.exitCode(), score.err());
    }

    @Test
    void anUnknownOptionIsADataErrorWithItsPlaceAndNoOutput() throws Exception {
        CliRunner result = key("id,S1\np1,A\np2,E\n", "item,option,score\nS1,A,1\nS1,B,0\n");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("raw.csv, line 3, column 2"), result.err());
        assertTrue(result.err().contains("'E'") && result.err().contains("S1"), result.err());
        assertFalse(Files.exists(dir.resolve("r.csv")));
    }

    @Test
    void aKeyWithAGapIsADataError() throws Exception {
        CliRunner result = key("id,S1\np1,A\n", "item,option,score\nS1,A,2\nS1,B,0\n");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("key.csv, line 2, column 3") && result.err().contains("no option scores 1"),
                result.err());
    }

    @Test
    void writingOverAnInputIsRefusedAndAMissingFileIsAnEnvironmentError() throws Exception {
        Files.writeString(dir.resolve("raw.csv"), "id,S1\np1,A\n");
        Files.writeString(dir.resolve("key.csv"), "item,option,score\nS1,A,1\nS1,B,0\n");
        CliRunner over = CliRunner.run("key", "--raw", dir.resolve("raw.csv").toString(), "--key",
                dir.resolve("key.csv").toString(), "--out", dir.resolve("raw.csv").toString());
        assertEquals(ExitCodes.USAGE, over.exitCode());
        assertEquals("id,S1\np1,A\n", Files.readString(dir.resolve("raw.csv")));
        CliRunner missing = CliRunner.run("key", "--raw", dir.resolve("none.csv").toString(), "--key",
                dir.resolve("key.csv").toString(), "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCodes.ENVIRONMENT, missing.exitCode());
    }
}

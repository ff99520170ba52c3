package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpExitsWithZeroAndListsCommands() {
        CliRunner result = CliRunner.run("--help");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().contains("Commands:"), result.out());
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliRunner result = CliRunner.run("--no-such-option");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("--no-such-option"), result.err());
    }

    @Test
    void versionIsPrinted() {
        CliRunner result = CliRunner.run("--version");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().startsWith("cact "), result.out());
    }

    @Test
    void aMessageWithLineBreaksIsPrintedOnOneLine() {
        assertEquals("id 'a\\nb' and 'c\\rd'", Main.oneLine("id 'a\nb' and 'c\rd'"));
        assertEquals("x\\ny", Main.oneLine("x\r\ny"));
    }

    @Test
    void anUnknownCommandIsOneLineOfBadUsage() {
        CliRunner result = CliRunner.run("scroe");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("scroe"), result.err());
    }
}

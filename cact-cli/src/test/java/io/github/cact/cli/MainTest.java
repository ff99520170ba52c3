package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void everyCommandIsListedUnderTheNameItsSpecificationGives() {
        for (String command : Main.COMMANDS) {
            assertEquals(command, Main.declare(command).name());
        }
    }

    @Test
    void onlyTheNamedCommandIsBuiltAndNoneForTheVersion() {
        assertEquals(List.of("score"), Main.commandsFor(new String[] {"score", "--help"}));
        assertEquals(List.of(), Main.commandsFor(new String[] {"--version"}));
        assertEquals(Main.COMMANDS.size(), Main.commandsFor(new String[] {"--help", "score"}).size());
        assertEquals(Main.COMMANDS.size(), Main.commandsFor(new String[] {"help", "score"}).size());
        assertEquals(Main.COMMANDS.size(), Main.commandsFor(new String[] {"scroe"}).size());
        assertEquals(Main.COMMANDS.size(), Main.commandsFor(new String[0]).size());
    }

    @Test
    void theTopLevelHelpListsEveryCommandWhateverFollows() {
        for (String[] args : new String[][] {{"--help"}, {"--help", "score"}, {}}) {
            CliRunner result = CliRunner.run(args);
            for (String command : Main.COMMANDS) {
                assertTrue(result.out().contains("  " + command + " "), command + " in " + result.out());
            }
        }
    }

    @Test
    void helpOnACommandIsThatCommandsUsage() {
        CliRunner viaHelp = CliRunner.run("help", "score");
        CliRunner direct = CliRunner.run("score", "--help");
        assertEquals(ExitCodes.OK, direct.exitCode());
        assertTrue(direct.out().startsWith("Usage: cact score"), direct.out());
        assertEquals(direct.out(), viaHelp.out());
    }
}

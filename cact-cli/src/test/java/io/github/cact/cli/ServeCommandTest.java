package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cact serve} reaches the server and maps its refusals to the exit codes. */
class ServeCommandTest {

    @TempDir
    Path directory;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingConfigIsAnEnvironmentError() {
        Run run = run("serve", "--config", directory.resolve("none.json").toString());
        assertEquals(ExitCodes.ENVIRONMENT, run.code(), run.err());
        assertTrue(run.err().contains("none.json"), run.err());
    }

    @Test
    void aBadSettingIsADataErrorNamingItsPath() throws Exception {
        Path config = Files.writeString(directory.resolve("server.json"), "{\"port\": 99999}");
        Run run = run("serve", "--config", config.toString());
        assertEquals(ExitCodes.DATA, run.code(), run.err());
        assertTrue(run.err().contains("$.port") && run.err().contains("0..65535"), run.err());
    }

    @Test
    void helpNamesTheConfig() {
        Run run = run("serve", "--help");
        assertEquals(ExitCodes.OK, run.code());
        assertTrue(run.out().contains("--config"), run.out());
    }
}

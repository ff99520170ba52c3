package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo is the README's first command: it must run end to end, write everything, and be reproducible. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsThePipelineAndWritesEveryFile() throws Exception {
        CliRunner result = CliRunner.run("demo", "--out", dir.resolve("a").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("1015 officials") && result.out().contains("succession pool"), result.out());
        for (String file : List.of("responses-competency.csv", "responses-potential.csv", "items-competency.csv",
                "items-potential.csv", "profiles-competency.csv", "profiles-potential.csv", "people.csv", "boxes.csv",
                "assignment.csv", "report.html")) {
            assertTrue(Files.size(dir.resolve("a").resolve(file)) > 0, file);
        }
        List<String> boxes = Files.readAllLines(dir.resolve("a/boxes.csv"));
        assertEquals(1 + 1015, boxes.size());
        assertEquals(1 + 1015 * 9, Files.readAllLines(dir.resolve("a/profiles-competency.csv")).size());
        String report = Files.readString(dir.resolve("a/report.html"));
        assertFalse(report.contains("http:") || report.contains("https:") || report.contains("src="));
        // the people file is valid input for the ninebox command, and gives the same boxes without measurement error
        CliRunner again = CliRunner.run("ninebox", "--people", dir.resolve("a/people.csv").toString(), "--out",
                dir.resolve("b.csv").toString(), "--quiet");
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals(1 + 1015, Files.readAllLines(dir.resolve("b.csv")).size());
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        assertEquals(ExitCodes.OK, CliRunner.run("demo", "--quiet", "--out", dir.resolve("x").toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRunner.run("demo", "--quiet", "--out", dir.resolve("y").toString()).exitCode());
        for (String file : List.of("boxes.csv", "items-competency.csv", "report.html", "assignment.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("x").resolve(file)), Files.readAllBytes(dir.resolve("y").resolve(file)),
                    file);
        }
    }
}

package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        looksLikeACityGovernment(dir.resolve("a"));
        String report = Files.readString(dir.resolve("a/report.html"));
        assertFalse(report.contains("http:") || report.contains("https:") || report.contains("src="));
        // the people file is valid input for the ninebox command, and gives the same boxes without measurement error
        CliRunner again = CliRunner.run("ninebox", "--people", dir.resolve("a/people.csv").toString(), "--out",
                dir.resolve("b.csv").toString(), "--quiet");
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals(1 + 1015, Files.readAllLines(dir.resolve("b.csv")).size());
    }

    /** The cohort looks like a real city government (docs/demo.md#what-the-cohort-looks-like). */
    private static void looksLikeACityGovernment(Path out) throws Exception {
        List<String> boxes = Files.readAllLines(out.resolve("boxes.csv"));
        int[] counts = new int[10];
        for (String line : boxes.subList(1, boxes.size())) {
            String box = line.split(",")[1];
            if (!box.isEmpty()) {
                counts[Integer.parseInt(box)]++;
            }
        }
        for (int box = 1; box <= 9; box++) {
            assertTrue(counts[box] > 0, "box " + box + " is empty");
        }
        double poolShare = (counts[7] + counts[8] + counts[9]) / 1015.0;
        assertTrue(poolShare >= 0.15 && poolShare <= 0.25, "succession pool share " + poolShare);

        Map<String, int[]> levels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("profiles-competency.csv")).subList(1, 1 + 1015 * 9)) {
            String[] cells = line.split(",");
            levels.computeIfAbsent(cells[1], k -> new int[5])[Integer.parseInt(cells[4]) - 1]++;
        }
        assertEquals(9, levels.size());
        double lowest = 1;
        double highest = 0;
        for (int[] level : levels.values()) {
            double atLeast3 = (level[2] + level[3] + level[4]) / 1015.0;
            lowest = Math.min(lowest, atLeast3);
            highest = Math.max(highest, atLeast3);
        }
        assertTrue(highest - lowest >= 0.2, "share at level 3 or above ranges only from " + lowest + " to " + highest);

        double performancePotential = levelCorrelation(boxes);
        assertTrue(performancePotential > 0.1 && performancePotential < 0.5,
                "performance and potential levels correlate " + performancePotential);
        assertEquals(1 + 1015 * 9, Files.readAllLines(out.resolve("profiles-competency-multidimensional.csv")).size());
    }

    /** Pearson correlation of the performance and potential levels (LOW 0, MIDDLE 1, HIGH 2) of the placed. */
    private static double levelCorrelation(List<String> boxes) {
        List<String> order = List.of("LOW", "MIDDLE", "HIGH");
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (String line : boxes.subList(1, boxes.size())) {
            String[] cells = line.split(",");
            if (cells[2].isEmpty()) {
                continue;
            }
            double x = order.indexOf(cells[2]);
            double y = order.indexOf(cells[3]);
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        return (sxy - sx * sy / n) / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        assertEquals(ExitCodes.OK, CliRunner.run("demo", "--quiet", "--out", dir.resolve("x").toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRunner.run("demo", "--quiet", "--out", dir.resolve("y").toString()).exitCode());
        for (String file : List.of("boxes.csv", "items-competency.csv", "report.html", "assignment.csv",
                "profiles-competency-multidimensional.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("x").resolve(file)), Files.readAllBytes(dir.resolve("y").resolve(file)),
                    file);
        }
    }
}

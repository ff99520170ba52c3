package io.github.cact.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample report to {@code target/sample-report.html}, the input of
 * {@code scripts/screenshot-report.sh}, and checks what was written.
 */
class SampleReportTest {

    @Test
    void writesTheSampleReport() throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path file = target.resolve("sample-report.html");
        ReportData data = SampleReports.full();

        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HtmlReport.write(data, out);
        }

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(HtmlReport.render(data), written);
        assertEquals(7, Xhtml.select(Xhtml.parse(written), "//section").size());
        assertTrue(written.length() < 200_000, "sample report stays small: " + written.length());
    }
}

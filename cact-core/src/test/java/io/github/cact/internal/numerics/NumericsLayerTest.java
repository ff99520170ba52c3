package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The numerics sit below the item models: their sources import nothing but the JDK. */
class NumericsLayerTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        Path sources = Path.of("src/main/java/io/github/cact/internal/numerics");
        List<Path> files;
        try (Stream<Path> listing = Files.list(sources)) {
            files = listing.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no sources found under " + sources.toAbsolutePath());
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import ")) {
                    assertTrue(line.startsWith("import java."), file.getFileName() + ": " + line);
                }
            }
        }
    }
}

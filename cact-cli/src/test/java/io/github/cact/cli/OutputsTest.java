package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files appear whole on commit, and a run that does not commit leaves no trace. */
class OutputsTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingIsVisibleBeforeTheCommitAndEverythingAfter() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.json");
        try (Outputs outputs = new Outputs()) {
            outputs.csv(a, List.of("id", "x")).row("P1", "1");
            outputs.text(b, "{}");
            assertFalse(Files.exists(a));
            assertFalse(Files.exists(b));
            assertEquals(2, names().size(), "two temporary files: " + names());
            assertTrue(names().stream().allMatch(n -> n.startsWith(".") && n.endsWith(".tmp")), names().toString());
            outputs.commit();
        }
        assertEquals("id,x\nP1,1\n", Files.readString(a));
        assertEquals("{}", Files.readString(b));
        assertEquals(List.of("a.csv", "b.json"), names());
    }

    @Test
    void withoutACommitPreviousFilesStayByteIdenticalAndNoTemporaryFileRemains() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "previous\n");
        try (Outputs outputs = new Outputs()) {
            outputs.csv(a, List.of("id")).row("half-written");
            outputs.text(dir.resolve("new.csv"), "partial");
        }
        assertEquals("previous\n", Files.readString(a));
        assertEquals(List.of("a.csv"), names());
    }

    @Test
    void aFailureInsideTheRunDiscardsEveryOutput() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "previous\n");
        assertThrows(IllegalStateException.class, () -> {
            try (Outputs outputs = new Outputs()) {
                outputs.text(a, "new");
                throw new IllegalStateException("a later row is bad");
            }
        });
        assertEquals("previous\n", Files.readString(a));
        assertEquals(List.of("a.csv"), names());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughNotReplaced() throws IOException {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        try (Outputs outputs = new Outputs()) {
            outputs.text(link, "new");
            outputs.commit();
        }
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aMissingDirectoryFailsWhenTheFileIsOpened() {
        try (Outputs outputs = new Outputs()) {
            assertThrows(NoSuchFileException.class, () -> outputs.file(dir.resolve("no-dir").resolve("a.csv")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

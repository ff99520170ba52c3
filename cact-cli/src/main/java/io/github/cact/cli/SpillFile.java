package io.github.cact.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hidden temporary text file beside an output ({@code .NAME.<random>.spill}) that holds rows to be
 * appended to that output later, so that a command can write its rows in an order other than the one it
 * computes them in without holding them in memory. Always deleted on close.
 */
final class SpillFile implements Closeable {

    private final Path path;
    private final Writer writer;
    private boolean writing = true;

    private SpillFile(Path path, Writer writer) {
        this.path = path;
        this.writer = writer;
    }

    /**
     * Creates an empty spill file in the directory of an output.
     *
     * @param output the output the rows are for
     * @return the open file
     * @throws IOException if the directory does not accept a new file
     */
    static SpillFile beside(Path output) throws IOException {
        Path resolved = output.toAbsolutePath().normalize();
        Path path = Files.createTempFile(resolved.getParent(), "." + resolved.getFileName() + ".", ".spill");
        return new SpillFile(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    }

    /** @return the UTF-8 writer of the rows, until {@link #appendTo} */
    Writer writer() {
        return writer;
    }

    /**
     * Completes the file and copies its text to the end of another writer.
     *
     * @param out the destination
     * @throws IOException if the file cannot be completed, read or copied
     */
    void appendTo(Writer out) throws IOException {
        writing = false;
        writer.close();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (writing) {
                writer.close();
            }
        } finally {
            Files.deleteIfExists(path);
        }
    }
}

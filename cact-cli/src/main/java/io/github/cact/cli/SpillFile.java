package io.github.cact.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hidden temporary text file beside an output ({@code .NAME.<random>.spill}) that holds rows to be
 * appended to that output later, so that a command can write its rows in an order other than the one it
 * computes them in without holding them in memory. Always deleted on close.
 */
final class SpillFile implements Closeable {

    private final Path path;
    private final OutputStream stream;
    private boolean writing = true;

    private SpillFile(Path path, OutputStream stream) {
        this.path = path;
        this.stream = stream;
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
        return new SpillFile(path, Files.newOutputStream(path));
    }

    /** @return the unbuffered byte stream of the rows (UTF-8 text), until {@link #appendTo} */
    OutputStream stream() {
        return stream;
    }

    /**
     * Completes the file and copies its bytes to the end of another stream.
     *
     * @param out the destination
     * @throws IOException if the file cannot be completed, read or copied
     */
    void appendTo(OutputStream out) throws IOException {
        writing = false;
        stream.close();
        Files.copy(path, out);
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (writing) {
                stream.close();
            }
        } finally {
            Files.deleteIfExists(path);
        }
    }
}

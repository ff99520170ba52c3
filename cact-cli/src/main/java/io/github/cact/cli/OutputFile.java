package io.github.cact.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One file the command line writes, written atomically: the text goes to a hidden temporary file in the
 * target's directory ({@code .NAME.<random>.tmp}) and {@link #commit()} moves it over the target in one
 * step ({@code ATOMIC_MOVE}, or a plain replacing move where the file system has no atomic one). Closed
 * without a commit, the temporary file is deleted and the target, if it existed, is left as it was; so a
 * failing command never leaves a partial output. An existing target that is a symbolic link is written
 * through: the file it points to is replaced.
 */
final class OutputFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private OutputFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /**
     * Creates the temporary file for a target.
     *
     * @param target the file to write in the end
     * @return the open output
     * @throws IOException if the target's directory does not accept a new file
     */
    static OutputFile open(Path target) throws IOException {
        Path resolved = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
        Path directory = resolved.getParent();
        while (true) {
            Path temporary = directory.resolve("." + resolved.getFileName() + "."
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
            try {
                OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new OutputFile(resolved, temporary, stream);
            } catch (FileAlreadyExistsException taken) {
                // another temporary file has this name: draw another
            }
        }
    }

    /** @return the UTF-8 writer of the temporary file; not to be mixed with {@link #stream()} */
    Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    /**
     * @return the unbuffered byte stream of the temporary file, for writers that fill their own buffers;
     *     not to be mixed with {@link #writer()}
     */
    OutputStream stream() {
        if (writer != null) {
            throw new IllegalStateException("the output is already written through its writer");
        }
        return stream;
    }

    private void closeOutput() throws IOException {
        if (writer != null) {
            writer.close();
        } else {
            stream.close();
        }
    }

    /** @return the file this output replaces when committed */
    Path target() {
        return target;
    }

    /**
     * Completes the file and moves it into place.
     *
     * @throws IOException if the file cannot be completed or moved; the target is then unchanged
     */
    void commit() throws IOException {
        closeOutput();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless the output was committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            closeOutput();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

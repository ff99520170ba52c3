package io.github.cact.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The output files of one command run: each is written to its own {@link OutputFile}, and
 * {@link #commit()} moves them all into place once the command has succeeded. Closed before that, every
 * temporary file is deleted and every previous output stays as it was.
 */
final class Outputs implements AutoCloseable {

    private final List<OutputFile> files = new ArrayList<>();

    /**
     * Opens an output file.
     *
     * @param target where the file goes on commit
     * @return the open file
     * @throws IOException if the target's directory does not accept a new file
     */
    OutputFile file(Path target) throws IOException {
        OutputFile file = OutputFile.open(target);
        files.add(file);
        return file;
    }

    /**
     * Opens a CSV output file and writes its header.
     *
     * @param target where the file goes on commit
     * @param header the column names
     * @return the writer of rows
     * @throws IOException if the target's directory does not accept a new file
     */
    CsvOutput csv(Path target, List<String> header) throws IOException {
        return CsvOutput.create(file(target).writer(), header);
    }

    /**
     * Writes a whole text file.
     *
     * @param target where the file goes on commit
     * @param text the content
     * @throws IOException if the temporary file cannot be written
     */
    void text(Path target, String text) throws IOException {
        file(target).writer().write(text);
    }

    /**
     * Moves every file into place, in the order they were opened.
     *
     * @throws IOException if a file cannot be completed or moved
     */
    void commit() throws IOException {
        for (OutputFile file : files) {
            file.commit();
        }
    }

    /** Deletes the temporary files of every output not committed. */
    @Override
    public void close() throws IOException {
        closeAll(files);
    }

    /**
     * Closes every file, even when one fails; the first failure is thrown with the later ones suppressed.
     *
     * @param files the files
     * @throws IOException the first failure
     */
    static void closeAll(Iterable<? extends Closeable> files) throws IOException {
        IOException first = null;
        for (Closeable file : files) {
            try {
                file.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

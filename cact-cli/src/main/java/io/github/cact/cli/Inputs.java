package io.github.cact.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files a command is given, so that a missing file is a usage error naming the option. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Returns the path if it is a readable regular file.
     *
     * @param path the path given
     * @param option the option that gave it, for the message
     * @return the path
     * @throws UsageException if the file does not exist or is not a regular file
     */
    static Path existing(Path path, String option) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + ": no such file: " + path);
        }
        return path;
    }
}

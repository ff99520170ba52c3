package io.github.cact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file options of one command run, checked before anything is read: no output may be an input or
 * another output (the same file, with symbolic links and {@code ..} resolved), every input must be a
 * readable regular file, and every output's directory must exist. A collision is a usage error (exit 2)
 * naming both options; a missing or unreadable file an environment error (exit 5) naming the path.
 */
final class FileOptions {

    private record Named(String option, Path path) {
    }

    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> outputs = new ArrayList<>();

    /**
     * Adds an input file.
     *
     * @param option the option that gave it
     * @param path the path, or null when the option is absent
     * @return this
     */
    FileOptions input(String option, Path path) {
        if (path != null) {
            inputs.add(new Named(option, path));
        }
        return this;
    }

    /**
     * Adds an output file.
     *
     * @param option the option that gave it
     * @param path the path, or null when the option is absent
     * @return this
     */
    FileOptions output(String option, Path path) {
        if (path != null) {
            outputs.add(new Named(option, path));
        }
        return this;
    }

    /**
     * Checks the files.
     *
     * @throws UsageException if an output is a directory, an input, or another output
     * @throws EnvironmentException if an output's directory or an input is missing or unusable
     */
    void check() {
        List<Path> outputFiles = new ArrayList<>();
        for (Named output : outputs) {
            if (Files.isDirectory(output.path())) {
                throw new UsageException(output.option() + ": " + output.path() + " is a directory; expected a file name");
            }
            Path file = identity(output);
            for (int o = 0; o < outputFiles.size(); o++) {
                if (outputFiles.get(o).equals(file)) {
                    throw new UsageException(outputs.get(o).option() + " and " + output.option()
                            + " name the same file: " + output.path() + "; give each output its own file");
                }
            }
            outputFiles.add(file);
        }
        for (Named input : inputs) {
            Path file = identity(input);
            for (int o = 0; o < outputFiles.size(); o++) {
                if (sameFile(outputFiles.get(o), file)) {
                    throw new UsageException(outputs.get(o).option() + " names the same file as " + input.option()
                            + ": " + outputs.get(o).path() + "; the input would be overwritten, write elsewhere");
                }
            }
        }
        for (Named input : inputs) {
            Path path = input.path();
            if (!Files.exists(path)) {
                throw new EnvironmentException(input.option() + ": no such file: " + path);
            }
            if (!Files.isRegularFile(path)) {
                throw new EnvironmentException(input.option() + ": not a regular file: " + path);
            }
            if (!Files.isReadable(path)) {
                throw new EnvironmentException(input.option() + ": cannot read (permission denied): " + path);
            }
        }
        for (Named output : outputs) {
            Path directory = output.path().toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                throw new EnvironmentException(output.option() + ": no such directory: " + directory);
            }
            if (!Files.isWritable(directory)) {
                throw new EnvironmentException(output.option() + ": cannot write in " + directory
                        + " (permission denied)");
            }
        }
    }

    /**
     * The file a path names: its real path when it exists, else its directory's real path and its name.
     */
    private static Path identity(Named named) {
        Path path = named.path().toAbsolutePath();
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            Path parent = path.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(path.getFileName())
                    : path.normalize();
        } catch (IOException e) {
            throw new EnvironmentException(named.option() + ": cannot resolve " + named.path() + ": " + e.getMessage());
        }
    }

    /** Same path, or two existing paths that are one file (hard links). */
    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}

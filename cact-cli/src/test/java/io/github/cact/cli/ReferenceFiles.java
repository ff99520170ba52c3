package io.github.cact.cli;

import io.github.cact.internal.text.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * cact-core's reference data and published results (one copy of each, with their provenance; see the
 * folder's README.md), read by their path from this module's directory.
 */
final class ReferenceFiles {

    static final Path FOLDER = Path.of("..", "cact-core", "src", "test", "resources", "reference");

    private ReferenceFiles() {
    }

    /** The top-level object of a published-results file, e.g. {@code lsat7-mirt.json}. */
    static Map<?, ?> published(String file) {
        try {
            return (Map<?, ?>) Json.parse(Files.readString(FOLDER.resolve(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

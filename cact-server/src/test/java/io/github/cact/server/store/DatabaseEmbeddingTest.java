package io.github.cact.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the database leaves H2's value cache as the JVM has it: an application that embeds the server
 * keeps its own setting (only the server's own process, {@code cact serve}, turns the cache off).
 */
class DatabaseEmbeddingTest {

    @TempDir
    Path directory;

    @Test
    void openingTheDatabaseLeavesH2sValueCacheAlone() throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("db"), null, null, 2)) {
            database.eachStatement(c -> c.isValid(1));
        }
        assertEquals(null, System.getProperty("h2.objectCache"));
    }
}

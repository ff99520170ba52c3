package io.github.cact.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: concurrent writes are all stored once returned, and a bad write fails alone. */
class GroupCommitTest {

    @TempDir
    Path directory;

    private static void insert(Database database, GroupCommit writer, int id) throws SQLException {
        writer.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_key (id, key_hash, roles, label, created_at)"
                    + " VALUES (?, ?, 'read', 'test', CURRENT_TIMESTAMP)")) {
                s.setString(1, "k" + id);
                s.setString(2, Digests.sha256("secret " + id));
                s.executeUpdate();
            }
        });
    }

    private static int count(Database database) throws SQLException {
        return database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM api_key"); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    @Test
    void concurrentWritesAreStoredWhenTheyReturnAndADuplicateFailsAlone() throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("db"), null, null, 4);
                GroupCommit writer = new GroupCommit(database, "test-writer")) {
            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (int n = 0; n < 400; n++) {
                    int id = n % 200 == 7 ? 7 : n; // the second write of k7 repeats its primary key
                    outcomes.add(callers.submit(() -> {
                        try {
                            insert(database, writer, id);
                            return count(database);
                        } catch (SQLException e) {
                            assertTrue(UniqueViolation.is(e), e.toString());
                            return -1;
                        }
                    }));
                }
                int failed = 0;
                for (Future<Integer> outcome : outcomes) {
                    int seen = outcome.get();
                    if (seen < 0) {
                        failed++;
                    } else {
                        assertTrue(seen >= 1, "a returned write is visible");
                    }
                }
                assertEquals(1, failed, "only the duplicate fails");
                assertEquals(399, count(database));
            } finally {
                callers.shutdown();
            }
        }
    }

    @Test
    void aClosedWriterRefusesWrites() throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("db"), null, null, 2)) {
            GroupCommit writer = new GroupCommit(database, "test-writer");
            insert(database, writer, 1);
            writer.close();
            assertThrows(IllegalStateException.class, () -> insert(database, writer, 2));
            assertEquals(1, count(database));
        }
    }

    @Test
    void anH2UrlWritesEachCommitAndDoesNotAnalyzeByItselfUnlessItSaysSo() {
        assertEquals("jdbc:h2:file:./d;WRITE_DELAY=0;ANALYZE_AUTO=0", Database.durable("jdbc:h2:file:./d"));
        assertEquals("jdbc:h2:file:./d;write_delay=100;ANALYZE_AUTO=0",
                Database.durable("jdbc:h2:file:./d;write_delay=100"));
        assertEquals("jdbc:h2:file:./d;analyze_auto=500;WRITE_DELAY=0",
                Database.durable("jdbc:h2:file:./d;analyze_auto=500"));
        assertEquals("jdbc:postgresql://h/db", Database.durable("jdbc:postgresql://h/db"));
    }
}

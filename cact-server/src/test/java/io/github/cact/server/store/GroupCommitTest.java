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

    /**
     * Statements of one text run as batches: each caller gets its own statement's update count, with
     * closures in between, and a statement that fails (a repeated primary key) fails alone.
     */
    @Test
    void batchedStatementsEachReturnTheirOwnCountAndABadOneFailsAlone() throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("db"), null, null, 4);
                GroupCommit writer = new GroupCommit(database, "test-writer")) {
            for (int id = 0; id < 100; id++) {
                insert(database, writer, id);
            }
            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (int n = 0; n < 300; n++) {
                    int id = n;
                    outcomes.add(callers.submit(() -> {
                        if (id % 50 == 49) {
                            insert(database, writer, 1000 + id);
                            return -2;
                        }
                        if (id % 100 == 30) {
                            try {
                                writer.update("INSERT INTO api_key (id, key_hash, roles, label, created_at)"
                                        + " VALUES (?, 'h', 'read', 'test', CURRENT_TIMESTAMP)", s -> s.setString(1, "k3"));
                                return -3;
                            } catch (SQLException e) {
                                assertTrue(UniqueViolation.is(e), e.toString());
                                return -1;
                            }
                        }
                        // rows k0..k99 exist: ids 100.. match none
                        return writer.update("UPDATE api_key SET label = ? WHERE id = ?", s -> {
                            s.setString(1, "updated " + id);
                            s.setString(2, "k" + id);
                        });
                    }));
                }
                for (int n = 0; n < outcomes.size(); n++) {
                    int expected = n % 50 == 49 ? -2 : n % 100 == 30 ? -1 : n < 100 ? 1 : 0;
                    assertEquals(expected, outcomes.get(n).get().intValue(), "call " + n);
                }
                assertEquals(106, count(database));
                int updated = database.eachStatement(c -> {
                    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM api_key WHERE label LIKE 'updated %'");
                            ResultSet r = s.executeQuery()) {
                        r.next();
                        return r.getInt(1);
                    }
                });
                assertEquals(97, updated, "k0..k99 but k30, k49 and k99");
            } finally {
                callers.shutdown();
            }
        }
    }

    @Test
    void severalWritersStoreEveryWriteAndStopTogether() throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("db"), null, null, 6)) {
            GroupCommit writer = new GroupCommit(database, "test-writer", 3);
            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<Future<?>> outcomes = new ArrayList<>();
                for (int n = 0; n < 400; n++) {
                    int id = n;
                    outcomes.add(callers.submit(() -> {
                        insert(database, writer, id);
                        return null;
                    }));
                }
                for (Future<?> outcome : outcomes) {
                    outcome.get();
                }
            } finally {
                callers.shutdown();
            }
            writer.close();
            assertEquals(400, count(database));
            assertThrows(IllegalStateException.class, () -> insert(database, writer, 400));
            assertEquals(400, count(database));
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
    void anH2UrlWritesEachCommitDoesNotAnalyzeByItselfAndHasASmallCacheUnlessItSaysSo() {
        assertEquals("jdbc:h2:file:./d;WRITE_DELAY=0;ANALYZE_AUTO=0;CACHE_SIZE=2048",
                Database.withServerSettings("jdbc:h2:file:./d"));
        assertEquals("jdbc:h2:file:./d;write_delay=100;ANALYZE_AUTO=0;CACHE_SIZE=2048",
                Database.withServerSettings("jdbc:h2:file:./d;write_delay=100"));
        assertEquals("jdbc:h2:file:./d;analyze_auto=500;WRITE_DELAY=0;CACHE_SIZE=2048",
                Database.withServerSettings("jdbc:h2:file:./d;analyze_auto=500"));
        assertEquals("jdbc:h2:file:./d;Cache_Size=65536;WRITE_DELAY=0;ANALYZE_AUTO=0",
                Database.withServerSettings("jdbc:h2:file:./d;Cache_Size=65536"));
        assertEquals("jdbc:postgresql://h/db", Database.withServerSettings("jdbc:postgresql://h/db"));
    }
}

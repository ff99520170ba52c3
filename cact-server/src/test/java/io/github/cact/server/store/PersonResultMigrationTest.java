package io.github.cact.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration that rebuilds {@code person_result} without its key keeps the results stored before it:
 * they are read and deleted by person afterwards, beside results stored after it.
 */
class PersonResultMigrationTest {

    @TempDir
    Path directory;

    @Test
    void resultsStoredBeforeTheMigrationAreReadAndDeletedAfterIt() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("db");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            insertRun(c, "018f0000-0000-7000-8000-000000000001", "2026-11-29T10:00:00Z");
            insertResult(c, "018f0000-0000-7000-8000-000000000001", "p1", "{\"old\": 1}");
            insertResult(c, "018f0000-0000-7000-8000-000000000001", "p2", "{\"old\": 2}");
        }
        try (Database database = Database.open(url, null, null, 2); RunStore runs = new RunStore(database)) {
            OffsetDateTime later = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC);
            runs.save(new RunStore.Run("018f0000-0000-7000-8000-000000000002", "profiles", "bank", 1, "f".repeat(64),
                    "d".repeat(64), "test", "key", 1, later), List.of(Map.entry("p1", "{\"new\": 1}")), null, null);

            List<RunStore.PersonResult> p1 = runs.results("p1");
            assertEquals(List.of("{\"old\": 1}", "{\"new\": 1}"), p1.stream().map(RunStore.PersonResult::result).toList());
            assertEquals("018f0000-0000-7000-8000-000000000001", p1.get(0).runId());
            assertEquals("profiles", p1.get(0).kind());

            int deleted = database.transaction(c -> runs.deleteResults(c, "p1"));
            assertEquals(2, deleted);
            assertEquals(List.of(), runs.results("p1"));
            assertEquals(List.of("{\"old\": 2}"), runs.results("p2").stream().map(RunStore.PersonResult::result).toList());
            assertEquals(2, runs.run("018f0000-0000-7000-8000-000000000001").orElseThrow().people(),
                    "the audit record stays");
        }
    }

    private static void insertRun(Connection c, String id, String time) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scoring_run (id, kind, bank_name, bank_version,"
                + " config_fingerprint, input_digest, library_version, key_id, people, created_at)"
                + " VALUES (?, 'profiles', 'bank', 1, ?, ?, 'test', 'key', 2, ?)")) {
            s.setString(1, id);
            s.setString(2, "f".repeat(64));
            s.setString(3, "d".repeat(64));
            s.setObject(4, OffsetDateTime.parse(time));
            s.executeUpdate();
        }
    }

    private static void insertResult(Connection c, String runId, String personId, String result) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO person_result (run_id, person_id, result) VALUES (?, ?, ?)")) {
            s.setString(1, runId);
            s.setString(2, personId);
            s.setString(3, result);
            s.executeUpdate();
        }
    }
}

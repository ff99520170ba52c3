package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.Step;
import io.github.cact.data.DataFormatException;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.server.store.CatStore;
import io.github.cact.server.store.Database;
import io.github.cact.server.store.SessionRetention;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention period of adaptive sessions: a session is deleted once it has not changed for the period,
 * whether it was ended, answered or abandoned, by a clock the test sets; the server deletes them on its
 * own; an admin deletes a session by its id alone.
 */
class SessionRetentionTest {

    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path directory;

    static List<String> databases() {
        return TestServer.databases();
    }

    /** A clock that stands still at the time the test sets. */
    private static final class SetClock extends Clock {
        private volatile Instant now = START;

        void set(Instant time) {
            now = time;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static CatEngine engine() throws Exception {
        return CatEngine.of(CatDesign.builder(ItemBankFiles.readJson(Path.of("load", "bank-108.json"))).build());
    }

    private static Set<String> stored(Database database) throws SQLException {
        return database.eachStatement(c -> {
            Set<String> ids = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM adaptive_session"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        });
    }

    @Test
    void thePeriodIsReadFromServerJsonAndABadOneIsRefusedWithItsPath() {
        assertEquals(Duration.ofDays(30), ServerConfig.parse("{}", "server.json", Map.of()).sessionRetention());
        assertEquals(Duration.ofDays(400), ServerConfig.parse("{\"retention\": {\"adaptiveSessionDays\": 400}}",
                "server.json", Map.of()).sessionRetention());
        DataFormatException zero = assertThrows(DataFormatException.class, () -> ServerConfig.parse(
                "{\"retention\": {\"adaptiveSessionDays\": 0}}", "server.json", Map.of()));
        assertTrue(zero.getMessage().startsWith("server.json, $.retention.adaptiveSessionDays"), zero.getMessage());
        DataFormatException unknown = assertThrows(DataFormatException.class, () -> ServerConfig.parse(
                "{\"retention\": {\"days\": 3}}", "server.json", Map.of()));
        assertTrue(unknown.getMessage().contains("days"), unknown.getMessage());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSessionIsDeletedOnceUnchangedForThePeriodWhetherEndedAnsweredOrAbandoned(String database) throws Exception {
        CatEngine engine = engine();
        SetClock clock = new SetClock();
        try (Database db = Database.open(TestServer.freshDatabase(database, directory), null, null, 4);
                CatStore store = new CatStore(db, clock);
                SessionRetention retention = new SessionRetention(store, PERIOD, clock, System.err)) {
            for (String id : List.of("abandoned", "ended", "answered")) {
                Step first = engine.next(engine.start(id.length()));
                store.createSession(id, "section", first.session(), CatStore.ACTIVE, "{}");
            }
            clock.set(START.plus(Duration.ofDays(10)));
            assertTrue(store.end("section", "ended"));
            clock.set(START.plus(Duration.ofDays(20)));
            CatStore.Live live = store.live("section", "answered", engine::restore).orElseThrow();
            CatSession session = live.session();
            Step next = engine.next(engine.answer(session, session.pendingItem().orElseThrow(), 1));
            assertTrue(store.advance(live, next.session(), CatStore.ACTIVE, "key-1", null, "{}"));

            clock.set(START.plus(PERIOD));
            assertEquals(0, retention.sweep(), "a session unchanged for exactly the period is kept");
            clock.set(START.plus(PERIOD).plusSeconds(1));
            assertEquals(1, retention.sweep());
            assertEquals(Set.of("answered", "ended"), stored(db));
            assertTrue(store.live("section", "abandoned", engine::restore).isEmpty(),
                    "the deleted session is gone from memory too");
            clock.set(START.plus(Duration.ofDays(10)).plus(PERIOD).plusSeconds(1));
            assertEquals(1, retention.sweep());
            assertEquals(Set.of("answered"), stored(db));
            clock.set(START.plus(Duration.ofDays(20)).plus(PERIOD).plusSeconds(1));
            assertEquals(1, retention.sweep());
            assertEquals(Set.of(), stored(db));
            assertEquals(0, retention.sweep());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSweepDeletesMoreSessionsThanOneBatchAndKeepsTheRecentOnes(String database) throws Exception {
        CatEngine engine = engine();
        SetClock clock = new SetClock();
        try (Database db = Database.open(TestServer.freshDatabase(database, directory), null, null, 4);
                CatStore store = new CatStore(db, clock);
                SessionRetention retention = new SessionRetention(store, PERIOD, clock, System.err)) {
            CatSession first = engine.next(engine.start(7)).session();
            int old = 1_234;
            for (int i = 0; i < old; i++) {
                store.createSession("old-" + i, "section", first, CatStore.FINISHED, "{}");
            }
            clock.set(START.plus(Duration.ofDays(1)));
            store.createSession("recent", "section", first, CatStore.FINISHED, "{}");
            clock.set(START.plus(PERIOD).plus(Duration.ofHours(1)));
            assertEquals(old, retention.sweep());
            assertEquals(Set.of("recent"), stored(db));
        }
    }

    /** Publishes the bank and makes a section; returns its path. */
    private static String section(TestServer server) throws Exception {
        assertEquals(201, server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank()).status());
        String config = Base64.getEncoder().encodeToString("{\"bank\": {\"name\": \"cact-108\", \"version\": 1}}"
                .getBytes(StandardCharsets.UTF_8));
        TestServer.Response created = server.admin("POST", "/ims/cat/v1p0/sections",
                "{\"sectionConfiguration\": \"" + config + "\"}");
        assertEquals(201, created.status(), created.body());
        return "/ims/cat/v1p0/sections/" + created.json().get("sectionIdentifier").asText();
    }

    /** Makes a session; returns its id. */
    private static String session(TestServer server, String sessions) throws Exception {
        TestServer.Response created = server.admin("POST", sessions, "{}");
        assertEquals(201, created.status(), created.body());
        return created.json().get("sessionIdentifier").asText();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theServerDeletesExpiredSessionsByItselfAndAnAdminDeletesOneByItsId(String database) throws Exception {
        String url = TestServer.freshDatabase(database, directory);
        String sessions;
        String erased;
        String expired;
        String recent;
        try (TestServer server = TestServer.start(url, TestServer.unlimited())) {
            sessions = section(server) + "/sessions";
            erased = session(server, sessions);
            expired = session(server, sessions);
            recent = session(server, sessions);
            sessions += "/";

            assertEquals(204, server.admin("DELETE", "/adaptive-sessions/" + erased, null).status());
            assertEquals(404, server.admin("GET", sessions + erased, null).status());
            TestServer.Response again = server.admin("DELETE", "/adaptive-sessions/" + erased, null);
            assertEquals(404, again.status(), again.body());
            assertEquals(200, server.admin("GET", sessions + expired, null).status());
        }
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement s = c.prepareStatement("UPDATE adaptive_session SET updated_at = ? WHERE id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(SessionRetention.DEFAULT_PERIOD).minusMinutes(1));
            s.setString(2, expired);
            assertEquals(1, s.executeUpdate());
        }
        try (TestServer restarted = TestServer.start(url, TestServer.unlimited())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int status;
            do {
                Thread.sleep(50);
                status = restarted.admin("GET", sessions + expired, null).status();
            } while (status == 200 && System.nanoTime() < deadline);
            assertEquals(404, status, "the server deletes a session past the retention period when it starts");
            assertEquals(200, restarted.admin("GET", sessions + recent, null).status());
            assertFalse(restarted.errors().contains("\"status\":500"), restarted.errors());
        }
    }
}

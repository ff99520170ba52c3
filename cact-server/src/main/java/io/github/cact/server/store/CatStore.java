package io.github.cact.server.store;

import io.github.cact.cat.CatSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * IMS CAT sections and adaptive sessions. The stored row is the source of truth; the sessions in use are
 * also kept in memory, restored, in a bounded cache ({@link #CACHED_SESSIONS}, least recently used out),
 * so that a submission neither reads the row nor replays the answers. A session's engine state is replaced
 * only by a submission that read the current revision (optimistic locking), in one statement with the
 * reply to replay for the same Idempotency-Key and the person tested: a completed submission is stored
 * whole, and two racing submissions cannot both advance the test. Every change of a row (a submission, an
 * end) moves its revision on, so a cached session that another server (or a deletion) changed no longer
 * matches and its write changes nothing: the caller reads the row again. Submissions and new sessions are
 * written by group commit and each call returns after the commit that holds it. A section never changes
 * once stored, so it is read from the database once. Sessions are deleted by the person tested, by id, or
 * once unchanged for the retention period ({@link #deleteUnchangedBefore}), dated by the store's clock.
 */
public final class CatStore implements AutoCloseable {

    /** A session that takes results. */
    public static final String ACTIVE = "active";
    /** A session whose test has ended. */
    public static final String FINISHED = "finished";
    /** A session ended by the platform. */
    public static final String ENDED = "ended";

    /** The most sessions kept restored in memory. */
    public static final int CACHED_SESSIONS = 4096;

    /**
     * The writer threads of submissions and new sessions: two, so that a submission that arrives while a
     * group waits for its commit is written at once by the other (a session has one submission in flight).
     */
    static final int WRITERS = 2;

    /** The most sessions deleted in one transaction by {@link #deleteUnchangedBefore}. */
    static final int DELETE_BATCH = 500;

    private final Database database;
    private final Clock clock;
    private final GroupCommit writer;
    private final Map<String, Section> sections = new ConcurrentHashMap<>();
    private final Map<String, Live> live = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Live> eldest) {
            return size() > CACHED_SESSIONS;
        }
    };

    /**
     * Creates the store and its writer threads.
     *
     * @param database the database
     * @param clock the clock that dates the sessions' creation and changes
     */
    public CatStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.writer = new GroupCommit(database, "cact-cat-writer", WRITERS);
    }

    /**
     * A section: a published bank version and an adaptive-test configuration.
     *
     * @param id the section id
     * @param bankName the bank
     * @param bankVersion its version
     * @param configuration the configuration JSON
     */
    public record Section(String id, String bankName, int bankVersion, String configuration) {
    }

    /**
     * A session as stored.
     *
     * @param id the session id
     * @param status active, finished or ended
     * @param state the engine's session JSON
     * @param revision the number of completed changes
     * @param lastKey the Idempotency-Key of the last submission, or null
     * @param lastReply the reply of the last submission (or of the creation)
     * @param personId the person tested (the results' QTI context sourcedId), or null if not named
     */
    public record Session(String id, String status, String state, int revision, String lastKey, String lastReply,
            String personId) {
    }

    /**
     * A session ready for its next submission: the stored row's revision, status, last key and person, and
     * the engine's session restored from the row's state.
     *
     * @param id the session id
     * @param sectionId its section
     * @param status active, finished or ended
     * @param revision the revision of the row it was read from or written as
     * @param lastKey the Idempotency-Key of the last submission, or null
     * @param personId the person tested, or null
     * @param session the engine's session
     * @param cached whether it came from memory (it may be behind the row) rather than from the row
     */
    public record Live(String id, String sectionId, String status, int revision, String lastKey, String personId,
            CatSession session, boolean cached) {
    }

    /**
     * Stores a section.
     *
     * @param id the new id
     * @param bankName the bank
     * @param bankVersion its published version
     * @param configuration the configuration JSON
     * @throws SQLException if the database fails
     */
    public void createSection(String id, String bankName, int bankVersion, String configuration) throws SQLException {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cat_section (id, bank_name, bank_version,"
                    + " configuration, created_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, bankName);
                s.setInt(3, bankVersion);
                s.setString(4, configuration);
                s.setObject(5, now());
                return s.executeUpdate();
            }
        });
    }

    /**
     * Reads a section.
     *
     * @param id the section id
     * @return the section, if stored
     * @throws SQLException if the database fails
     */
    public Optional<Section> section(String id) throws SQLException {
        Section cached = sections.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Section> found = database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, bank_name, bank_version, configuration FROM cat_section WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Section(r.getString(1), r.getString(2), r.getInt(3), r.getString(4)))
                            : Optional.empty();
                }
            }
        });
        found.ifPresent(section -> sections.putIfAbsent(id, section));
        return found;
    }

    /**
     * Stores a new session and keeps it in memory.
     *
     * @param id the new id
     * @param sectionId its section
     * @param session the engine's session
     * @param status active or finished
     * @param reply the creation's reply
     * @throws SQLException if the database fails
     */
    public void createSession(String id, String sectionId, CatSession session, String status, String reply)
            throws SQLException {
        OffsetDateTime now = now();
        String state = session.toJson();
        writer.update("INSERT INTO adaptive_session (id, section_id, status, state, created_at, updated_at, revision,"
                + " last_reply) VALUES (?, ?, ?, ?, ?, ?, 0, ?)", s -> {
                    s.setString(1, id);
                    s.setString(2, sectionId);
                    s.setString(3, status);
                    s.setString(4, state);
                    s.setObject(5, now);
                    s.setObject(6, now);
                    s.setString(7, reply);
                });
        remember(new Live(id, sectionId, status, 0, null, null, session, true));
    }

    /**
     * Reads a session of a section from the database.
     *
     * @param sectionId the section
     * @param id the session id
     * @return the session, if stored
     * @throws SQLException if the database fails
     */
    public Optional<Session> session(String sectionId, String id) throws SQLException {
        return database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, status, state, revision, last_key, last_reply,"
                    + " person_id FROM adaptive_session WHERE id = ? AND section_id = ?")) {
                s.setString(1, id);
                s.setString(2, sectionId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Session(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getString(5), r.getString(6), r.getString(7))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Returns a session ready for a submission: from memory if it is there, else read from the database and
     * restored (and then kept in memory).
     *
     * @param sectionId the section
     * @param id the session id
     * @param restore restores the engine's session from the stored state
     * @return the session, if stored in this section
     * @throws SQLException if the database fails
     */
    public Optional<Live> live(String sectionId, String id, Function<String, CatSession> restore) throws SQLException {
        Live cached;
        synchronized (live) {
            cached = live.get(id);
        }
        if (cached != null && cached.sectionId().equals(sectionId)) {
            return Optional.of(cached);
        }
        return reload(sectionId, id, restore);
    }

    /**
     * Reads a session from the database, restores it and keeps it in memory, whatever memory held.
     *
     * @param sectionId the section
     * @param id the session id
     * @param restore restores the engine's session from the stored state
     * @return the session, if stored in this section
     * @throws SQLException if the database fails
     */
    public Optional<Live> reload(String sectionId, String id, Function<String, CatSession> restore)
            throws SQLException {
        forget(id);
        Optional<Session> stored = session(sectionId, id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Session row = stored.get();
        Live read = new Live(row.id(), sectionId, row.status(), row.revision(), row.lastKey(), row.personId(),
                restore.apply(row.state()), false);
        remember(new Live(read.id(), sectionId, read.status(), read.revision(), read.lastKey(), read.personId(),
                read.session(), true));
        return Optional.of(read);
    }

    /**
     * Stores a submission's new state, if the session's row is still at the revision it was read at, and
     * keeps the new state in memory. The write goes in the next group commit and this returns after it.
     *
     * @param from the session the submission was computed from
     * @param next the engine's session after the submission
     * @param status active or finished
     * @param key the submission's Idempotency-Key, or null
     * @param personId the person tested, or null
     * @param reply the submission's reply
     * @return false if the row had changed (another submission, an end, a deletion): nothing was written
     * @throws SQLException if the database fails
     */
    public boolean advance(Live from, CatSession next, String status, String key, String personId, String reply)
            throws SQLException {
        String state = next.toJson();
        OffsetDateTime now = now();
        boolean written;
        try {
            written = writer.update("UPDATE adaptive_session SET state = ?, status = ?, revision = revision + 1,"
                    + " last_key = ?, last_reply = ?, person_id = ?, updated_at = ? WHERE id = ? AND revision = ?", s -> {
                        s.setString(1, state);
                        s.setString(2, status);
                        s.setString(3, key);
                        s.setString(4, reply);
                        s.setString(5, personId);
                        s.setObject(6, now);
                        s.setString(7, from.id());
                        s.setInt(8, from.revision());
                    }) == 1;
        } catch (SQLException | RuntimeException e) {
            forget(from.id());
            throw e;
        }
        if (written) {
            remember(new Live(from.id(), from.sectionId(), status, from.revision() + 1, key, personId, next, true));
        } else {
            forget(from.id());
        }
        return written;
    }

    /**
     * Ends a session: it takes no more results.
     *
     * @param sectionId the section
     * @param id the session id
     * @return true if a session that was not ended was ended
     * @throws SQLException if the database fails
     */
    public boolean end(String sectionId, String id) throws SQLException {
        try {
            return database.eachStatement(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE adaptive_session SET status = ?, updated_at = ?,"
                        + " revision = revision + 1 WHERE id = ? AND section_id = ? AND status <> ?")) {
                    s.setString(1, ENDED);
                    s.setObject(2, now());
                    s.setString(3, id);
                    s.setString(4, sectionId);
                    s.setString(5, ENDED);
                    return s.executeUpdate() == 1;
                }
            });
        } finally {
            forget(id);
        }
    }

    /**
     * Deletes every adaptive session of a person (answers, estimates, replies), in the caller's
     * transaction, and drops them from memory.
     *
     * @param c the connection, in a transaction
     * @param personId the person's id
     * @return the number of sessions deleted
     * @throws SQLException if the database fails
     */
    public int deleteSessions(Connection c, String personId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM adaptive_session WHERE person_id = ?")) {
            s.setString(1, personId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        int deleted;
        try (PreparedStatement s = c.prepareStatement("DELETE FROM adaptive_session WHERE person_id = ?")) {
            s.setString(1, personId);
            deleted = s.executeUpdate();
        }
        ids.forEach(this::forget);
        return deleted;
    }

    /**
     * Deletes a session (answers, estimates, reply, person) by its id, whatever its section and status,
     * and drops it from memory.
     *
     * @param id the session id
     * @return true if it was stored
     * @throws SQLException if the database fails
     */
    public boolean deleteSession(String id) throws SQLException {
        try {
            return database.eachStatement(c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM adaptive_session WHERE id = ?")) {
                    s.setString(1, id);
                    return s.executeUpdate() == 1;
                }
            });
        } finally {
            forget(id);
        }
    }

    /**
     * Deletes every session whose last change (creation, submission or end) is before a time, in
     * transactions of at most {@link #DELETE_BATCH} sessions, and drops them from memory. A session that
     * changes meanwhile is kept: each deletion checks the time again.
     *
     * @param cutoff the time
     * @return the number of sessions deleted
     * @throws SQLException if the database fails
     */
    public int deleteUnchangedBefore(OffsetDateTime cutoff) throws SQLException {
        int deleted = 0;
        while (true) {
            List<String> ids = database.eachStatement(c -> {
                List<String> found = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM adaptive_session WHERE updated_at < ?"
                        + " FETCH FIRST " + DELETE_BATCH + " ROWS ONLY")) {
                    s.setObject(1, cutoff);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            found.add(r.getString(1));
                        }
                    }
                }
                return found;
            });
            if (ids.isEmpty()) {
                return deleted;
            }
            deleted += database.transaction(c -> {
                int count = 0;
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM adaptive_session WHERE id = ? AND updated_at < ?")) {
                    for (String id : ids) {
                        s.setString(1, id);
                        s.setObject(2, cutoff);
                        count += s.executeUpdate();
                    }
                }
                return count;
            });
            ids.forEach(this::forget);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void remember(Live session) {
        synchronized (live) {
            live.put(session.id(), session);
        }
    }

    private void forget(String id) {
        synchronized (live) {
            live.remove(id);
        }
    }

    /** Writes the submissions still queued, then stops the writer threads. */
    @Override
    public void close() {
        writer.close();
    }
}

package io.github.cact.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IMS CAT sections and adaptive sessions. A session's engine state is replaced only by a submission that
 * read the current revision (optimistic locking), in one statement with the reply to replay for the same
 * Idempotency-Key: a completed submission is stored whole, and two racing submissions cannot both
 * advance the test. A section never changes once stored, so it is read from the database once.
 */
public final class CatStore {

    /** A session that takes results. */
    public static final String ACTIVE = "active";
    /** A session whose test has ended. */
    public static final String FINISHED = "finished";
    /** A session ended by the platform. */
    public static final String ENDED = "ended";

    private final Database database;
    private final Map<String, Section> sections = new ConcurrentHashMap<>();

    /**
     * Creates the store.
     *
     * @param database the database
     */
    public CatStore(Database database) {
        this.database = database;
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
     * @param revision the number of completed submissions
     * @param lastKey the Idempotency-Key of the last submission, or null
     * @param lastReply the reply of the last submission (or of the creation)
     */
    public record Session(String id, String status, String state, int revision, String lastKey, String lastReply) {
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
                s.setObject(5, VersionedStore.now());
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
     * Stores a new session.
     *
     * @param id the new id
     * @param sectionId its section
     * @param state the engine's session JSON
     * @param status active or finished
     * @param reply the creation's reply
     * @throws SQLException if the database fails
     */
    public void createSession(String id, String sectionId, String state, String status, String reply) throws SQLException {
        OffsetDateTime now = VersionedStore.now();
        database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO adaptive_session (id, section_id, status, state,"
                    + " created_at, updated_at, revision, last_reply) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
                s.setString(1, id);
                s.setString(2, sectionId);
                s.setString(3, status);
                s.setString(4, state);
                s.setObject(5, now);
                s.setObject(6, now);
                s.setString(7, reply);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Reads a session of a section.
     *
     * @param sectionId the section
     * @param id the session id
     * @return the session, if stored
     * @throws SQLException if the database fails
     */
    public Optional<Session> session(String sectionId, String id) throws SQLException {
        return database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, status, state, revision, last_key, last_reply"
                    + " FROM adaptive_session WHERE id = ? AND section_id = ?")) {
                s.setString(1, id);
                s.setString(2, sectionId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Session(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getString(5), r.getString(6))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Stores a submission's new state, if the session is still at the revision it was read at.
     *
     * @param id the session id
     * @param revision the revision that was read
     * @param state the new engine state
     * @param status active or finished
     * @param key the submission's Idempotency-Key, or null
     * @param reply the submission's reply
     * @return false if another submission came first
     * @throws SQLException if the database fails
     */
    public boolean advance(String id, int revision, String state, String status, String key, String reply)
            throws SQLException {
        return database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE adaptive_session SET state = ?, status = ?,"
                    + " revision = revision + 1, last_key = ?, last_reply = ?, updated_at = ?"
                    + " WHERE id = ? AND revision = ?")) {
                s.setString(1, state);
                s.setString(2, status);
                s.setString(3, key);
                s.setString(4, reply);
                s.setObject(5, VersionedStore.now());
                s.setString(6, id);
                s.setInt(7, revision);
                return s.executeUpdate() == 1;
            }
        });
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
        return database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE adaptive_session SET status = ?, updated_at = ?"
                    + " WHERE id = ? AND section_id = ? AND status <> ?")) {
                s.setString(1, ENDED);
                s.setObject(2, VersionedStore.now());
                s.setString(3, id);
                s.setString(4, sectionId);
                s.setString(5, ENDED);
                return s.executeUpdate() == 1;
            }
        });
    }
}

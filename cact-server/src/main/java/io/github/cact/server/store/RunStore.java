package io.github.cact.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scoring runs with their audit records, the people's results, and the responses stored under an
 * Idempotency-Key. A run, its results and its idempotent response are written in one transaction, so a
 * completed submission is either wholly stored or not at all. Runs are written by group commit: the runs
 * of requests that arrive together share one transaction and one commit, and {@link #save} returns only
 * after that commit, so a run whose response was sent is stored.
 */
public final class RunStore implements AutoCloseable {

    private final Database database;
    private final GroupCommit writer;

    /**
     * Creates the store and its writer thread.
     *
     * @param database the database
     */
    public RunStore(Database database) {
        this.database = database;
        this.writer = new GroupCommit(database, "cact-run-writer");
    }

    /**
     * The audit record of a run.
     *
     * @param id the run id
     * @param kind what was computed: {@code scores}, {@code profiles}, {@code ninebox}, {@code matching}
     * @param bankName the bank's name, or null
     * @param bankVersion the bank's version, or null
     * @param configFingerprint the SHA-256 of the settings and documents used besides the bank
     * @param inputDigest the SHA-256 of the request body
     * @param libraryVersion the cact version that computed it
     * @param keyId the key that asked
     * @param people how many people the run has
     * @param createdAt when it was computed
     */
    public record Run(String id, String kind, String bankName, Integer bankVersion, String configFingerprint,
            String inputDigest, String libraryVersion, String keyId, int people, OffsetDateTime createdAt) {
    }

    /**
     * A stored response.
     *
     * @param requestDigest the SHA-256 of the request that made it
     * @param status its status
     * @param body its JSON body
     */
    public record StoredResponse(String requestDigest, int status, String body) {
    }

    /**
     * One person's stored result.
     *
     * @param runId the run
     * @param kind the run's kind
     * @param createdAt when the run was computed
     * @param result the result JSON
     */
    public record PersonResult(String runId, String kind, OffsetDateTime createdAt, String result) {
    }

    /**
     * Stores a run, its results and, if an idempotency key was given, its response.
     *
     * @param run the audit record
     * @param results person id → result JSON
     * @param idempotencyKey the key's Idempotency-Key, or null
     * @param response the response to replay for that key (ignored without one)
     * @throws SQLException if the database fails; a unique violation if the idempotency key was taken meanwhile
     */
    public void save(Run run, List<Map.Entry<String, String>> results, String idempotencyKey, StoredResponse response)
            throws SQLException {
        writer.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO scoring_run (id, kind, bank_name, bank_version,"
                    + " config_fingerprint, input_digest, library_version, key_id, people, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, run.id());
                s.setString(2, run.kind());
                s.setString(3, run.bankName());
                s.setObject(4, run.bankVersion());
                s.setString(5, run.configFingerprint());
                s.setString(6, run.inputDigest());
                s.setString(7, run.libraryVersion());
                s.setString(8, run.keyId());
                s.setInt(9, run.people());
                s.setObject(10, run.createdAt());
                s.executeUpdate();
            }
            if (!results.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO person_result (run_id, person_id, result) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, String> result : results) {
                        s.setString(1, run.id());
                        s.setString(2, result.getKey());
                        s.setString(3, result.getValue());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            if (idempotencyKey != null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotent_response (key_id, idempotency_key,"
                        + " request_digest, run_id, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, run.keyId());
                    s.setString(2, idempotencyKey);
                    s.setString(3, response.requestDigest());
                    s.setString(4, run.id());
                    s.setInt(5, response.status());
                    s.setString(6, response.body());
                    s.setObject(7, run.createdAt());
                    s.executeUpdate();
                }
            }
        });
    }

    /** Writes the runs still queued, then stops the writer thread. */
    @Override
    public void close() {
        writer.close();
    }

    /**
     * Finds the response stored under a key's Idempotency-Key.
     *
     * @param keyId the API key id
     * @param idempotencyKey the header's value
     * @return the response, if one is stored
     * @throws SQLException if the database fails
     */
    public Optional<StoredResponse> stored(String keyId, String idempotencyKey) throws SQLException {
        return database.eachStatement(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT request_digest, status, body FROM idempotent_response"
                    + " WHERE key_id = ? AND idempotency_key = ?")) {
                s.setString(1, keyId);
                s.setString(2, idempotencyKey);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new StoredResponse(r.getString(1), r.getInt(2), r.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Reads the audit record of a run.
     *
     * @param id the run id
     * @return the record, if stored
     * @throws SQLException if the database fails
     */
    public Optional<Run> run(String id) throws SQLException {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, kind, bank_name, bank_version, config_fingerprint,"
                    + " input_digest, library_version, key_id, people, created_at FROM scoring_run WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    int version = r.getInt(4);
                    return Optional.of(new Run(r.getString(1), r.getString(2), r.getString(3),
                            r.wasNull() ? null : version, r.getString(5), r.getString(6), r.getString(7),
                            r.getString(8), r.getInt(9), r.getObject(10, OffsetDateTime.class)));
                }
            }
        });
    }

    /**
     * Reads every stored result of a person, oldest run first.
     *
     * @param personId the person's id
     * @return the results
     * @throws SQLException if the database fails
     */
    public List<PersonResult> results(String personId) throws SQLException {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.run_id, r.kind, r.created_at, p.result"
                    + " FROM person_result p JOIN scoring_run r ON r.id = p.run_id WHERE p.person_id = ?"
                    + " ORDER BY r.created_at, p.run_id")) {
                s.setString(1, personId);
                List<PersonResult> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new PersonResult(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class),
                                r.getString(4)));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Deletes every stored result of a person, in the caller's transaction. The runs' audit records stay:
     * they hold no personal data (digests, versions, counts). Stored idempotent responses that quote the
     * person are deleted too.
     *
     * @param c the connection, in a transaction
     * @param personId the person's id
     * @return the number of results deleted
     * @throws SQLException if the database fails
     */
    public int deleteResults(Connection c, String personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM idempotent_response WHERE run_id IN"
                + " (SELECT run_id FROM person_result WHERE person_id = ?)")) {
            s.setString(1, personId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM person_result WHERE person_id = ?")) {
            s.setString(1, personId);
            return s.executeUpdate();
        }
    }
}

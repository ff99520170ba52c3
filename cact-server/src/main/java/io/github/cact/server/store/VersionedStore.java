package io.github.cact.server.store;

import io.github.cact.server.http.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Versions of named documents in one table. Each creation is the next version of its name. In a table
 * with drafts (item banks) a new version starts as a draft whose content may be replaced until it is
 * published; after that no statement here changes it. In a table without drafts every version is
 * published when made.
 */
public final class VersionedStore {

    private final Database database;
    private final String table;
    private final boolean drafts;

    /**
     * Creates the store of a table.
     *
     * @param database the database
     * @param table the table (one of the schema's document tables)
     * @param drafts whether versions start as drafts (the table has the status columns)
     */
    public VersionedStore(Database database, String table, boolean drafts) {
        this.database = database;
        this.table = table;
        this.drafts = drafts;
    }

    /**
     * Stores the next version of a name.
     *
     * @param name the document's name
     * @param content its canonical JSON
     * @return the stored version
     * @throws SQLException if the database fails
     */
    public StoredVersion create(String name, String content) throws SQLException {
        OffsetDateTime now = now();
        try {
            return database.transaction(c -> {
                int next = 1;
                try (PreparedStatement s = c.prepareStatement("SELECT MAX(version) FROM " + table + " WHERE name = ?")) {
                    s.setString(1, name);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            next = r.getInt(1) + 1;
                        }
                    }
                }
                String digest = Digests.sha256(content);
                String sql = drafts
                        ? "INSERT INTO " + table + " (name, version, status, content, digest, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                        : "INSERT INTO " + table + " (name, version, content, digest, created_at) VALUES (?, ?, ?, ?, ?)";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int i = 1;
                    s.setString(i++, name);
                    s.setInt(i++, next);
                    if (drafts) {
                        s.setString(i++, StoredVersion.DRAFT);
                    }
                    s.setString(i++, content);
                    s.setString(i++, digest);
                    s.setObject(i, now);
                    s.executeUpdate();
                }
                return new StoredVersion(name, next, drafts ? StoredVersion.DRAFT : StoredVersion.PUBLISHED, content,
                        digest, now, drafts ? null : now);
            });
        } catch (SQLException e) {
            if (UniqueViolation.is(e)) {
                throw Problem.conflict("another version of '" + name + "' was created at the same time; retry");
            }
            throw e;
        }
    }

    /**
     * Reads one version.
     *
     * @param name the name
     * @param version the version
     * @return the version, if stored
     * @throws SQLException if the database fails
     */
    public Optional<StoredVersion> find(String name, int version) throws SQLException {
        List<StoredVersion> found = query("WHERE name = ? AND version = ?", name, version, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Reads one version or fails with a 404 problem.
     *
     * @param kind what the table holds, for the message (e.g. "bank")
     * @param name the name
     * @param version the version
     * @return the version
     * @throws SQLException if the database fails
     */
    public StoredVersion require(String kind, String name, int version) throws SQLException {
        return find(name, version).orElseThrow(() -> Problem.notFound(kind + " '" + name + "' has no version " + version));
    }

    /**
     * Lists the versions of a name, oldest first, without their content.
     *
     * @param name the name
     * @return the versions (content empty)
     * @throws SQLException if the database fails
     */
    public List<StoredVersion> versions(String name) throws SQLException {
        return query("WHERE name = ? ORDER BY version", name, null, false);
    }

    /**
     * Replaces a draft's content.
     *
     * @param name the name
     * @param version the draft's version
     * @param content the new canonical JSON
     * @return true if a draft was replaced; false if no such version, or it is published
     * @throws SQLException if the database fails
     */
    public boolean replaceDraft(String name, int version, String content) throws SQLException {
        return database.transaction(c -> update(c, "UPDATE " + table + " SET content = ?, digest = ? WHERE name = ? AND version = ? AND status = '"
                + StoredVersion.DRAFT + "'", content, Digests.sha256(content), name, version) == 1);
    }

    /**
     * Publishes a draft: from then on it never changes.
     *
     * @param name the name
     * @param version the draft's version
     * @return true if a draft was published; false if no such version, or it was already published
     * @throws SQLException if the database fails
     */
    public boolean publish(String name, int version) throws SQLException {
        return database.transaction(c -> update(c, "UPDATE " + table + " SET status = '" + StoredVersion.PUBLISHED
                + "', published_at = ? WHERE name = ? AND version = ? AND status = '" + StoredVersion.DRAFT + "'",
                now(), name, version) == 1);
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    private List<StoredVersion> query(String where, String name, Integer version, boolean withContent) throws SQLException {
        String columns = "name, version, " + (withContent ? "content" : "''") + ", digest, created_at"
                + (drafts ? ", status, published_at" : "");
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM " + table + " " + where)) {
                s.setString(1, name);
                if (version != null) {
                    s.setInt(2, version);
                }
                List<StoredVersion> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        OffsetDateTime created = r.getObject(5, OffsetDateTime.class);
                        found.add(new StoredVersion(r.getString(1), r.getInt(2), drafts ? r.getString(6) : StoredVersion.PUBLISHED,
                                r.getString(3), r.getString(4), created, drafts ? r.getObject(7, OffsetDateTime.class) : created));
                    }
                }
                return found;
            }
        });
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

package io.github.cact.server.store;

import io.github.cact.server.http.Keys;
import io.github.cact.server.http.Principal;
import io.github.cact.server.http.Role;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API keys. A secret is {@code cact_} and 256 random bits in base64url; only its SHA-256 is stored, so a
 * copy of the database gives no usable key. A plain hash is enough because the secret is random and
 * long (a slow password hash defends guessable passwords, and would cost milliseconds per request).
 * Valid keys are cached by hash in memory after their first use, for at most {@link #CACHE_SECONDS}
 * seconds: revoking through this store drops the entry at once, and a revocation by another server on the
 * same database takes effect here when the entry expires. A lookup that read the key from the database
 * while a revocation here was committing does not leave the revoked key in the cache, not even for a
 * moment: it counts the revocations before its read and caches the key only if the count has not moved,
 * checked under the lock within which a revocation counts itself and drops its entries. The cache
 * is looked up by the secret's SHA-256, never by the secret, so the time a lookup takes depends on the
 * hash alone, which tells nothing about the secret.
 */
public final class KeyStore implements Keys {

    /** The prefix of every secret, so that a leaked one is easy to recognise. */
    public static final String PREFIX = "cact_";

    private final Database database;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();

    /** How long a verified key is trusted from memory before the database is asked again. */
    public static final int CACHE_SECONDS = 30;

    /** A verified key and when its cache entry expires ({@link System#nanoTime()}). */
    private record Cached(Principal principal, long expires) {
    }

    /**
     * Creates the store.
     *
     * @param database the database
     */
    public KeyStore(Database database) {
        this.database = database;
    }

    /**
     * A key as listed: never its secret.
     *
     * @param id the key id
     * @param role its role
     * @param label what it is for
     * @param createdAt when it was made
     * @param revokedAt when it was revoked, or null
     */
    public record KeyInfo(String id, Role role, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    /**
     * Makes a new key.
     *
     * @param role its role
     * @param label what it is for
     * @return the secret (shown once) and the key's id
     * @throws SQLException if the database fails
     */
    public Map.Entry<String, String> create(Role role, String label) throws SQLException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return Map.entry(secret, store(secret, role, label));
    }

    /**
     * Stores a key whose secret was chosen outside (the bootstrap key from configuration).
     *
     * @param secret the secret, at least 32 characters
     * @param role its role
     * @param label what it is for
     * @return the key's id
     * @throws SQLException if the database fails
     */
    public String store(String secret, Role role, String label) throws SQLException {
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        String id = "k" + HexFormat.of().formatHex(idBytes);
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO api_key (id, key_hash, roles, label, created_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, Digests.sha256(secret));
                s.setString(3, role.label());
                s.setString(4, label);
                s.setObject(5, VersionedStore.now());
                return s.executeUpdate();
            }
        });
        return id;
    }

    /**
     * Counts the keys that are not revoked.
     *
     * @return the number
     * @throws SQLException if the database fails
     */
    public int activeCount() throws SQLException {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM api_key WHERE revoked_at IS NULL");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    /**
     * Lists every key, oldest first.
     *
     * @return the keys without secrets
     * @throws SQLException if the database fails
     */
    public List<KeyInfo> list() throws SQLException {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, roles, label, created_at, revoked_at FROM api_key ORDER BY created_at, id");
                    ResultSet r = s.executeQuery()) {
                List<KeyInfo> keys = new ArrayList<>();
                while (r.next()) {
                    keys.add(new KeyInfo(r.getString(1), Role.parse(r.getString(2)), r.getString(3),
                            r.getObject(4, OffsetDateTime.class), r.getObject(5, OffsetDateTime.class)));
                }
                return keys;
            }
        });
    }

    /**
     * Revokes a key: it stops working at once.
     *
     * @param id the key id
     * @return true if an active key was revoked
     * @throws SQLException if the database fails
     */
    public boolean revoke(String id) throws SQLException {
        boolean revoked = database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                s.setObject(1, VersionedStore.now());
                s.setString(2, id);
                return s.executeUpdate() == 1;
            }
        });
        synchronized (cache) {
            revocations.incrementAndGet();
            cache.values().removeIf(entry -> entry.principal().keyId().equals(id));
        }
        return revoked;
    }

    @Override
    public Principal authenticate(String secret) {
        String hash = Digests.sha256(secret);
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && now - cached.expires() < 0) {
            return cached.principal();
        }
        long revoked = revocations.get();
        try {
            Principal found = database.eachStatement(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT id, roles FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")) {
                    s.setString(1, hash);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? new Principal(r.getString(1), Role.parse(r.getString(2))) : null;
                    }
                }
            });
            if (found != null) {
                synchronized (cache) {
                    if (revocations.get() == revoked) { // else a revocation ran meanwhile: this read may predate it
                        cache.put(hash, new Cached(found, now + CACHE_SECONDS * 1_000_000_000L));
                    }
                }
            } else {
                cache.remove(hash);
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the API keys", e);
        }
    }
}

package io.github.cact.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cact.server.store.CatStore;
import io.github.cact.server.store.Database;
import io.github.cact.server.store.KeyStore;
import io.github.cact.server.store.RunStore;
import io.github.cact.server.store.SessionRetention;
import io.github.cact.server.store.VersionedStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the route groups share: the stores, the JSON mapper, and a cache of parsed published documents
 * (safe because a published version never changes). Closing it writes the runs and adaptive submissions
 * still queued.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final ObjectMapper mapper;
    private final VersionedStore banks;
    private final VersionedStore standards;
    private final VersionedStore cutScores;
    private final VersionedStore nineBoxConfigs;
    private final KeyStore keys;
    private final RunStore runs;
    private final CatStore cat;
    private final SessionRetention retention;
    private final Map<String, Object> parsed = new ConcurrentHashMap<>();

    /**
     * Creates the services over a migrated database.
     *
     * @param database the database
     * @param mapper the JSON mapper
     * @param keys the key store
     * @param sessionRetention how long an adaptive session is kept after its last change
     * @param err where a failed deletion of expired sessions is reported
     */
    public Services(Database database, ObjectMapper mapper, KeyStore keys, Duration sessionRetention,
            PrintStream err) {
        this.database = database;
        this.mapper = mapper;
        this.banks = new VersionedStore(database, "item_bank", true);
        this.standards = new VersionedStore(database, "position_standards", false);
        this.cutScores = new VersionedStore(database, "cut_scores", false);
        this.nineBoxConfigs = new VersionedStore(database, "ninebox_config", false);
        this.keys = keys;
        this.runs = new RunStore(database);
        this.cat = new CatStore(database, Clock.systemUTC());
        this.retention = new SessionRetention(cat, sessionRetention, Clock.systemUTC(), err);
        retention.start();
    }

    Database database() {
        return database;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    VersionedStore banks() {
        return banks;
    }

    VersionedStore standards() {
        return standards;
    }

    VersionedStore cutScores() {
        return cutScores;
    }

    VersionedStore nineBoxConfigs() {
        return nineBoxConfigs;
    }

    KeyStore keys() {
        return keys;
    }

    RunStore runs() {
        return runs;
    }

    CatStore cat() {
        return cat;
    }

    /**
     * Returns a parsed document if it is in the cache.
     *
     * @param <T> the parsed type
     * @param key what it is
     * @param type the parsed type
     * @return the document, or null
     */
    <T> T peek(String key, Class<T> type) {
        return type.cast(parsed.get(key));
    }

    /**
     * Returns a parsed published document from the cache, parsing it on first use.
     *
     * @param <T> the parsed type
     * @param key what it is, e.g. {@code bank:name:3}
     * @param type the parsed type
     * @param parse the parser
     * @return the parsed document
     */
    <T> T cached(String key, Class<T> type, java.util.function.Supplier<T> parse) {
        return type.cast(parsed.computeIfAbsent(key, k -> parse.get()));
    }

    /**
     * Stops deleting expired sessions, writes the runs and adaptive submissions still queued and stops their
     * writers; the database stays open.
     */
    @Override
    public void close() {
        try {
            retention.close();
        } finally {
            try {
                runs.close();
            } finally {
                cat.close();
            }
        }
    }
}

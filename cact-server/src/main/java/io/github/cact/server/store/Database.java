package io.github.cact.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database: a HikariCP pool on a JDBC URL (H2 file database by default, PostgreSQL in production),
 * migrated by Flyway from {@code db/migration} before first use.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens the pool and applies pending migrations.
     *
     * @param url the JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...})
     * @param user the user, or null
     * @param password the password, or null
     * @param poolSize the most connections
     * @return the database
     */
    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withServerSettings(url));
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("cact");
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    /**
     * Makes an H2 URL write every commit to its file before the commit returns ({@code WRITE_DELAY=0}),
     * unless the URL sets the delay itself. H2's default (500 ms) keeps commits in memory that long, so
     * a killed process would lose submissions it had already answered; with the delay at 0 a commit is
     * in the file (the operating system's cache) when the reply is sent. It also turns H2's automatic
     * ANALYZE off ({@code ANALYZE_AUTO=0}), unless the URL sets it: after every 2,000, 4,000, 8,000, ...
     * changed rows of a table, a commit would read back a sample of 10,000 rows (a stored person result is
     * a few kilobytes of JSON) only to update statistics that the server's queries, all by primary key or
     * by an index, do not need. And it gives H2 a page cache of 2 MB ({@code CACHE_SIZE=2048}, in kilobytes),
     * unless the URL sets it: under a stream of stored results every page written enters the cache and
     * stays until pushed out, so H2's default of 16 MB kept about a second of pages alive, just long enough
     * for the collector to copy them at each young collection (docs/server.md#memory-and-garbage-collection);
     * the server's reads go by key to few pages. Other URLs are returned as given.
     *
     * @param url the JDBC URL
     * @return the URL to connect with
     */
    static String withServerSettings(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        return url + (upper.contains(";WRITE_DELAY=") ? "" : ";WRITE_DELAY=0")
                + (upper.contains(";ANALYZE_AUTO=") ? "" : ";ANALYZE_AUTO=0")
                + (upper.contains(";CACHE_SIZE=") ? "" : ";CACHE_SIZE=2048");
    }

    /**
     * Returns the pool.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws.
     *
     * @param <T> the result type
     * @param work the work
     * @return its result
     * @throws SQLException if the database fails
     */
    public <T> T transaction(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Runs work whose statements each commit on their own (auto-commit): for reads, and for a write that
     * is one statement, which is atomic by itself. It spares the round trip of a separate commit.
     *
     * @param <T> the result type
     * @param work the work
     * @return its result
     * @throws SQLException if the database fails
     */
    public <T> T eachStatement(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        }
    }

    /**
     * Work on a connection.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Runs.
         *
         * @param connection the connection, in a transaction
         * @return the result
         * @throws SQLException if the database fails
         */
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        pool.close();
    }
}

package io.github.cact.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cact.data.DataFormatException;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.store.SessionRetention;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The server's settings, from {@code server.json} (every key optional) and the environment (secrets:
 * {@code CACT_ADMIN_KEY}, {@code CACT_DB_PASSWORD}):
 * <pre>
 * {"host": "127.0.0.1", "port": 8080,
 *  "database": {"url": "jdbc:h2:file:./cact-data/cact", "user": null, "poolSize": 8},
 *  "maxBodyBytes": 10485760, "rateLimit": {"perSecond": 200, "burst": 400},
 *  "shutdownSeconds": 30, "accessLog": true, "retention": {"adaptiveSessionDays": 30}}
 * </pre>
 *
 * @param host the address to listen on (loopback by default)
 * @param port the port (0: any free port)
 * @param databaseUrl the JDBC URL: H2 file database by default, {@code jdbc:postgresql://...} in production
 * @param databaseUser the database user, or null
 * @param databasePassword the database password, or null
 * @param poolSize the most database connections
 * @param maxBodyBytes the largest request body
 * @param ratePerSecond requests per second per key
 * @param burst requests at once per key
 * @param shutdownSeconds how long a stop waits for requests in flight
 * @param accessLog whether to write the access log (standard error)
 * @param adminKey the bootstrap admin key's secret, or null to generate one on first start
 * @param sessionRetention how long an adaptive session is kept after its last change
 */
public record ServerConfig(String host, int port, String databaseUrl, String databaseUser, String databasePassword,
        int poolSize, long maxBodyBytes, double ratePerSecond, double burst, int shutdownSeconds, boolean accessLog,
        String adminKey, Duration sessionRetention) {

    /** The default JDBC URL: an H2 file database under ./cact-data, created on first start. */
    public static final String DEFAULT_DATABASE = "jdbc:h2:file:./cact-data/cact";

    /**
     * Returns the defaults, with the secrets from the environment.
     *
     * @param environment the environment variables
     * @return the settings
     */
    public static ServerConfig defaults(Map<String, String> environment) {
        return new ServerConfig("127.0.0.1", 8080, DEFAULT_DATABASE, null, environment.get("CACT_DB_PASSWORD"), 8,
                10L * 1024 * 1024, 200, 400, 30, true, environment.get("CACT_ADMIN_KEY"), SessionRetention.DEFAULT_PERIOD);
    }

    /**
     * Reads settings from JSON text over the defaults.
     *
     * @param json the file's text
     * @param source the file name, for messages
     * @param environment the environment variables
     * @return the settings
     * @throws DataFormatException naming the file and the JSON path of a bad value
     */
    public static ServerConfig parse(String json, String source, Map<String, String> environment) {
        ServerConfig d = defaults(environment);
        Field root;
        try {
            root = new Field("", new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new DataFormatException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        }
        try {
            root.object().allowOnly(Set.of("host", "port", "database", "maxBodyBytes", "rateLimit", "shutdownSeconds",
                    "accessLog", "retention"));
            Field database = root.get("database");
            String url = d.databaseUrl();
            String user = null;
            int poolSize = d.poolSize();
            if (database.present()) {
                database.allowOnly(Set.of("url", "user", "poolSize"));
                url = database.get("url").text(url);
                if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
                    throw Problem.invalidField(database.get("url").pointer(), "the URL '" + url
                            + "' is neither jdbc:h2: nor jdbc:postgresql:");
                }
                user = database.get("user").text(null);
                poolSize = database.get("poolSize").present() ? database.get("poolSize").integer(1, 200) : poolSize;
            }
            Field rate = root.get("rateLimit");
            double perSecond = d.ratePerSecond();
            double burst = d.burst();
            if (rate.present()) {
                rate.allowOnly(Set.of("perSecond", "burst"));
                perSecond = rate.get("perSecond").integer(1, 1_000_000);
                burst = rate.get("burst").integer(1, 1_000_000);
            }
            Field accessLog = root.get("accessLog");
            if (accessLog.present() && !accessLog.node().isBoolean()) {
                throw accessLog.expected("true or false");
            }
            Field retention = root.get("retention");
            Duration sessionRetention = d.sessionRetention();
            if (retention.present()) {
                retention.allowOnly(Set.of("adaptiveSessionDays"));
                Field days = retention.get("adaptiveSessionDays");
                if (days.present()) {
                    sessionRetention = Duration.ofDays(days.integer(1, 36_500));
                }
            }
            return new ServerConfig(root.get("host").text(d.host()),
                    root.get("port").present() ? root.get("port").integer(0, 65535) : d.port(), url, user,
                    d.databasePassword(), poolSize,
                    root.get("maxBodyBytes").present() ? root.get("maxBodyBytes").integer(1024, Integer.MAX_VALUE - 8)
                            : d.maxBodyBytes(),
                    perSecond, burst,
                    root.get("shutdownSeconds").present() ? root.get("shutdownSeconds").integer(0, 3600) : d.shutdownSeconds(),
                    accessLog.present() ? accessLog.node().booleanValue() : d.accessLog(), d.adminKey(), sessionRetention);
        } catch (Problem p) {
            throw DataFormatException.atJsonPath(source, "$" + String.valueOf(p.pointer()).replace('/', '.'), p.getMessage());
        }
    }

    /**
     * Returns these settings on another port and database, for tests and embedding.
     *
     * @param newPort the port
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @return the settings
     */
    public ServerConfig with(int newPort, String url, String user, String password) {
        return new ServerConfig(host, newPort, url, user, password, poolSize, maxBodyBytes, ratePerSecond, burst,
                shutdownSeconds, accessLog, adminKey, sessionRetention);
    }

    @Override
    public String toString() {
        return "ServerConfig[" + host + ":" + port + ", " + databaseUrl + "]";
    }
}

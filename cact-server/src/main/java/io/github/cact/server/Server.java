package io.github.cact.server;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cact.server.api.Api;
import io.github.cact.server.api.Services;
import io.github.cact.server.http.AccessLog;
import io.github.cact.server.http.ApiHandler;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.Database;
import io.github.cact.server.store.KeyStore;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The cact scoring service: Jetty on the configured address, the API's route groups, the database.
 * {@link #start} returns once the server accepts requests; {@link #close} stops accepting, lets the
 * requests in flight finish (up to the configured shutdown time), then closes the database.
 */
public final class Server implements AutoCloseable {

    private final org.eclipse.jetty.server.Server jetty;
    private final ServerConnector connector;
    private final Database database;
    private final Services services;
    private final Router router;

    private Server(org.eclipse.jetty.server.Server jetty, ServerConnector connector, Database database,
            Services services, Router router) {
        this.jetty = jetty;
        this.connector = connector;
        this.database = database;
        this.services = services;
        this.router = router;
    }

    /**
     * The server's JSON mapper: a duplicate member or a trailing token is an error, and a double is written
     * by Jackson's Schubfach writer (Giulietti 2020): the shortest decimal that reads back as the same double,
     * in the form of {@link Double#toString}, about four times faster than Java 17's {@link Double#toString}
     * (which writes a digit more for a few doubles).
     *
     * @return a new mapper
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
    }

    /**
     * Starts the server with the API's route groups.
     *
     * @param config the settings
     * @param out where the bootstrap admin key is printed, once, on the first start
     * @param err where the access log and internal errors go
     * @return the running server
     * @throws Exception if the database or the port cannot be used
     */
    public static Server start(ServerConfig config, PrintStream out, PrintStream err) throws Exception {
        return start(config, out, err, List.of());
    }

    /**
     * Starts the server with the API's route groups and more.
     *
     * @param config the settings
     * @param out where the bootstrap admin key is printed
     * @param err where the access log and internal errors go
     * @param extra further route groups, registered after the API's
     * @return the running server
     * @throws Exception if the database or the port cannot be used
     */
    public static Server start(ServerConfig config, PrintStream out, PrintStream err, List<RouteGroup> extra)
            throws Exception {
        Database database = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(),
                config.poolSize());
        Services services = null;
        try {
            ObjectMapper mapper = mapper();
            KeyStore keys = new KeyStore(database);
            bootstrap(keys, config, out);
            services = new Services(database, mapper, keys, config.sessionRetention(), err);
            Router router = new Router();
            List<RouteGroup> groups = new ArrayList<>(Api.groups(services));
            groups.addAll(extra);
            for (RouteGroup group : groups) {
                group.register(router);
            }
            QueuedThreadPool threads = new QueuedThreadPool(200, 8);
            threads.setName("cact-http");
            org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            jetty.addConnector(connector);
            AccessLog accessLog = config.accessLog() ? new AccessLog(err) : AccessLog.OFF;
            jetty.setHandler(new GracefulHandler(new ApiHandler(router, keys, mapper, accessLog, err,
                    config.maxBodyBytes(), config.ratePerSecond(), config.burst())));
            jetty.setStopTimeout(config.shutdownSeconds() * 1000L);
            jetty.setStopAtShutdown(false);
            jetty.start();
            return new Server(jetty, connector, database, services, router);
        } catch (Exception | Error e) {
            if (services != null) {
                services.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * On the first start (no active key), stores the admin key: the one configured in
     * {@code CACT_ADMIN_KEY}, or a new one printed once on {@code out}.
     */
    private static void bootstrap(KeyStore keys, ServerConfig config, PrintStream out) throws SQLException {
        if (keys.activeCount() > 0) {
            return;
        }
        if (config.adminKey() != null) {
            if (config.adminKey().length() < 32) {
                throw new IllegalArgumentException("CACT_ADMIN_KEY has " + config.adminKey().length()
                        + " characters; use at least 32 random ones");
            }
            keys.store(config.adminKey(), Role.ADMIN, "bootstrap admin key (CACT_ADMIN_KEY)");
            out.println("cact-server: stored the admin key from CACT_ADMIN_KEY");
            return;
        }
        Map.Entry<String, String> created = keys.create(Role.ADMIN, "bootstrap admin key");
        out.println("cact-server: first start: the admin key is " + created.getKey());
        out.println("cact-server: it is shown only now; keep it safe (only its SHA-256 is stored)");
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the local port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Returns the routes, for the OpenAPI check.
     *
     * @return the router
     */
    public Router router() {
        return router;
    }

    /**
     * Waits until the server stops.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /**
     * Stops gracefully: no new connections, requests in flight finish, the runs still queued are written,
     * then the database closes.
     *
     * @throws IllegalStateException if Jetty fails to stop
     */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        } finally {
            try {
                services.close();
            } finally {
                database.close();
            }
        }
    }
}

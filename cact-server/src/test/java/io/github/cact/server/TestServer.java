package io.github.cact.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cact.server.http.RouteGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A server for one test on a fresh database: an H2 file database in a temporary directory, or a fresh
 * schema of the PostgreSQL database named by the system property {@value #POSTGRES_PROPERTY} or the
 * environment variable {@value #POSTGRES_VARIABLE} (set by .ci/run; without either PostgreSQL tests are
 * skipped). Captures the access log and error stream.
 */
final class TestServer implements AutoCloseable {

    /** The system property with the JDBC URL of a PostgreSQL database for tests. */
    static final String POSTGRES_PROPERTY = "cact.test.postgres.url";

    /** The environment variable with that URL, when the property is not set. */
    static final String POSTGRES_VARIABLE = "CACT_TEST_POSTGRES_URL";

    static final String ADMIN_KEY = "cact_test-admin-key-0123456789abcdefghijklmnop";
    static final ObjectMapper JSON = new ObjectMapper();

    final Server server;
    final String url;
    private final ByteArrayOutputStream err;
    private final ByteArrayOutputStream out;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(Server server, String url, ByteArrayOutputStream err, ByteArrayOutputStream out) {
        this.server = server;
        this.url = url;
        this.err = err;
        this.out = out;
    }

    /** The JDBC URL of the PostgreSQL database for tests, or null. */
    static String postgresUrl() {
        String url = System.getProperty(POSTGRES_PROPERTY);
        return url != null ? url : System.getenv(POSTGRES_VARIABLE);
    }

    /** The databases to test on: always h2, and postgres when its URL is given. */
    static List<String> databases() {
        List<String> databases = new ArrayList<>(List.of("h2"));
        if (postgresUrl() != null) {
            databases.add("postgres");
        }
        return databases;
    }

    /** A fresh database's JDBC URL. */
    static String freshDatabase(String database, Path directory) {
        if (database.equals("h2")) {
            return "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
        }
        String base = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the PostgreSQL of " + POSTGRES_PROPERTY, e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The defaults with the test admin key and no practical rate limit. */
    static ServerConfig unlimited() {
        ServerConfig d = ServerConfig.defaults(Map.of("CACT_ADMIN_KEY", ADMIN_KEY));
        return new ServerConfig(d.host(), 0, d.databaseUrl(), null, null, d.poolSize(), d.maxBodyBytes(), 1e6, 1e6,
                d.shutdownSeconds(), true, d.adminKey(), d.sessionRetention());
    }

    /** A server on a fresh database with the test admin key and no practical rate limit. */
    static TestServer start(String database, Path directory, RouteGroup... extra) throws Exception {
        return start(freshDatabase(database, directory), unlimited(), extra);
    }

    static TestServer start(String url, ServerConfig base, RouteGroup... extra) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Server server = Server.start(base.with(0, url, null, null), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(extra));
        return new TestServer(server, url, err, out);
    }

    /** Everything the server wrote on its error stream (access log, internal errors). */
    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Everything the server wrote on its output stream. */
    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A response: status, headers, body. */
    record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response send(String method, String path, String key, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), response);
    }

    Response admin(String method, String path, String body, String... headers) throws Exception {
        return send(method, path, ADMIN_KEY, body, headers);
    }

    @Override
    public void close() {
        server.close();
    }
}

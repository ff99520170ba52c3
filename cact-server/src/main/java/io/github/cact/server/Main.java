package io.github.cact.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the server until the process is stopped (SIGTERM, Ctrl-C), then stops it gracefully. Reached by
 * {@code cact serve [--config server.json]}.
 */
public final class Main {

    /**
     * H2's cache of values (on unless this system property says otherwise) looks every string parameter up
     * by its hash, so each stored result's text (a few kilobytes) was hashed once more for a cache that
     * never finds it. The property is read once per JVM, when H2 is loaded, so only the server's own
     * process turns it off, unless it is set: an application that embeds the server keeps H2's setting.
     */
    static final String H2_OBJECT_CACHE = "h2.objectCache";

    private Main() {
    }

    /**
     * Serves until the JVM shuts down, in a process of its own (it turns H2's value cache off for the whole
     * JVM, {@link #H2_OBJECT_CACHE}).
     *
     * @param config the settings file, or null for the defaults
     * @param out where the start message and the bootstrap key go
     * @param err where the access log goes
     * @throws Exception if the server cannot start
     */
    public static void serve(Path config, PrintStream out, PrintStream err) throws Exception {
        if (System.getProperty(H2_OBJECT_CACHE) == null) {
            System.setProperty(H2_OBJECT_CACHE, "false");
        }
        ServerConfig settings = config == null ? ServerConfig.defaults(System.getenv())
                : ServerConfig.parse(Files.readString(config, StandardCharsets.UTF_8), config.toString(), System.getenv());
        Server server = Server.start(settings, out, err);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cact-server-shutdown"));
        out.println("cact-server: listening on http://" + settings.host() + ":" + server.port() + " (database "
                + settings.databaseUrl() + "); stop with Ctrl-C");
        server.join();
    }

    /**
     * Runs {@code [--config server.json]}.
     *
     * @param args the arguments
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        Path config = null;
        if (args.length == 2 && args[0].equals("--config")) {
            config = Path.of(args[1]);
        } else if (args.length != 0) {
            throw new IOException("usage: [--config server.json]");
        }
        serve(config, System.out, System.err);
    }
}

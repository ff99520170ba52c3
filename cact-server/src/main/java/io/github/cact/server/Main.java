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

    private Main() {
    }

    /**
     * Serves until the JVM shuts down.
     *
     * @param config the settings file, or null for the defaults
     * @param out where the start message and the bootstrap key go
     * @param err where the access log goes
     * @throws Exception if the server cannot start
     */
    public static void serve(Path config, PrintStream out, PrintStream err) throws Exception {
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

package io.github.cact.cli;

import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact serve}: runs the scoring service of the cact-server module until the process is stopped.
 * The server is looked up by name when the command runs, so the command line does not link against it:
 * no other command loads a class of the server, its HTTP stack or its database drivers.
 */
final class ServeCommand implements CactCommand {

    /** The server's entry point, in the cact-server module. */
    static final String SERVER_MAIN = "io.github.cact.server.Main";

    private Path config;

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "serve",
                "Run the scoring service (HTTP API, see docs/server.md) until stopped (Ctrl-C, SIGTERM).",
                "Without --config: 127.0.0.1:8080 and an H2 database in ./cact-data; the first start prints the admin key.");
        d.option("--config", Path.class, v -> config = v).paramLabel("server.json")
                .description("Server settings (address, database URL, limits).");
        return d.spec();
    }

    @Override
    public Integer call() throws Exception {
        if (config != null) {
            Inputs.existing(config, "--config");
        }
        MethodHandle serve;
        try {
            serve = MethodHandles.publicLookup().findStatic(Class.forName(SERVER_MAIN), "serve",
                    MethodType.methodType(void.class, Path.class, PrintStream.class, PrintStream.class));
        } catch (ClassNotFoundException e) {
            throw new EnvironmentException("this build of cact has no server (" + SERVER_MAIN + " is missing)");
        }
        try {
            serve.invoke(config, System.out, System.err);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return ExitCodes.OK;
    }
}

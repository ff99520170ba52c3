package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar cact-cli/target/cact.jar}: the command tree and the exit-code
 * contract (see {@link ExitCodes}). User errors print one line on stderr, never a stack trace.
 */
@Command(name = "cact", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Calibrated scoring, competency levels, Job-Person-Match and nine-box placement"
                + " for the ASN Computer Assisted Competency Test.",
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL,
        subcommands = {CommandLine.HelpCommand.class, SimulateCommand.class, NineBoxCommand.class, JpmCommand.class, MatchCommand.class, ScoreCommand.class, ProfileCommand.class, CalibrateCommand.class,
                LinkCommand.class, ReportCommand.class, DemoCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args command-line arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new Main())
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(errWriter)
                .setExecutionExceptionHandler((e, command, parsed) -> handle(e, errWriter));
        return cli.execute(args);
    }

    private static int handle(Exception e, PrintWriter err) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof DataFormatException) {
            err.println("cact: bad input: " + cause.getMessage());
            return ExitCodes.DATA;
        }
        if (cause instanceof UsageException) {
            err.println("cact: " + cause.getMessage());
            return ExitCodes.USAGE;
        }
        if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
            err.println("cact: file not found: " + cause.getMessage());
            return ExitCodes.USAGE;
        }
        if (cause instanceof AccessDeniedException) {
            err.println("cact: access denied: " + cause.getMessage());
            return ExitCodes.USAGE;
        }
        if (cause instanceof IllegalArgumentException) {
            err.println("cact: bad input: " + cause.getMessage());
            return ExitCodes.DATA;
        }
        if (cause instanceof java.io.IOException) {
            err.println("cact: cannot read or write: " + cause.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("cact: internal error, please report it:");
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest, falling back to the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cact " + (version == null ? "0.1.0-SNAPSHOT" : version)};
        }
    }
}

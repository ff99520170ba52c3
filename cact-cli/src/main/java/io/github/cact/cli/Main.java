package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Entry point of {@code java -jar cact-cli/target/cact.jar}: the command tree and the exit-code
 * contract (see {@link ExitCodes}). User errors print one line on stderr, never a stack trace; only a
 * bug (exit 1) prints a trace, cut to its first frames.
 */
public final class Main implements Runnable {

    /** The frames printed per exception of a bug's trace. */
    private static final int TRACE_LINES = 30;

    /** The system property naming the built-in converters that picocli leaves out (regular expressions). */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * The converters of {@code java.time} and {@code java.sql} types, which no option has: left out, picocli
     * does not load those classes and look up their factory methods by reflection at every start.
     */
    private static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    /** Every command's name, in the order of the help. */
    static final List<String> COMMANDS = List.of("help", "simulate", "ninebox", "jpm", "match", "score", "profile",
            "calibrate", "link", "report", "demo", "key", "analyze", "cat-simulate", "cat-exposure", "serve");

    private CommandSpec spec;

    /**
     * Declares the top command: its description, the standard help and version options and the exit codes
     * of picocli's own errors.
     *
     * @return the specification, without subcommands
     */
    CommandSpec spec() {
        spec = Declaration.command(this, "cact", "Calibrated scoring, competency levels, Job-Person-Match and"
                + " nine-box placement for the ASN Computer Assisted Competency Test.").spec()
                .versionProvider(new Version()).exitCodeOnInvalidInput(ExitCodes.USAGE)
                .exitCodeOnExecutionException(ExitCodes.INTERNAL);
        return spec;
    }

    /**
     * Runs the command line and exits with its code. Only this process-wide entry point leaves picocli's
     * unused converters out (a system property, which a host that embeds the library keeps to itself).
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
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
        CommandLine cli = new CommandLine(new Main().spec());
        for (String command : commandsFor(args)) {
            cli.addSubcommand(command, declare(command));
        }
        cli
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(errWriter)
                .setParameterExceptionHandler(new UsageErrors(errWriter))
                .setExecutionExceptionHandler(new Failures(errWriter));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            errWriter.println("cact: not enough memory for this input; give Java more with -Xmx (e.g. java -Xmx8g -jar ...)");
            return ExitCodes.ENVIRONMENT;
        } catch (Error e) {
            return internal(e, errWriter);
        }
    }

    /**
     * The commands to build for these arguments: only what the run can reach, the command that the first
     * argument names, none for a lone version request, and all of them otherwise (the help lists them, a
     * mistyped name is matched against them).
     */
    static List<String> commandsFor(String[] args) {
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            return List.of();
        }
        if (args.length > 0 && !args[0].equals("help") && COMMANDS.contains(args[0])) {
            return List.of(args[0]);
        }
        return COMMANDS;
    }

    /**
     * Declares a command; picocli's own {@code help} command is the only one read from annotations.
     *
     * @param name one of {@link #COMMANDS}
     * @return its specification
     */
    static CommandSpec declare(String name) {
        return switch (name) {
            case "help" -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand());
            case "simulate" -> new SimulateCommand().spec();
            case "ninebox" -> new NineBoxCommand().spec();
            case "jpm" -> new JpmCommand().spec();
            case "match" -> new MatchCommand().spec();
            case "score" -> new ScoreCommand().spec();
            case "profile" -> new ProfileCommand().spec();
            case "calibrate" -> new CalibrateCommand().spec();
            case "link" -> new LinkCommand().spec();
            case "report" -> new ReportCommand().spec();
            case "demo" -> new DemoCommand().spec();
            case "key" -> new KeyCommand().spec();
            case "analyze" -> new AnalyzeCommand().spec();
            case "cat-simulate" -> new CatSimulateCommand().spec();
            case "cat-exposure" -> new CatExposureCommand().spec();
            case "serve" -> new ServeCommand().spec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /**
     * Prints picocli's complaint about the command line on one line, with where to find the help; exit code
     * {@link ExitCodes#USAGE}. A class rather than a lambda, as is {@link Failures}: a lambda of a picocli
     * interface is spun at every start (the class-data-sharing archive cannot hold it), with the method-handle
     * machinery that takes.
     */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {

        private final PrintWriter err;

        UsageErrors(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            err.println("cact: " + oneLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        }
    }

    /** Maps what a command threw to its exit code ({@link #handle}). */
    private static final class Failures implements CommandLine.IExecutionExceptionHandler {

        private final PrintWriter err;

        Failures(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            return handle(e, err);
        }
    }

    /**
     * Maps what a command threw to its exit code and prints one line; a bug (exit 1) also gets the trace.
     */
    private static int handle(Exception e, PrintWriter err) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof DataFormatException) {
            err.println("cact: bad input: " + oneLine(cause.getMessage()));
            return ExitCodes.DATA;
        }
        if (cause instanceof UsageException) {
            err.println("cact: " + oneLine(cause.getMessage()));
            return ExitCodes.USAGE;
        }
        if (cause instanceof EnvironmentException) {
            err.println("cact: " + oneLine(cause.getMessage()));
            return ExitCodes.ENVIRONMENT;
        }
        if (cause instanceof CharacterCodingException) {
            err.println("cact: bad input: a file is not valid UTF-8 text (" + oneLine(cause.getMessage())
                    + "); save it as UTF-8");
            return ExitCodes.DATA;
        }
        if (cause instanceof FileSystemException f) {
            err.println("cact: " + oneLine(describe(f)));
            return ExitCodes.ENVIRONMENT;
        }
        if (cause instanceof IOException) {
            err.println("cact: cannot read or write: " + oneLine(cause.getMessage()));
            return ExitCodes.ENVIRONMENT;
        }
        if (cause instanceof IllegalArgumentException) {
            err.println("cact: bad input: " + oneLine(cause.getMessage()));
            return ExitCodes.DATA;
        }
        return internal(e, err);
    }

    private static String describe(FileSystemException e) {
        String reason = e.getReason();
        if (reason == null) {
            reason = e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists" : e.getClass().getSimpleName();
        }
        return "cannot use " + e.getFile() + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile()) + ": " + reason;
    }

    /** Prints a bug's report: the exception and at most {@value #TRACE_LINES} frames of each cause. */
    private static int internal(Throwable e, PrintWriter err) {
        err.println("cact: internal error, please report it:");
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println((t == e ? "" : "caused by: ") + t);
            StackTraceElement[] trace = t.getStackTrace();
            for (int k = 0; k < Math.min(TRACE_LINES, trace.length); k++) {
                err.println("\tat " + trace[k]);
            }
            if (trace.length > TRACE_LINES) {
                err.println("\t... " + (trace.length - TRACE_LINES) + " more");
            }
        }
        return ExitCodes.INTERNAL;
    }

    /** A message on one line: line breaks (e.g. from a quoted cell) become a visible {@code \n}. */
    static String oneLine(String message) {
        return String.valueOf(message).replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
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

package io.github.cact.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar cact-cli/target/cact.jar}. */
@Command(name = "cact", mixinStandardHelpOptions = true, version = "cact 0.1.0-SNAPSHOT",
        description = "Calibrated scoring, competency levels, Job-Person-Match and nine-box placement.")
public final class Main implements Runnable {

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

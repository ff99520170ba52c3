package io.github.cact.cli;

import picocli.CommandLine.Option;

/** The {@code --quiet} option every command shares: no summary and no progress bar. */
final class Quiet {

    @Option(names = "--quiet", description = "Print nothing on success: no summary, no progress bar.")
    private boolean quiet;

    boolean on() {
        return quiet;
    }
}

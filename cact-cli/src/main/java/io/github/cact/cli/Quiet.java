package io.github.cact.cli;

/** The {@code --quiet} option every command shares: no summary and no progress bar. */
final class Quiet {

    private boolean quiet;

    /**
     * Declares these options in a command.
     *
     * @param d the command's declaration
     */
    void declare(Declaration d) {
        d.option("--quiet", boolean.class, v -> quiet = v)
                .description("Print nothing on success: no summary, no progress bar.");
    }

    boolean on() {
        return quiet;
    }
}

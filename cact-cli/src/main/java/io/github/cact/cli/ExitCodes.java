package io.github.cact.cli;

/**
 * The exit codes of {@code cact}: a contract that scripts depend on.
 */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** An unexpected internal error (a bug): the only case that prints a stack trace. */
    static final int INTERNAL = 1;
    /** Bad usage: unknown command or option, missing or malformed option value, missing file. */
    static final int USAGE = 2;
    /** Bad input data: the message names file, line and column. */
    static final int DATA = 3;
    /** Calibration did not converge; results were still written and flagged. */
    static final int NOT_CONVERGED = 4;

    private ExitCodes() {
    }
}

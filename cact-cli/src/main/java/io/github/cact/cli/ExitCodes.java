package io.github.cact.cli;

/**
 * The exit codes of {@code cact}: a contract that scripts depend on.
 */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** An unexpected internal error (a bug): the only case that prints a stack trace. */
    static final int INTERNAL = 1;
    /**
     * Bad usage: unknown command or option, missing or out-of-range option value, an output that names an
     * input or another output.
     */
    static final int USAGE = 2;
    /** Bad input data: the message names file, line and column (or JSON path). */
    static final int DATA = 3;
    /** Calibration did not converge; results were still written and flagged. */
    static final int NOT_CONVERGED = 4;
    /**
     * The environment cannot carry the run: an input missing or unreadable, an output directory missing or
     * unwritable, any other file-system failure (the message names the path), or too little memory (the
     * message says how to give Java more).
     */
    static final int ENVIRONMENT = 5;

    private ExitCodes() {
    }
}

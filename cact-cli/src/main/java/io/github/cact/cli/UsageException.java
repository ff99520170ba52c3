package io.github.cact.cli;

/**
 * A user error in how the command was called (exit code 2): an option value out of its range, an output
 * that names an input.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

package io.github.cact.cli;

/** A user error in how the command was called (exit code 2), e.g. a file that does not exist. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

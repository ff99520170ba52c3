package io.github.cact.cli;

/**
 * A file the command needs cannot be used (exit code 5): an input that is missing or unreadable, an
 * output directory that does not exist or does not accept files. The message names the option and path.
 */
final class EnvironmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EnvironmentException(String message) {
        super(message);
    }
}

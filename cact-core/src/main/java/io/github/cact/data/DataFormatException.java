package io.github.cact.data;

import java.util.Objects;

/**
 * Malformed input data, located: the source (usually a file name), the 1-based line and column, and
 * what was wrong and what was expected. The message carries all of it, so that a user can fix the file.
 *
 * <p>Line or column is 0 where it does not apply (e.g. an empty file has no line).
 */
public final class DataFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    /**
     * Creates an exception for a place in a source.
     *
     * @param source the file name or other description of the input
     * @param line the 1-based line, or 0 if none applies
     * @param column the 1-based column, or 0 if none applies
     * @param problem what is wrong and what was expected
     */
    public DataFormatException(String source, int line, int column, String problem) {
        super(describe(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    private static String describe(String source, int line, int column, String problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
        StringBuilder place = new StringBuilder(source);
        if (line > 0) {
            place.append(", line ").append(line);
        }
        if (column > 0) {
            place.append(", column ").append(column);
        }
        return place.append(": ").append(problem).toString();
    }

    /**
     * Returns the source of the data.
     *
     * @return the file name or other description of the input
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line of the error.
     *
     * @return the 1-based line, or 0 if none applies
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the error.
     *
     * @return the 1-based column, or 0 if none applies
     */
    public int column() {
        return column;
    }
}

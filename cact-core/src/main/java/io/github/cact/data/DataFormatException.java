package io.github.cact.data;

import java.util.Locale;
import java.util.Objects;

/**
 * Malformed input data, located: the source (usually a file name), then either the 1-based line and
 * column or the JSON path ({@code $.potentialBands.highFrom}), and what was wrong and what was
 * expected. The message carries all of it, so that a user can fix the file.
 *
 * <p>The message is one line: control characters in it (a line break inside a quoted cell that it
 * quotes, say) are escaped as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}.
 *
 * <p>Line or column is 0 where it does not apply (e.g. an empty file has no line); the JSON path is
 * empty where it does not apply.
 */
public final class DataFormatException extends IllegalArgumentException {

    /**
     * How to fix a file that is not UTF-8, appended to every invalid-UTF-8 message (see
     * {@link #invalidUtf8}).
     */
    public static final String UTF8_ADVICE = "the file must be UTF-8: in Excel save as 'CSV UTF-8', or convert"
            + " with iconv -f WINDOWS-1252 -t UTF-8";

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String jsonPath;

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
        this.jsonPath = "";
    }

    private DataFormatException(String source, String jsonPath, String problem) {
        super(oneLine(Objects.requireNonNull(source, "source") + ", " + Objects.requireNonNull(jsonPath, "jsonPath")
                + ": " + Objects.requireNonNull(problem, "problem")));
        this.source = source;
        this.line = 0;
        this.column = 0;
        this.jsonPath = jsonPath;
    }

    /**
     * Creates an exception for a value in a JSON document; the message reads
     * {@code "config.json, $.potentialBands.highFrom: problem"}.
     *
     * @param source the file name or other description of the input
     * @param jsonPath where the value is, from the root {@code $}, e.g. {@code $.items[3].a}
     * @param problem what is wrong, the offending value and what was expected
     * @return the exception, for the caller to throw
     */
    public static DataFormatException atJsonPath(String source, String jsonPath, String problem) {
        return new DataFormatException(source, jsonPath, problem);
    }

    /**
     * Creates the exception for bytes that are not UTF-8, with the advice {@link #UTF8_ADVICE}: e.g.
     * {@code "people.csv, line 3, column 14: invalid UTF-8 (byte 0xE9); the file must be UTF-8: ..."}.
     *
     * @param source the file name or other description of the input
     * @param line the 1-based line of the bad byte
     * @param column the 1-based column of the character at which the bad byte starts
     * @param badByte the first byte that is not valid UTF-8, 0..255
     * @return the exception, for the caller to throw
     */
    public static DataFormatException invalidUtf8(String source, int line, int column, int badByte) {
        return new DataFormatException(source, line, column, String.format(Locale.ROOT,
                "invalid UTF-8 (byte 0x%02X); %s", badByte & 0xFF, UTF8_ADVICE));
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
        return oneLine(place.append(": ").append(problem).toString());
    }

    /** Escapes control characters (e.g. a line break inside a quoted cell) so that the message is one line. */
    private static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
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

    /**
     * Returns the JSON path of the error.
     *
     * @return the path from the root {@code $}, e.g. {@code $.items[3].a}, or empty if none applies
     */
    public String jsonPath() {
        return jsonPath;
    }
}

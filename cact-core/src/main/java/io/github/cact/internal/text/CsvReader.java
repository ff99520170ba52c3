package io.github.cact.internal.text;

import io.github.cact.data.DataFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A streaming reader of delimited text as written by spreadsheets: UTF-8 with or without a byte-order
 * mark, LF, CRLF or CR line ends, RFC 4180 quoting ({@code "a,b"}, {@code ""} for a quote, a line break
 * inside quotes kept as it is in the file), and {@code ,},
 * {@code ;} or tab as separator, detected from the header row (the separator that occurs most often
 * outside quotes; a comma when none does). Cells are stripped of surrounding blanks. Entirely empty
 * lines are not records and are passed over; every other line is a record, never skipped.
 *
 * <p>Bounded: a record longer than {@link InputLimits#MAX_LINE_CHARS} characters, with more than
 * {@link InputLimits#MAX_COLUMNS} cells, or with a cell longer than {@link InputLimits#MAX_CELL_CHARS}
 * characters is refused with a located {@link DataFormatException}, before it is held in memory. Files
 * are decoded strictly as UTF-8 ({@link Utf8Input}).
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class CsvReader implements Closeable {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int bufferPos;
    private int bufferEnd;
    private int recordChars;
    private boolean cellBlank = true;
    private final String source;
    private final char separator;
    private final List<String> header;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int nextLine = 1;
    private int recordLine;
    /** The line end that closed the last physical line read: LF, CR, CRLF, or empty at the end of the input. */
    private String lineEnd = "";

    private CsvReader(Reader reader, String source) throws IOException {
        this.in = Objects.requireNonNull(reader, "reader");
        this.source = Objects.requireNonNull(source, "source");
        String first = readPhysicalLine();
        if (first != null && !first.isEmpty() && first.charAt(0) == '\uFEFF') {
            first = first.substring(1);
        }
        while (first != null && first.isEmpty()) {
            first = readPhysicalLine();
        }
        if (first == null) {
            throw new DataFormatException(source, 0, 0, "the file is empty; expected a header row");
        }
        this.separator = detectSeparator(first);
        this.recordLine = nextLine - 1;
        parseRecord(first);
        this.header = List.copyOf(fields);
    }

    /**
     * Opens a UTF-8 file and reads its header row.
     *
     * @param path the file
     * @return a reader positioned after the header
     * @throws IOException if the file cannot be read
     * @throws DataFormatException if the file is empty or its header malformed, or (then or later) if a
     *     byte is not UTF-8
     */
    public static CsvReader open(Path path) throws IOException {
        InputStream stream = Files.newInputStream(path);
        try {
            String source = String.valueOf(path.getFileName());
            return new CsvReader(Utf8Input.of(stream, source), source);
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * Reads the header row from a character stream.
     *
     * @param reader the text; closed by {@link #close()}
     * @param source the name used in error messages
     * @return a reader positioned after the header
     * @throws IOException if the stream cannot be read
     * @throws DataFormatException if the stream is empty
     */
    public static CsvReader of(Reader reader, String source) throws IOException {
        return new CsvReader(reader, source);
    }

    /**
     * Returns the name used in error messages.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the separator detected from the header.
     *
     * @return {@code ','}, {@code ';'} or {@code '\t'}
     */
    public char separator() {
        return separator;
    }

    /**
     * Returns the header cells, stripped.
     *
     * @return an unmodifiable list
     */
    public List<String> header() {
        return header;
    }

    /**
     * Advances to the next record.
     *
     * @return false at the end of the input
     * @throws IOException if the stream cannot be read
     */
    public boolean next() throws IOException {
        String text = readPhysicalLine();
        while (text != null && text.isEmpty()) {
            text = readPhysicalLine();
        }
        if (text == null) {
            return false;
        }
        recordLine = nextLine - 1;
        parseRecord(text);
        return true;
    }

    /**
     * Returns the line on which the current record starts.
     *
     * @return the 1-based line number
     */
    public int line() {
        return recordLine;
    }

    /**
     * Returns the number of cells in the current record.
     *
     * @return the cell count
     */
    public int size() {
        return fields.size();
    }

    /**
     * Returns a cell of the current record, stripped of surrounding blanks.
     *
     * @param column the 0-based column
     * @return the cell text, possibly empty
     */
    public String get(int column) {
        return fields.get(column);
    }

    /**
     * Reads a cell of the current record as a finite number; in {@code ;}-separated files, as Indonesian
     * spreadsheets write them, a decimal comma is accepted.
     *
     * @param column the 0-based column
     * @param subject what the cell holds, for the message (e.g. {@code "item 'Q1': a"})
     * @return the value
     * @throws DataFormatException naming the place, the subject and the text if the cell is not a finite
     *     number
     */
    public double finiteNumber(int column, String subject) {
        String text = fields.get(column);
        String decimal = separator == ';' ? text.replace(',', '.') : text;
        try {
            double value = Double.parseDouble(decimal);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(column, subject + " = '" + text + "' is not a finite number");
    }

    /**
     * Builds an error located at a cell of the current record.
     *
     * @param column the 0-based column, or -1 for the whole record
     * @param problem what is wrong and what was expected
     * @return the exception, for the caller to throw
     */
    public DataFormatException error(int column, String problem) {
        return new DataFormatException(source, recordLine, column + 1, problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads up to the next LF, CR or CRLF, which it keeps in {@link #lineEnd}; null at the end of the input. */
    private String readPhysicalLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (bufferPos == bufferEnd) {
                bufferEnd = in.read(buffer, 0, buffer.length);
                bufferPos = 0;
                if (bufferEnd <= 0) {
                    bufferEnd = 0;
                    if (line == null) {
                        return null;
                    }
                    nextLine++;
                    lineEnd = "";
                    return line.toString();
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int start = bufferPos;
            while (bufferPos < bufferEnd && buffer[bufferPos] != '\n' && buffer[bufferPos] != '\r') {
                bufferPos++;
            }
            if (line.length() + (bufferPos - start) > InputLimits.MAX_LINE_CHARS) {
                throw new DataFormatException(source, nextLine, 0, "the line is longer than "
                        + InputLimits.MAX_LINE_CHARS + " characters");
            }
            line.append(buffer, start, bufferPos - start);
            if (bufferPos < bufferEnd) {
                char end = buffer[bufferPos++];
                lineEnd = end == '\r' ? skipLineFeed() : "\n";
                nextLine++;
                return line.toString();
            }
        }
    }

    /** Passes over the LF of a CRLF; returns the line end read, CR or CRLF. */
    private String skipLineFeed() throws IOException {
        if (bufferPos == bufferEnd) {
            bufferEnd = Math.max(0, in.read(buffer, 0, buffer.length));
            bufferPos = 0;
        }
        if (bufferPos < bufferEnd && buffer[bufferPos] == '\n') {
            bufferPos++;
            return "\r\n";
        }
        return "\r";
    }

    private static char detectSeparator(String headerLine) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private void parseRecord(String first) throws IOException {
        fields.clear();
        cell.setLength(0);
        cellBlank = true;
        String text = first;
        recordChars = first.length();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String lineBreak = lineEnd;
                String more = readPhysicalLine();
                if (more == null) {
                    throw new DataFormatException(source, recordLine, fields.size() + 1,
                            "a quoted cell is not closed before the end of the file");
                }
                recordChars += more.length() + lineBreak.length();
                if (recordChars > InputLimits.MAX_LINE_CHARS) {
                    throw new DataFormatException(source, recordLine, fields.size() + 1, "the record (a quoted cell"
                            + " spans lines) is longer than " + InputLimits.MAX_LINE_CHARS + " characters");
                }
                for (int k = 0; k < lineBreak.length(); k++) {
                    appendToCell(lineBreak.charAt(k));
                }
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        appendToCell('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    appendToCell(c);
                }
            } else if (c == separator) {
                endCell(wasQuoted);
                wasQuoted = false;
            } else if (c == '"' && cellBlank) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                appendToCell(c);
            }
        }
        endCell(wasQuoted);
    }

    private void appendToCell(char c) {
        if (cell.length() == InputLimits.MAX_CELL_CHARS) {
            throw new DataFormatException(source, recordLine, fields.size() + 1, "the cell is longer than "
                    + InputLimits.MAX_CELL_CHARS + " characters");
        }
        cell.append(c);
        cellBlank &= Character.isWhitespace(c);
    }

    private void endCell(boolean wasQuoted) {
        if (fields.size() == InputLimits.MAX_COLUMNS) {
            throw new DataFormatException(source, recordLine, fields.size() + 1, "the record has more than "
                    + InputLimits.MAX_COLUMNS + " cells");
        }
        fields.add(wasQuoted ? cell.toString() : cell.toString().strip());
        cell.setLength(0);
        cellBlank = true;
    }

    @Override
    public String toString() {
        return "CsvReader[" + source + ", separator " + (separator == '\t' ? "tab" : String.valueOf(separator)) + "]";
    }
}

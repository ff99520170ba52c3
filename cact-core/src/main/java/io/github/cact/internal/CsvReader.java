package io.github.cact.internal;

import io.github.cact.data.DataFormatException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A streaming reader of delimited text as written by spreadsheets: UTF-8 with or without a byte-order
 * mark, LF or CRLF line ends, RFC 4180 quoting ({@code "a,b"}, {@code ""} for a quote), and {@code ,},
 * {@code ;} or tab as separator, detected from the header row (the separator that occurs most often
 * outside quotes; a comma when none does). Cells are stripped of surrounding blanks. Entirely empty
 * lines are not records and are passed over; every other line is a record, never skipped.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class CsvReader implements Closeable {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private final BufferedReader in;
    private final String source;
    private final char separator;
    private final List<String> header;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int nextLine = 1;
    private int recordLine;

    private CsvReader(Reader reader, String source) throws IOException {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
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
     * @throws DataFormatException if the file is empty
     */
    public static CsvReader open(Path path) throws IOException {
        InputStream stream = Files.newInputStream(path);
        try {
            return new CsvReader(new InputStreamReader(stream, StandardCharsets.UTF_8),
                    String.valueOf(path.getFileName()));
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

    private String readPhysicalLine() throws IOException {
        String line = in.readLine();
        if (line != null) {
            nextLine++;
        }
        return line;
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
        String text = first;
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = readPhysicalLine();
                if (more == null) {
                    throw new DataFormatException(source, recordLine, fields.size() + 1,
                            "a quoted cell is not closed before the end of the file");
                }
                cell.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                endCell(wasQuoted);
                wasQuoted = false;
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                cell.append(c);
            }
        }
        endCell(wasQuoted);
    }

    private void endCell(boolean wasQuoted) {
        fields.add(wasQuoted ? cell.toString() : cell.toString().strip());
        cell.setLength(0);
    }

    @Override
    public String toString() {
        return "CsvReader[" + source + ", separator " + (separator == '\t' ? "tab" : String.valueOf(separator)) + "]";
    }
}

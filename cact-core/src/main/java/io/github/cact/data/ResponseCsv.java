package io.github.cact.data;

import io.github.cact.internal.text.CsvCells;
import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@link ResponseMatrix response matrices} as delimited text.
 *
 * <p><b>Response files</b> ({@link #read(Reader, String)}): a header row whose first cell names the examinee
 * id column (any name) and whose other cells are the item ids; then one row per examinee: the id, then one
 * cell per item. A cell is an integer category {@code 0..K-1} written with ASCII digits only, or missing:
 * empty or {@code NA} (any case). UTF-8 with or without a byte-order mark (any other byte sequence is refused,
 * located), LF, CR or CRLF line ends, {@code ,} or {@code ;} or tab as separator (detected from the header:
 * the one that occurs most often outside quotes in its first line), RFC 4180 quotes; cells are stripped of
 * surrounding blanks and empty lines are passed over. A record holds at most 16 MiB. Response files are
 * parsed from their bytes (a file mapped into memory, except on Windows), in parallel blocks for large
 * files; the heap holds the matrix (one byte per cell), the examinee ids as UTF-8 bytes (and 2 bytes for
 * the end of each when their lengths vary), a table of about 5 bytes per examinee to find repeated ids
 * unless the ids rise in the order of their bytes, and a buffer of about 1.25 MiB per thread.
 *
 * <p><b>Pattern files</b> ({@link #readPatterns(Reader, String)}): the item ids then a last column named
 * {@code count}, no id column; each row is a response pattern that stands for {@code count} examinees.
 *
 * <p>Nothing is skipped: every malformed input is refused with a {@link DataFormatException} naming the
 * source, the 1-based line and column, and the bad value. Stateless and thread-safe.
 */
public final class ResponseCsv {

    /** {@link #category(String)}'s code for a cell that is not an integer. */
    static final int NOT_AN_INTEGER = -2;
    /** {@link #category(String)}'s code for a negative integer. */
    static final int NEGATIVE = -3;

    private ResponseCsv() {
    }

    /**
     * Reads a UTF-8 response file; any category {@code 0..}{@value ResponseMatrix#MAX_CATEGORY} is accepted.
     *
     * @param path the file; its name is used in error messages
     * @return the matrix
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for malformed content, located by file, line and column
     */
    public static ResponseMatrix read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return ResponseParser.parse(path, null);
    }

    /**
     * Reads a UTF-8 response file whose items have declared numbers of categories.
     *
     * @param path the file; its name is used in error messages
     * @param categories the number of categories K (1..127) of every item in the file, by item id; a cell
     *     above K-1 is an error; entries for items not in the file are ignored
     * @return the matrix
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a declared number of categories is out of range
     * @throws DataFormatException for malformed content, or an item of the header without a declared number
     *     of categories
     */
    public static ResponseMatrix read(Path path, Map<String, Integer> categories) throws IOException {
        Objects.requireNonNull(path, "path");
        checkCategories(categories);
        return ResponseParser.parse(path, categories);
    }

    /** Receives the blocks of rows of a response file read by {@link #readBlocks}, in file order. */
    @FunctionalInterface
    public interface BlockHandler {

        /**
         * Takes one block of rows.
         *
         * @param block the rows, with the file's item ids
         * @throws IOException if the handler's own output fails
         */
        void accept(ResponseMatrix block) throws IOException;
    }

    /**
     * Reads a UTF-8 response file block of rows by block, for files larger than memory: the heap holds one
     * block of rows and the examinee ids seen so far (for repeats), not the whole matrix. The dialect,
     * checks and located errors are those of {@link #read(Path)}; an error is thrown when the block holding
     * it is reached, after the earlier blocks were handed over, so a caller that writes output must discard
     * it on error. Rows are parsed in parsing blocks of about 1 MiB kept whole, so a block holds at most
     * {@code rows} rows unless one MiB of the file holds more.
     *
     * @param path the file; its name is used in error messages
     * @param rows the most rows of a block, at least 1
     * @param handler receives the blocks in file order
     * @throws IOException if the file cannot be read or the handler fails
     * @throws IllegalArgumentException if {@code rows < 1}
     * @throws DataFormatException for malformed content, located by file, line and column
     */
    public static void readBlocks(Path path, int rows, BlockHandler handler) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        ResponseParser.stream(path, null, checkRows(rows), handler);
    }

    /**
     * Reads a UTF-8 response file whose items have declared numbers of categories block of rows by block,
     * as {@link #readBlocks(Path, int, BlockHandler)} does, with the checks of {@link #read(Path, Map)}.
     *
     * @param path the file; its name is used in error messages
     * @param categories the number of categories K (1..127) of every item in the file, by item id; a cell
     *     above K-1 is an error; entries for items not in the file are ignored
     * @param rows the most rows of a block, at least 1
     * @param handler receives the blocks in file order
     * @throws IOException if the file cannot be read or the handler fails
     * @throws IllegalArgumentException if {@code rows < 1} or a declared number of categories is out of range
     * @throws DataFormatException for malformed content, or an item of the header without a declared number
     *     of categories
     */
    public static void readBlocks(Path path, Map<String, Integer> categories, int rows, BlockHandler handler)
            throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        checkCategories(categories);
        ResponseParser.stream(path, categories, checkRows(rows), handler);
    }

    private static int checkRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        }
        return rows;
    }

    /**
     * Reads a response file from a character stream; any category {@code 0..}{@value
     * ResponseMatrix#MAX_CATEGORY} is accepted.
     *
     * @param reader the text; read to the end and closed
     * @param sourceName the name used in error messages, e.g. the file name
     * @return the matrix
     * @throws IOException if the stream cannot be read
     * @throws DataFormatException for malformed content, located by source, line and column
     */
    public static ResponseMatrix read(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        return ResponseParser.parse(utf8(reader), sourceName, null, ResponseParser.BLOCK_BYTES);
    }

    /**
     * Reads a response file from a character stream, with declared numbers of categories.
     *
     * @param reader the text; read to the end and closed
     * @param sourceName the name used in error messages, e.g. the file name
     * @param categories the number of categories K (1..127) of every item in the file, by item id; a cell
     *     above K-1 is an error; entries for items not in the file are ignored
     * @return the matrix
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if a declared number of categories is out of range
     * @throws DataFormatException for malformed content, or an item of the header without a declared number
     *     of categories
     */
    public static ResponseMatrix read(Reader reader, String sourceName, Map<String, Integer> categories)
            throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        checkCategories(categories);
        return ResponseParser.parse(utf8(reader), sourceName, categories, ResponseParser.BLOCK_BYTES);
    }

    /**
     * Reads a UTF-8 pattern file (item ids, then a {@code count} column). See {@link #readPatterns(Reader,
     * String)}.
     *
     * @param path the file; its name is used in error messages
     * @return the matrix with every pattern expanded
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for malformed content, located by file, line and column
     */
    public static ResponseMatrix readPatterns(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (CsvReader csv = CsvReader.open(path)) {
            return readPatterns(csv);
        }
    }

    /**
     * Reads a pattern file: a header of item ids and a last column named {@code count} (any case), no id
     * column; each row holds a response pattern (cells as in a response file, missing allowed) and a
     * whole-number count (0 allowed: a pattern nobody gave adds no row). Each pattern is expanded into
     * {@code count} identical rows with generated examinee ids
     * {@code <line>.<k>}, {@code k = 1..count}, where {@code line} is the pattern's line in the file (e.g.
     * {@code 3.1}, {@code 3.2}, ...). This is the format of the LSAT reference data.
     *
     * @param reader the text; read to the end and closed
     * @param sourceName the name used in error messages
     * @return the matrix with every pattern expanded
     * @throws IOException if the stream cannot be read
     * @throws DataFormatException for malformed content, located by source, line and column
     */
    public static ResponseMatrix readPatterns(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        try (CsvReader csv = CsvReader.of(reader, sourceName)) {
            return readPatterns(csv);
        }
    }

    /**
     * Writes a matrix as a comma-separated response file: a header {@code id,<item ids>}, one row per
     * examinee, missing cells empty, LF line ends, ids quoted where needed (separators, quotes, line breaks,
     * surrounding blanks). {@link #read(Reader, String)} reads it back to an equal matrix if there is at least
     * one examinee and no id holds a carriage return. The writer is flushed, not closed.
     *
     * @param matrix the matrix
     * @param writer the destination
     * @throws IOException if writing fails
     */
    public static void write(ResponseMatrix matrix, Writer writer) throws IOException {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(writer, "writer");
        int items = matrix.items();
        StringBuilder line = new StringBuilder(16 + 3 * items);
        line.append("id");
        for (int i = 0; i < items; i++) {
            line.append(',');
            appendId(matrix.itemId(i), line);
        }
        writer.write(line.append('\n').toString());
        byte[] row = new byte[items];
        for (int e = 0; e < matrix.examinees(); e++) {
            line.setLength(0);
            appendId(matrix.examineeId(e), line);
            matrix.copyRow(e, row, 0);
            for (int i = 0; i < items; i++) {
                line.append(',');
                if (row[i] != ResponseMatrix.MISSING) {
                    line.append(row[i]);
                }
            }
            writer.write(line.append('\n').toString());
        }
        writer.flush();
    }

    /**
     * Writes a matrix to a UTF-8 file (without byte-order mark), replacing it, byte for byte as {@link
     * #write(ResponseMatrix, Writer)} writes it; the cells go straight from the matrix to bytes.
     *
     * @param matrix the matrix
     * @param path the file
     * @throws IOException if writing fails
     */
    public static void write(ResponseMatrix matrix, Path path) throws IOException {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(path, "path");
        try (OutputStream out = Files.newOutputStream(path)) {
            write(matrix, out);
        }
    }

    /**
     * Writes a matrix as UTF-8 bytes (without byte-order mark), byte for byte as {@link
     * #write(ResponseMatrix, Writer)} writes it; the cells go straight from the matrix to bytes, in blocks
     * of 64 KiB. The stream is flushed, not closed.
     *
     * @param matrix the matrix
     * @param out the destination
     * @throws IOException if writing fails
     */
    public static void write(ResponseMatrix matrix, OutputStream out) throws IOException {
        Objects.requireNonNull(matrix, "matrix");
        writeHeader(matrix.itemIds(), out);
        writeRows(matrix, out);
    }

    /**
     * Writes the header line {@code id,<item>...} as UTF-8 bytes, as {@link #write(ResponseMatrix,
     * OutputStream)} begins; with {@link #writeRows} it writes a file block by block.
     *
     * @param itemIds the item ids
     * @param out the destination
     * @throws IOException if writing fails
     */
    public static void writeHeader(List<String> itemIds, OutputStream out) throws IOException {
        Objects.requireNonNull(itemIds, "itemIds");
        Objects.requireNonNull(out, "out");
        StringBuilder header = new StringBuilder("id");
        for (String itemId : itemIds) {
            appendId(itemId, header.append(','));
        }
        out.write(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the rows of a matrix, without the header, as UTF-8 bytes: the lines {@link
     * #write(ResponseMatrix, OutputStream)} writes after the header. The stream is flushed, not closed.
     *
     * @param matrix the matrix
     * @param out the destination
     * @throws IOException if writing fails
     */
    public static void writeRows(ResponseMatrix matrix, OutputStream out) throws IOException {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(out, "out");
        int items = matrix.items();
        byte[] row = new byte[items];
        byte[] buffer = new byte[1 << 16];
        int used = 0;
        StringBuilder id = new StringBuilder();
        for (int e = 0; e < matrix.examinees(); e++) {
            id.setLength(0);
            byte[] idBytes = appendId(matrix.examineeId(e), id).toString().getBytes(StandardCharsets.UTF_8);
            if (used + idBytes.length + 4 * items + 1 > buffer.length) {
                out.write(buffer, 0, used);
                used = 0;
                if (idBytes.length + 4 * items + 1 > buffer.length) {
                    buffer = new byte[idBytes.length + 4 * items + 1];
                }
            }
            System.arraycopy(idBytes, 0, buffer, used, idBytes.length);
            used += idBytes.length;
            matrix.copyRow(e, row, 0);
            for (int i = 0; i < items; i++) {
                buffer[used++] = ',';
                int value = row[i];
                if (value >= 100) {
                    buffer[used++] = (byte) ('0' + value / 100);
                }
                if (value >= 10) {
                    buffer[used++] = (byte) ('0' + value / 10 % 10);
                }
                if (value >= 0) {
                    buffer[used++] = (byte) ('0' + value % 10);
                }
            }
            buffer[used++] = '\n';
        }
        out.write(buffer, 0, used);
        out.flush();
    }

    /** Reads a character stream to the end, closes it, and encodes it as UTF-8. */
    private static byte[] utf8(Reader reader) throws IOException {
        try (Reader in = reader) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static ResponseMatrix readPatterns(CsvReader csv) throws IOException {
        List<String> header = csv.header();
        int countColumn = header.size() - 1;
        if (!header.get(countColumn).equalsIgnoreCase("count")) {
            throw csv.error(countColumn, "the last header cell is '" + header.get(countColumn)
                    + "'; expected 'count' after the item columns");
        }
        if (countColumn == 0) {
            throw csv.error(-1, "the header has no item columns; expected one column per item, then 'count'");
        }
        List<String> itemIds = header.subList(0, countColumn);
        checkItemIds(csv, itemIds, 0);
        int items = itemIds.size();
        int[] maxima = new int[items];
        Arrays.fill(maxima, ResponseMatrix.MAX_CATEGORY);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(itemIds);
        int[] row = new int[items];
        boolean anyPattern = false;
        while (csv.next()) {
            anyPattern = true;
            if (csv.size() != items + 1) {
                throw ragged(csv, items + 1, items + " item cells and the count");
            }
            String place = "of the pattern on line " + csv.line();
            for (int i = 0; i < items; i++) {
                row[i] = cell(csv, i, maxima[i], itemIds.get(i), place);
            }
            int count = count(csv, countColumn);
            int before = builder.examinees();
            if ((long) before + count > ResponseMatrix.MAX_CELLS / items) {
                throw csv.error(countColumn, "count '" + csv.get(countColumn) + "' makes " + ((long) before + count)
                        + " examinees; a matrix of " + items + " items holds at most "
                        + ResponseMatrix.MAX_CELLS / items);
            }
            builder.ensureCapacity(before + count);
            String prefix = csv.line() + ".";
            for (int k = 1; k <= count; k++) {
                builder.add(prefix + k, row);
            }
        }
        if (!anyPattern) {
            throw csv.error(-1, "the header is not followed by any pattern row");
        }
        return builder.build();
    }

    private static int count(CsvReader csv, int column) {
        String text = csv.get(column);
        long value = 0;
        boolean digits = !text.isEmpty();
        for (int k = 0; k < text.length() && digits; k++) {
            char c = text.charAt(k);
            digits = c >= '0' && c <= '9';
            value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE + 1L);
        }
        if (!digits || value > Integer.MAX_VALUE) {
            throw csv.error(column, "count '" + text + "' is not a whole number 0.." + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    private static void checkItemIds(CsvReader csv, List<String> itemIds, int firstColumn) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            String id = itemIds.get(i);
            if (id.isBlank()) {
                throw csv.error(firstColumn + i, "the item id in the header is empty");
            }
            Integer before = columns.putIfAbsent(id, firstColumn + i);
            if (before != null) {
                throw csv.error(firstColumn + i, "item id '" + id + "' is repeated; it is also in column "
                        + (before + 1));
            }
        }
    }

    private static void checkCategories(Map<String, Integer> categories) {
        Objects.requireNonNull(categories, "categories");
        for (Map.Entry<String, Integer> entry : categories.entrySet()) {
            Integer k = Objects.requireNonNull(entry.getValue(), "categories of item " + entry.getKey());
            if (k < 1 || k > ResponseMatrix.MAX_CATEGORY + 1) {
                throw new IllegalArgumentException("item '" + entry.getKey() + "' is declared with " + k
                        + " categories; expected 1.." + (ResponseMatrix.MAX_CATEGORY + 1));
            }
        }
    }

    private static DataFormatException ragged(CsvReader csv, int expected, String what) {
        int size = csv.size();
        if (size < expected) {
            return csv.error(size, "the row has " + size + (size == 1 ? " cell" : " cells") + "; expected "
                    + expected + ": " + what);
        }
        return csv.error(expected, "the row has " + size + " cells; expected " + expected + ": " + what
                + "; the first extra cell is '" + csv.get(expected) + "'");
    }

    /**
     * Parses one cell: a category, {@link ResponseMatrix#MISSING}, or an error naming the place.
     */
    private static int cell(CsvReader csv, int column, int max, String itemId, String whose) {
        String text = csv.get(column);
        int value = category(text);
        if (value == ResponseMatrix.MISSING || value >= 0 && value <= max) {
            return value;
        }
        throw csv.error(column, cellProblem(text, value, max, itemId, whose));
    }

    /**
     * Says what is wrong with a cell that {@link #category(String)} read as {@code value}, outside
     * {@code 0..max} and not missing.
     */
    static String cellProblem(String text, int value, int max, String itemId, String whose) {
        String prefix = "value '" + text + "' for item " + itemId + " " + whose;
        String expected = "; expected 0.." + max + ", or empty/NA for missing";
        if (value == NOT_AN_INTEGER) {
            return prefix + " is not an integer category" + expected;
        }
        if (value == NEGATIVE) {
            return prefix + " is negative" + expected;
        }
        if (max == ResponseMatrix.MAX_CATEGORY) {
            return prefix + " is above " + ResponseMatrix.MAX_CATEGORY + ", the largest category that can be stored";
        }
        return prefix + ": category " + text + " is above the declared maximum " + max + " of item " + itemId
                + " (" + (max + 1) + " categories)";
    }

    /**
     * Returns the number written in {@code text} (capped at {@code MAX_CATEGORY + 1}), {@link
     * ResponseMatrix#MISSING} for empty or NA, or one of the negative error codes.
     */
    static int category(String text) {
        int length = text.length();
        if (length == 0 || length == 2 && text.equalsIgnoreCase("NA")) {
            return ResponseMatrix.MISSING;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == length) {
            return NOT_AN_INTEGER;
        }
        int value = 0;
        for (int k = start; k < length; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return NOT_AN_INTEGER;
            }
            value = Math.min(value * 10 + (c - '0'), ResponseMatrix.MAX_CATEGORY + 1);
        }
        if (start == 1) {
            return NEGATIVE;
        }
        return value;
    }

    private static StringBuilder appendId(String id, StringBuilder out) {
        return out.append(CsvCells.quote(id));
    }
}

package io.github.cact.data;

import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Raw option answers (the label each examinee chose per item) read against a {@link ScoringKey}: the
 * chosen option of every cell and, by {@link #scored()}, the matrix of scores.
 *
 * <p>Raw files are laid out as response files ({@link ResponseCsv}): a header whose first cell names the
 * id column and whose other cells are item ids (non-blank, unique, each with a key), then one row per
 * examinee with a non-blank unique id and one cell per item, an option label of the item (any case) or
 * missing (empty or {@code NA}). Every error names the file, line, column, item and examinee.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows sizes only, never ids.
 */
public final class RawResponses {

    private final ScoringKey key;
    private final List<String> examineeIds;
    private final List<String> itemIds;
    private final byte[] options;

    private RawResponses(ScoringKey key, List<String> examineeIds, List<String> itemIds, byte[] options) {
        this.key = key;
        this.examineeIds = examineeIds;
        this.itemIds = itemIds;
        this.options = options;
    }

    /**
     * Reads a UTF-8 raw answer file.
     *
     * @param path the file; its name is used in error messages
     * @param key the scoring key of its items
     * @return the answers
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for malformed content, an item without a key or an option not in the key
     */
    public static RawResponses read(Path path, ScoringKey key) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        try (CsvReader csv = CsvReader.open(path)) {
            return read(csv, key);
        }
    }

    /**
     * Reads raw answers from a character stream.
     *
     * @param reader the text; read to the end and closed
     * @param sourceName the name used in error messages
     * @param key the scoring key of its items
     * @return the answers
     * @throws IOException if the stream cannot be read
     * @throws DataFormatException for malformed content, an item without a key or an option not in the key
     */
    public static RawResponses read(Reader reader, String sourceName, ScoringKey key) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(key, "key");
        try (CsvReader csv = CsvReader.of(reader, sourceName)) {
            return read(csv, key);
        }
    }

    /**
     * The scoring key the answers were read with.
     *
     * @return the key
     */
    public ScoringKey key() {
        return key;
    }

    /**
     * The number of examinees (rows).
     *
     * @return at least 1
     */
    public int examinees() {
        return examineeIds.size();
    }

    /**
     * The examinee ids in file order.
     *
     * @return an unmodifiable list
     */
    public List<String> examineeIds() {
        return examineeIds;
    }

    /**
     * The item ids in file order.
     *
     * @return an unmodifiable list
     */
    public List<String> itemIds() {
        return itemIds;
    }

    /**
     * The option an examinee chose for an item.
     *
     * @param examinee the row
     * @param item the column, in {@link #itemIds()} order
     * @return the position of the option in {@link ScoringKey#options(String)}, or {@link ResponseMatrix#MISSING}
     * @throws IndexOutOfBoundsException if the row or column is out of range
     */
    public int option(int examinee, int item) {
        Objects.checkIndex(examinee, examineeIds.size());
        return options[examinee * itemIds.size() + Objects.checkIndex(item, itemIds.size())];
    }

    /**
     * The scores of the answers: each cell is the key's score of the chosen option, missing stays missing.
     *
     * @return a new matrix with the same examinees and items
     */
    public ResponseMatrix scored() {
        int items = itemIds.size();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(itemIds);
        builder.ensureCapacity(examineeIds.size());
        int[] row = new int[items];
        for (int e = 0; e < examineeIds.size(); e++) {
            for (int i = 0; i < items; i++) {
                int option = options[e * items + i];
                row[i] = option == ResponseMatrix.MISSING ? ResponseMatrix.MISSING : key.score(itemIds.get(i), option);
            }
            builder.add(examineeIds.get(e), row);
        }
        return builder.build();
    }

    private static RawResponses read(CsvReader csv, ScoringKey key) throws IOException {
        List<String> header = csv.header();
        if (header.size() < 2) {
            throw csv.error(-1, "the header has no item column; expected an id column, then one column per item");
        }
        List<String> itemIds = header.subList(1, header.size());
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 1; c < header.size(); c++) {
            String item = header.get(c);
            if (item.isBlank()) {
                throw new DataFormatException(csv.source(), 1, c + 1, "the item id in the header is empty");
            }
            Integer before = columns.putIfAbsent(item, c);
            if (before != null) {
                throw new DataFormatException(csv.source(), 1, c + 1, "item id '" + item
                        + "' is repeated; it is also in column " + (before + 1));
            }
            if (!key.contains(item)) {
                throw new DataFormatException(csv.source(), 1, c + 1, "item '" + item
                        + "' has no scoring key; every item of a raw answer file needs its options in the key");
            }
        }
        int items = itemIds.size();
        List<String> ids = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        byte[] cells = new byte[Math.max(16, 64 * items)];
        while (csv.next()) {
            if (csv.size() != header.size()) {
                int size = csv.size();
                throw csv.error(Math.min(size, header.size()), "the row has " + size + (size == 1 ? " cell" : " cells")
                        + "; expected " + header.size() + ": the id, then one answer per item");
            }
            String id = csv.get(0);
            if (id.isEmpty()) {
                throw csv.error(0, "the examinee id is empty");
            }
            Integer earlier = idLines.putIfAbsent(id, csv.line());
            if (earlier != null) {
                throw csv.error(0, "examinee id '" + id + "' is repeated; it first appears on line " + earlier);
            }
            int row = ids.size();
            if ((long) (row + 1) * items > ResponseMatrix.MAX_CELLS) {
                throw csv.error(-1, "a raw answer file holds at most " + ResponseMatrix.MAX_CELLS / items
                        + " examinees of " + items + " items");
            }
            if ((row + 1) * items > cells.length) {
                cells = Arrays.copyOf(cells, (int) Math.min(ResponseMatrix.MAX_CELLS, Math.max((row + 1L) * items,
                        cells.length + (long) (cells.length >> 1))));
            }
            for (int i = 0; i < items; i++) {
                cells[row * items + i] = (byte) option(csv, i + 1, itemIds.get(i), id, key);
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new DataFormatException(csv.source(), 1, 0, "the header is not followed by any examinee row");
        }
        return new RawResponses(key, List.copyOf(ids), List.copyOf(itemIds), Arrays.copyOf(cells, ids.size() * items));
    }

    private static int option(CsvReader csv, int column, String item, String examinee, ScoringKey key) {
        String text = csv.get(column);
        if (text.isEmpty() || text.equalsIgnoreCase("NA")) {
            return ResponseMatrix.MISSING;
        }
        int option = key.optionIndex(item, text);
        if (option < 0) {
            throw csv.error(column, "answer '" + text + "' for item " + item + " of examinee '" + examinee
                    + "' is not an option of the key; expected one of " + String.join(", ", key.options(item))
                    + " (any case), or empty/NA for missing");
        }
        return option;
    }

    @Override
    public String toString() {
        return "RawResponses[" + examineeIds.size() + " examinees x " + itemIds.size() + " items]";
    }
}

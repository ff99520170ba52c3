package io.github.cact.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable matrix of item responses: {@code examinees()} rows (examinees, each with a unique id) by
 * {@code items()} columns (items, each with a unique id). A cell holds a category {@code 0..}{@value
 * #MAX_CATEGORY}, or {@link #MISSING} for a response that was not given (not administered, not reached,
 * omitted).
 *
 * <p>Storage is one flat {@code byte[]} in row-major order ({@code examinee * items() + item}), one byte per
 * cell. Footprint: the cells take {@code examinees × items} bytes, i.e. 100,000,000 bytes (95 MiB) for
 * 1,000,000 examinees × 100 items. Examinee ids given as strings ({@link #of(List, List, int[][])}, the
 * builder) are kept as those strings: about 55 bytes each for an 8-character ASCII id with its reference;
 * a matrix of that size built so retains about 153 MB (measured). A matrix read by {@link ResponseCsv}
 * keeps its ids as UTF-8 bytes (8 bytes for such an id, and a 2-byte end when the ids' lengths vary)
 * and makes a {@code String} whenever one is asked for: about 108 MB retained at that size (measured).
 * The number of cells is limited to {@value #MAX_CELLS}.
 *
 * <p>Built with {@link #of(List, List, int[][])}, a {@link #builder(List)}, or read by {@link ResponseCsv}.
 * Ids must be non-blank and unique (examinee ids among examinees, item ids among items); they are kept as
 * given. Immutable and therefore thread-safe. {@link #toString()} shows sizes only, never ids.
 */
public final class ResponseMatrix {

    /** The value of a missing cell: {@value}. */
    public static final int MISSING = -1;

    /** The largest category that can be stored: {@value}. */
    public static final int MAX_CATEGORY = 126;

    /** The largest number of cells a matrix can hold: {@value}. */
    public static final int MAX_CELLS = Integer.MAX_VALUE - 8;

    private final List<String> examineeIds;
    private final List<String> itemIds;
    private final Map<String, Integer> itemIndex;
    private final byte[] cells;
    private final int items;
    private final byte[] maxCategory;

    private ResponseMatrix(List<String> examineeIds, List<String> itemIds, Map<String, Integer> itemIndex,
            byte[] cells) {
        this(examineeIds, itemIds, itemIndex, cells, maxCategories(cells, itemIds.size()));
    }

    private ResponseMatrix(List<String> examineeIds, List<String> itemIds, Map<String, Integer> itemIndex,
            byte[] cells, byte[] maxCategory) {
        this.examineeIds = examineeIds;
        this.itemIds = itemIds;
        this.itemIndex = itemIndex;
        this.cells = cells;
        this.items = itemIds.size();
        this.maxCategory = maxCategory;
    }

    /**
     * Wraps cells parsed and checked by {@link ResponseParser}, without copying them.
     *
     * @param examineeIds unique non-blank ids, one per row
     * @param itemIds unique non-blank ids
     * @param cells {@code examineeIds.size() × itemIds.size()} valid cells, row-major; owned by the matrix
     * @param maxCategory the largest category of each column, -1 for a column with none
     */
    static ResponseMatrix ofParsed(ExamineeIds examineeIds, List<String> itemIds, byte[] cells,
            byte[] maxCategory) {
        List<String> items = List.copyOf(itemIds);
        return new ResponseMatrix(examineeIds, items, indexItems(items), cells, maxCategory);
    }

    private static byte[] maxCategories(byte[] cells, int items) {
        byte[] max = new byte[items];
        Arrays.fill(max, (byte) MISSING);
        for (int start = 0; start < cells.length; start += items) {
            for (int i = 0; i < items; i++) {
                byte value = cells[start + i];
                if (value > max[i]) {
                    max[i] = value;
                }
            }
        }
        return max;
    }

    /**
     * Creates a matrix from arrays.
     *
     * @param examineeIds one non-blank, unique id per row; may be empty
     * @param itemIds one non-blank, unique id per column; at least one
     * @param responses one row per examinee, each with one cell per item: a category
     *     {@code 0..}{@value #MAX_CATEGORY} or {@link #MISSING}; not modified
     * @return the matrix, holding a copy of the cells
     * @throws IllegalArgumentException if a size does not match, an id is blank or repeated, or a cell is out of
     *     range; the message names the examinee id, the item id and the value
     */
    public static ResponseMatrix of(List<String> examineeIds, List<String> itemIds, int[][] responses) {
        Objects.requireNonNull(examineeIds, "examineeIds");
        Objects.requireNonNull(responses, "responses");
        Builder builder = builder(itemIds);
        if (responses.length != examineeIds.size()) {
            throw new IllegalArgumentException("there are " + examineeIds.size() + " examinee ids but "
                    + responses.length + " rows of responses");
        }
        builder.ensureCapacity(responses.length);
        for (int e = 0; e < responses.length; e++) {
            builder.add(examineeIds.get(e), responses[e]);
        }
        return builder.build();
    }

    /**
     * Creates a matrix from its cells in one array, row after row: the fast way to hand over many rows.
     *
     * @param examineeIds one non-blank, unique id per row; may be empty
     * @param itemIds one non-blank, unique id per column; at least one
     * @param cells {@code examineeIds.size() × itemIds.size()} cells, row-major: cell (e, i) at
     *     {@code e × items + i}, each a category {@code 0..}{@value #MAX_CATEGORY} or {@link #MISSING}; not
     *     modified
     * @return the matrix, holding a copy of the cells
     * @throws IllegalArgumentException if the length does not match, an id is blank or repeated, or a cell is out
     *     of range; the message names the examinee id, the item id and the value
     */
    public static ResponseMatrix of(List<String> examineeIds, List<String> itemIds, byte[] cells) {
        Objects.requireNonNull(cells, "cells");
        List<String> examinees = List.copyOf(examineeIds);
        List<String> items = List.copyOf(itemIds);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a response matrix needs at least one item");
        }
        Map<String, Integer> index = indexItems(items);
        if ((long) examinees.size() * items.size() != cells.length) {
            throw new IllegalArgumentException(cells.length + " cells are not " + examinees.size()
                    + " examinees × " + items.size() + " items");
        }
        for (int e = 0; e < examinees.size(); e++) {
            if (examinees.get(e).isBlank()) {
                throw new IllegalArgumentException("the id of examinee " + (e + 1) + " is blank");
            }
        }
        int[] repeat = RepeatedIds.first(examinees::get, examinees.size());
        if (repeat != null) {
            throw new IllegalArgumentException("examinee id '" + examinees.get(repeat[1]) + "' is repeated: examinees "
                    + (repeat[0] + 1) + " and " + (repeat[1] + 1));
        }
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] < MISSING || cells[c] > MAX_CATEGORY) {
                int e = c / items.size();
                throw new IllegalArgumentException("examinee '" + examinees.get(e) + "', item '"
                        + items.get(c - e * items.size()) + "': value " + cells[c] + " is not a category 0.."
                        + MAX_CATEGORY + " or MISSING (" + MISSING + ")");
            }
        }
        return new ResponseMatrix(examinees, items, index, cells.clone());
    }

    /**
     * Starts a builder for a matrix with the given items.
     *
     * @param itemIds one non-blank, unique id per column; at least one
     * @return an empty builder
     * @throws IllegalArgumentException if there is no item id, or an item id is blank or repeated
     */
    public static Builder builder(List<String> itemIds) {
        return new Builder(itemIds);
    }

    /**
     * Starts a builder for a matrix with this matrix's items, sharing its item index: for a caller that
     * builds many small matrices over one item set (a service scoring one request after another), it
     * spares checking and indexing the item ids again for each.
     *
     * @return an empty builder
     */
    public Builder builderOfSameItems() {
        return new Builder(itemIds, itemIndex);
    }

    /**
     * Returns the number of examinees (rows).
     *
     * @return the row count, possibly 0
     */
    public int examinees() {
        return examineeIds.size();
    }

    /**
     * Returns the number of items (columns).
     *
     * @return the column count, at least 1
     */
    public int items() {
        return items;
    }

    /**
     * Returns the id of an examinee.
     *
     * @param examinee the row, {@code 0..examinees()-1}
     * @return the id
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public String examineeId(int examinee) {
        return examineeIds.get(examinee);
    }

    /**
     * Returns the examinee ids in row order.
     *
     * @return an unmodifiable list
     */
    public List<String> examineeIds() {
        return examineeIds;
    }

    /**
     * Returns the id of an item.
     *
     * @param item the column, {@code 0..items()-1}
     * @return the id
     * @throws IndexOutOfBoundsException if the column is out of range
     */
    public String itemId(int item) {
        return itemIds.get(item);
    }

    /**
     * Returns the item ids in column order.
     *
     * @return an unmodifiable list
     */
    public List<String> itemIds() {
        return itemIds;
    }

    /**
     * Finds the column of an item.
     *
     * @param itemId the item id, matched exactly
     * @return the column, or -1 if there is no such item
     */
    public int itemIndex(String itemId) {
        Integer index = itemIndex.get(Objects.requireNonNull(itemId, "itemId"));
        return index == null ? -1 : index;
    }

    /**
     * Returns one cell.
     *
     * @param examinee the row
     * @param item the column
     * @return the category, or {@link #MISSING}
     * @throws IndexOutOfBoundsException if the row or the column is out of range
     */
    public int response(int examinee, int item) {
        return cells[cellIndex(examinee, item)];
    }

    /**
     * Tells whether a cell is missing.
     *
     * @param examinee the row
     * @param item the column
     * @return true if the cell is {@link #MISSING}
     * @throws IndexOutOfBoundsException if the row or the column is out of range
     */
    public boolean isMissing(int examinee, int item) {
        return cells[cellIndex(examinee, item)] == MISSING;
    }

    /**
     * Returns the largest category observed for an item.
     *
     * @param item the column
     * @return the largest category in the column, or -1 if every cell of the column is missing (or there are
     *     no examinees)
     * @throws IndexOutOfBoundsException if the column is out of range
     */
    public int maxCategory(int item) {
        return maxCategory[Objects.checkIndex(item, items)];
    }

    /**
     * Copies one row into a caller-owned array, for hot loops: {@code dest[offset + i]} receives the cell of
     * item {@code i} (a category or {@link #MISSING}).
     *
     * @param examinee the row
     * @param dest the destination; modified at {@code offset..offset+items()-1} only
     * @param offset the first position written
     * @throws IndexOutOfBoundsException if the row is out of range or {@code dest} is too short
     */
    public void copyRow(int examinee, byte[] dest, int offset) {
        Objects.requireNonNull(dest, "dest");
        Objects.checkIndex(examinee, examinees());
        Objects.checkFromIndexSize(offset, items, dest.length);
        System.arraycopy(cells, examinee * items, dest, offset, items);
    }

    /**
     * Returns the sum of the observed categories of an examinee (missing cells count nothing).
     *
     * @param examinee the row
     * @return the sum score, 0 if every cell is missing
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public int sumScore(int examinee) {
        int start = Objects.checkIndex(examinee, examinees()) * items;
        int sum = 0;
        for (int i = start; i < start + items; i++) {
            int value = cells[i];
            if (value > 0) {
                sum += value;
            }
        }
        return sum;
    }

    /**
     * Returns the matrix restricted to some items (e.g. the items of one competency), in the given order,
     * with every examinee.
     *
     * @param itemIds ids of items of this matrix, at least one, none repeated
     * @return a new matrix holding a copy of those columns
     * @throws IllegalArgumentException if the list is empty, names an unknown item, or repeats one
     */
    public ResponseMatrix selectItems(List<String> itemIds) {
        List<String> selected = List.copyOf(itemIds);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("select at least one item");
        }
        int[] columns = new int[selected.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = itemIndex(selected.get(k));
            if (columns[k] < 0) {
                throw new IllegalArgumentException("item '" + selected.get(k) + "' is not in the matrix");
            }
        }
        Map<String, Integer> index = indexItems(selected);
        int n = examinees();
        byte[] picked = new byte[n * columns.length];
        int to = 0;
        for (int e = 0; e < n; e++) {
            int start = e * items;
            for (int k = 0; k < columns.length; k++) {
                picked[to++] = cells[start + columns[k]];
            }
        }
        return new ResponseMatrix(examineeIds, selected, index, picked);
    }

    /**
     * Returns a chunk of consecutive examinees, with every item.
     *
     * @param from the first row, inclusive
     * @param to the last row, exclusive
     * @return a new matrix holding a copy of those rows; empty if {@code from == to}
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= examinees()}
     */
    public ResponseMatrix rows(int from, int to) {
        Objects.checkFromToIndex(from, to, examinees());
        List<String> ids = examineeIds instanceof ExamineeIds parsed ? parsed.slice(from, to)
                : List.copyOf(examineeIds.subList(from, to));
        return new ResponseMatrix(ids, itemIds, itemIndex, Arrays.copyOfRange(cells, from * items, to * items));
    }

    /**
     * Compares by content: equal examinee ids, item ids (both in order) and cells.
     *
     * @param o the other object
     * @return true if {@code o} is a matrix with the same content
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ResponseMatrix m && itemIds.equals(m.itemIds)
                && examineeIds.equals(m.examineeIds) && Arrays.equals(cells, m.cells);
    }

    /**
     * Returns a hash of the content, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (31 * itemIds.hashCode() + examineeIds.hashCode()) * 31 + Arrays.hashCode(cells);
    }

    /**
     * Describes the sizes only; never ids or responses, which may be personal data.
     *
     * @return e.g. {@code ResponseMatrix[1000 examinees × 5 items]}
     */
    @Override
    public String toString() {
        return "ResponseMatrix[" + examinees() + " examinees × " + items + " items]";
    }

    private int cellIndex(int examinee, int item) {
        return Objects.checkIndex(examinee, examinees()) * items + Objects.checkIndex(item, items);
    }

    private static Map<String, Integer> indexItems(List<String> itemIds) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            String id = itemIds.get(i);
            if (id.isBlank()) {
                throw new IllegalArgumentException("item id " + (i + 1) + " is blank");
            }
            Integer first = index.putIfAbsent(id, i);
            if (first != null) {
                throw new IllegalArgumentException("item id '" + id + "' is repeated: items " + (first + 1)
                        + " and " + (i + 1));
            }
        }
        return Map.copyOf(index);
    }

    /**
     * Accumulates examinees row by row, then {@link #build() builds} an immutable matrix. Each row is
     * validated when added. The builder can go on after {@code build()}; later rows do not change matrices
     * already built. Not thread-safe.
     *
     * <p>Footprint while building: up to 1.5 bytes per cell (the storage grows by half when full), the ids,
     * and an id index of about 60 bytes per examinee; {@code build()} copies the cells once more.
     */
    public static final class Builder {

        /**
         * The rows the storage first holds: small, since a server builds a matrix of one person per request;
         * a larger matrix grows by half at a time.
         */
        private static final int INITIAL_ROWS = 8;

        private final List<String> itemIds;
        private final Map<String, Integer> itemIndex;
        private final int items;
        private final List<String> examineeIds = new ArrayList<>();
        private final Map<String, Integer> examineeRows = new HashMap<>();
        private byte[] cells;

        private Builder(List<String> itemIds) {
            this.itemIds = List.copyOf(itemIds);
            if (this.itemIds.isEmpty()) {
                throw new IllegalArgumentException("a response matrix needs at least one item");
            }
            this.itemIndex = indexItems(this.itemIds);
            this.items = this.itemIds.size();
            this.cells = new byte[(int) Math.min((long) INITIAL_ROWS * items, MAX_CELLS / items * items)];
        }

        private Builder(List<String> itemIds, Map<String, Integer> itemIndex) {
            this.itemIds = itemIds;
            this.itemIndex = itemIndex;
            this.items = itemIds.size();
            this.cells = new byte[(int) Math.min((long) INITIAL_ROWS * items, MAX_CELLS / items * items)];
        }

        /**
         * Adds an examinee.
         *
         * @param examineeId a non-blank id not added before
         * @param responses one cell per item, in the order of the item ids: a category
         *     {@code 0..}{@value ResponseMatrix#MAX_CATEGORY} or {@link ResponseMatrix#MISSING}; not modified
         * @return this builder
         * @throws IllegalArgumentException if the id is blank or repeated, the number of cells differs from the
         *     number of items, or a cell is out of range; the message names examinee id, item id and value
         * @throws IllegalStateException if the matrix would exceed {@value ResponseMatrix#MAX_CELLS} cells
         */
        public Builder add(String examineeId, int... responses) {
            Objects.requireNonNull(examineeId, "examineeId");
            Objects.requireNonNull(responses, "responses");
            int row = examineeIds.size();
            if (examineeId.isBlank()) {
                throw new IllegalArgumentException("the id of examinee " + (row + 1) + " is blank");
            }
            if (examineeRows.containsKey(examineeId)) {
                throw new IllegalArgumentException("examinee id '" + examineeId + "' is repeated: examinees "
                        + (examineeRows.get(examineeId) + 1) + " and " + (row + 1));
            }
            if (responses.length != items) {
                throw new IllegalArgumentException("examinee '" + examineeId + "' has " + responses.length
                        + " responses; expected " + items + ", one per item");
            }
            for (int i = 0; i < items; i++) {
                int value = responses[i];
                if (value < MISSING || value > MAX_CATEGORY) {
                    throw new IllegalArgumentException("examinee '" + examineeId + "', item '" + itemIds.get(i)
                            + "': value " + value + " is not a category 0.." + MAX_CATEGORY + " or MISSING ("
                            + MISSING + ")");
                }
            }
            ensureCapacity(row + 1);
            int start = row * items;
            for (int i = 0; i < items; i++) {
                cells[start + i] = (byte) responses[i];
            }
            examineeIds.add(examineeId);
            examineeRows.put(examineeId, row);
            return this;
        }

        /**
         * Returns the number of examinees added so far.
         *
         * @return the row count
         */
        public int examinees() {
            return examineeIds.size();
        }

        /**
         * Builds the matrix of the examinees added so far.
         *
         * @return a new immutable matrix holding a copy of the rows
         */
        public ResponseMatrix build() {
            return new ResponseMatrix(List.copyOf(examineeIds), itemIds, itemIndex,
                    Arrays.copyOf(cells, examineeIds.size() * items));
        }

        /** Returns the row of an examinee added before, or -1. */
        int rowOf(String examineeId) {
            Integer row = examineeRows.get(examineeId);
            return row == null ? -1 : row;
        }

        /** Grows the storage to hold at least {@code rows} rows. */
        void ensureCapacity(int rows) {
            if ((long) rows * items > MAX_CELLS) {
                throw new IllegalStateException("a response matrix holds at most " + MAX_CELLS + " cells; "
                        + rows + " examinees × " + items + " items is too many");
            }
            int needed = rows * items;
            if (needed > cells.length) {
                long grown = Math.max(needed, cells.length + (long) (cells.length >> 1));
                cells = Arrays.copyOf(cells, (int) Math.min(grown, MAX_CELLS / items * items));
            }
        }
    }
}

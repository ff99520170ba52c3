package io.github.cact.internal.banks;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.JsonCursor;
import java.util.Map;
import java.util.function.Function;

/** Checks on the row (CSV) or entry (JSON) of one item of a bank file. Stateless and thread-safe. */
public final class ItemRows {

    private ItemRows() {
    }

    /**
     * Checks the id of the current CSV row: not empty, and not on an earlier line.
     *
     * @param csv the reader, on the row
     * @param column the id column
     * @param id the id as read from it
     * @param firstLine the line of every id so far; the id is added
     * @return the id
     * @throws DataFormatException for an empty or repeated id
     */
    public static String uniqueId(CsvReader csv, int column, String id, Map<String, Integer> firstLine) {
        if (id.isEmpty()) {
            throw csv.error(column, "the item id is empty");
        }
        Integer seen = firstLine.putIfAbsent(id, csv.line());
        if (seen != null) {
            throw csv.error(column, "duplicate item id '" + id + "' (first on line " + seen + ")");
        }
        return id;
    }

    /**
     * Reads the {@code "item"} id of a JSON entry: a non-blank string, not in an earlier entry.
     *
     * @param entry the item's entry
     * @param firstPath the path of every id so far; the id is added
     * @return the id
     * @throws DataFormatException for a missing, blank or repeated id
     */
    public static String uniqueId(JsonCursor entry, Map<String, String> firstPath) {
        String id = entry.get("item").nonBlankString();
        String previous = firstPath.putIfAbsent(id, entry.path());
        if (previous != null) {
            throw entry.get("item").error("duplicate item id '" + id + "' (first at " + previous + ")");
        }
        return id;
    }

    /**
     * Parses a cell of the current CSV row; a refusal of the parser becomes an error at the cell naming
     * the item.
     *
     * @param <T> what the cell holds
     * @param csv the reader, on the row
     * @param column the cell's column
     * @param id the item of the row
     * @param parser parses the text, throwing {@link IllegalArgumentException} for a bad value
     * @return the value
     * @throws DataFormatException for a value the parser refuses
     */
    public static <T> T parse(CsvReader csv, int column, String id, Function<String, T> parser) {
        try {
            return parser.apply(csv.get(column));
        } catch (IllegalArgumentException e) {
            throw csv.error(column, "item '" + id + "': " + e.getMessage());
        }
    }

    /**
     * Parses a JSON string of an item's entry; a refusal of the parser becomes an error at the value naming
     * the item.
     *
     * @param <T> what the string holds
     * @param value the value, a string
     * @param id the item of the entry
     * @param parser parses the text, throwing {@link IllegalArgumentException} for a bad value
     * @return the value
     * @throws DataFormatException for a value that is not a string, or one the parser refuses
     */
    public static <T> T parse(JsonCursor value, String id, Function<String, T> parser) {
        String text = value.string();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw value.error("item '" + id + "': " + e.getMessage());
        }
    }
}

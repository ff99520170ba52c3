package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds named columns in a CSV header and reads the current row's cells with located errors. */
final class Columns {

    private final CsvReader csv;
    private final Map<String, Integer> index = new HashMap<>();

    Columns(CsvReader csv) {
        this.csv = csv;
        List<String> header = csv.header();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).toLowerCase(Locale.ROOT);
            Integer previous = index.putIfAbsent(name, c);
            if (previous != null && !name.isEmpty()) {
                throw new DataFormatException(csv.source(), 1, c + 1, "column '"
                        + header.get(c) + "' appears twice (columns " + (previous + 1) + " and " + (c + 1) + ")");
            }
        }
    }

    int required(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new DataFormatException(csv.source(), 1, 0, "the header has no '" + name
                    + "' column");
        }
        return c;
    }

    int optional(String name) {
        return index.getOrDefault(name, -1);
    }

    boolean present(int column) {
        return column >= 0 && !csv.get(column).isEmpty();
    }

    void checkWidth() {
        if (csv.size() != csv.header().size()) {
            throw csv.error(-1, "the row has " + csv.size() + " cells; the header has " + csv.header().size());
        }
    }

    String id(int column, Map<String, Integer> seen) {
        String id = csv.get(column);
        if (id.isEmpty()) {
            throw csv.error(column, "the id is empty");
        }
        Integer first = seen.putIfAbsent(id, csv.line());
        if (first != null) {
            throw csv.error(column, "duplicate id '" + id + "' (first on line " + first + ")");
        }
        return id;
    }

    double number(int column, String rowId) {
        return csv.finiteNumber(column, "'" + rowId + "': " + csv.header().get(column));
    }

    /**
     * Reads a cell that must hold a whole number, written with an optional minus sign and ASCII digits; a
     * fraction ({@code 2.5}, and also {@code 2.0}) is refused, never truncated.
     *
     * @param column the 0-based column
     * @param rowId the id of the row, for the message
     * @return the value
     * @throws DataFormatException naming the cell, the row and the text otherwise
     */
    int integer(int column, String rowId) {
        String text = csv.get(column);
        if (text.matches("-?[0-9]{1,10}")) {
            long value = Long.parseLong(text);
            if (value == (int) value) {
                return (int) value;
            }
        }
        throw csv.error(column, "'" + rowId + "': " + csv.header().get(column) + " = '" + text
                + "' is not a whole number");
    }
}

package io.github.cact.ctt;

import io.github.cact.data.ResponseMatrix;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Maps a scale's item ids to the columns of a response matrix. */
final class Columns {

    private Columns() {
    }

    /**
     * The column of each item.
     *
     * @throws IllegalArgumentException if there is no item, or an item is not in the matrix or repeated
     */
    static int[] of(ResponseMatrix responses, List<String> items) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one item");
        }
        int[] columns = new int[items.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.length; i++) {
            String item = Objects.requireNonNull(items.get(i), "item");
            columns[i] = responses.itemIndex(item);
            if (columns[i] < 0) {
                throw new IllegalArgumentException("item '" + item + "' is not in the responses");
            }
            if (!seen.add(item)) {
                throw new IllegalArgumentException("item '" + item + "' is listed twice");
            }
        }
        return columns;
    }
}

package io.github.cact.cli;

import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fixed form, from a CSV file with an {@code item} column: the ids of the form's items, one per row, each
 * an item of the bank and none twice. Other columns are not read, so a bank file, or a part of one, is
 * also a form. Every scale of the bank needs at least one item of the form.
 */
final class FormFile {

    private FormFile() {
    }

    /**
     * Reads the form.
     *
     * @param path the file
     * @param bank the item bank
     * @param bankName the bank's file name, for the message
     * @return the item ids, in file order
     * @throws IOException if the file cannot be read
     * @throws io.github.cact.data.DataFormatException naming file, line and column of an empty, unknown or
     *     repeated item, or the scale without items
     */
    static List<String> read(Path path, ItemBank bank, String bankName) throws IOException {
        try (CsvReader csv = CsvReader.open(path)) {
            Columns columns = new Columns(csv);
            int column = columns.required("item");
            Map<String, Integer> seen = new HashMap<>();
            List<String> form = new ArrayList<>();
            Set<String> scales = new LinkedHashSet<>();
            while (csv.next()) {
                if (csv.size() <= column) {
                    throw csv.error(-1, "the row has " + csv.size() + " cells; the item is in column " + (column + 1));
                }
                String id = columns.id(column, seen);
                int index = bank.indexOf(id);
                if (index < 0) {
                    throw csv.error(column, "item '" + id + "' is not in the item bank " + bankName);
                }
                Item item = bank.item(index);
                scales.add(item.scale().orElse(""));
                form.add(id);
            }
            if (form.isEmpty()) {
                throw csv.error(-1, "the file has a header but no items");
            }
            for (String scale : bank.scales()) {
                if (!scales.contains(scale)) {
                    throw csv.error(-1, "the form has no item of scale " + scale + "; every scale of " + bankName
                            + " needs items");
                }
            }
            return List.copyOf(form);
        }
    }
}

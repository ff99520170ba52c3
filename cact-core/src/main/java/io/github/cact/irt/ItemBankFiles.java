package io.github.cact.irt;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.banks.ItemRows;
import io.github.cact.internal.text.CsvCells;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.Json;
import io.github.cact.internal.text.JsonCursor;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Item banks in CSV and JSON, in IRT form.
 *
 * <p>CSV columns: {@code item,model,a,b1..b{M},g,u,scale,d1..d{M}} where M is the largest K−1 of the
 * bank; the intercepts {@code d} (as {@link ItemModel#intercepts()} gives them) are optional: when
 * present they are the parameters read, and each must agree with its threshold b = −d/a within a
 * relative 1e-9; without them the thresholds are converted (d = −a·b, which may differ from the d
 * written in the last binary digit).
 * {@code b} cells beyond an item's K−1 are empty; {@code g} and {@code u} are empty where the model has
 * none; {@code a} may be empty for Rasch and PCM (slope 1); {@code scale} may be empty. Model names:
 * {@code rasch, 1pl, 2pl, 3pl, 4pl, grm, gpcm, pcm}. Required columns: {@code item}, {@code model},
 * {@code b1}; other known columns are optional; columns with other names (standard errors, fit
 * statistics written by the calibrator) are annotations and are ignored. Separator, BOM and line ends
 * as in {@link CsvReader}; in {@code ;}-separated files a decimal comma is accepted.
 *
 * <p>JSON: {@code {"items": [{"item": "Q1", "model": "2pl", "a": 1.2, "b": [0.3], "d": [-0.36], "g": 0.2,
 * "u": 1, "scale": "M1"}, ...]}} with {@code a}, {@code d}, {@code g}, {@code u} and {@code scale}
 * optional as in CSV.
 *
 * <p>Numbers are written with {@link Double#toString(double)}, which reads back to the same double, and
 * with the intercepts beside the thresholds, so a bank read back is equal to the bank written. Files are
 * read strictly as UTF-8. Every malformed value is refused with a {@link DataFormatException} naming the
 * file, the line and column (CSV) or the JSON path (e.g. {@code $.items[3].a}), the item id, the value and
 * what was expected; so are parameters that the item models refuse. Stateless and thread-safe.
 */
public final class ItemBankFiles {

    private ItemBankFiles() {
    }

    /**
     * Reads a bank from a CSV file.
     *
     * @param path the file
     * @return the bank
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming file, line, column and item of the first malformed value
     */
    public static ItemBank readCsv(Path path) throws IOException {
        try (CsvReader csv = CsvReader.open(path)) {
            return readCsv(csv);
        }
    }

    /**
     * Reads a bank from CSV text.
     *
     * @param reader the text
     * @param source the name used in error messages
     * @return the bank
     * @throws IOException if the text cannot be read
     * @throws DataFormatException naming source, line, column and item of the first malformed value
     */
    public static ItemBank readCsv(Reader reader, String source) throws IOException {
        try (CsvReader csv = CsvReader.of(reader, source)) {
            return readCsv(csv);
        }
    }

    private static ItemBank readCsv(CsvReader csv) throws IOException {
        List<String> header = csv.header();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = columns.putIfAbsent(name, c);
            if (previous != null) {
                throw new DataFormatException(csv.source(), 1, c + 1, "column '" + header.get(c)
                        + "' appears twice (columns " + (previous + 1) + " and " + (c + 1) + ")");
            }
        }
        for (String required : List.of("item", "model", "b1")) {
            if (!columns.containsKey(required)) {
                throw new DataFormatException(csv.source(), 1, 0, "the header has no '" + required
                        + "' column; expected item,model,a,b1..bM,g,u,scale");
            }
        }
        int maxB = 0;
        while (columns.containsKey("b" + (maxB + 1))) {
            maxB++;
        }
        int[] bColumns = new int[maxB];
        for (int k = 0; k < maxB; k++) {
            bColumns[k] = columns.get("b" + (k + 1));
        }
        int itemColumn = columns.get("item");
        int modelColumn = columns.get("model");
        int aColumn = columns.getOrDefault("a", -1);
        int gColumn = columns.getOrDefault("g", -1);
        int uColumn = columns.getOrDefault("u", -1);
        int scaleColumn = columns.getOrDefault("scale", -1);

        List<Item> items = new ArrayList<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        while (csv.next()) {
            if (csv.size() != header.size()) {
                throw csv.error(-1, "the row has " + csv.size() + " cells; the header has " + header.size());
            }
            String id = ItemRows.uniqueId(csv, itemColumn, csv.get(itemColumn), firstLine);
            ModelType type = ItemRows.parse(csv, modelColumn, id, ModelType::fromCode);
            int thresholds = 0;
            while (thresholds < maxB && !csv.get(bColumns[thresholds]).isEmpty()) {
                thresholds++;
            }
            for (int k = thresholds; k < maxB; k++) {
                if (!csv.get(bColumns[k]).isEmpty()) {
                    throw csv.error(bColumns[k], "item '" + id + "': b" + (k + 1) + " is given but b"
                            + (thresholds + 1) + " is empty; thresholds must be contiguous from b1");
                }
            }
            if (thresholds == 0) {
                throw csv.error(bColumns[0], "item '" + id + "': b1 is empty; every item needs at least one threshold");
            }
            double[] b = new double[thresholds];
            for (int k = 0; k < thresholds; k++) {
                b[k] = number(csv, bColumns[k], id, "b" + (k + 1));
            }
            double a = optionalNumber(csv, aColumn, id, "a");
            double g = optionalNumber(csv, gColumn, id, "g");
            double u = optionalNumber(csv, uColumn, id, "u");
            String scale = scaleColumn < 0 ? "" : csv.get(scaleColumn);
            double[] d = intercepts(csv, columns, b, a, id);
            try {
                items.add(d == null ? Item.ofIrt(id, type, a, b, g, u, scale)
                        : Item.of(id, InterceptForm.of(type, a, d, g, u), scale));
            } catch (IllegalArgumentException e) {
                throw csv.error(-1, naming(id, e.getMessage()));
            }
        }
        if (items.isEmpty()) {
            throw new DataFormatException(csv.source(), 1, 0, "the file has a header but no items");
        }
        return ItemBank.of(items);
    }

    /** Prefixes a message of the item models with the item id, unless it names the item already. */
    private static String naming(String id, String message) {
        String prefix = "item '" + id + "'";
        return message.startsWith(prefix) ? message : prefix + ": " + message;
    }

    /**
     * Reads the intercepts {@code d1..} beside the thresholds, or returns null where the file has none;
     * each must agree with its threshold (b = −d/a).
     */
    private static double[] intercepts(CsvReader csv, Map<String, Integer> columns, double[] b, double a,
            String id) {
        Integer first = columns.get("d1");
        if (first == null || csv.get(first).isEmpty()) {
            return null;
        }
        double[] d = new double[b.length];
        for (int k = 0; k < b.length; k++) {
            Integer column = columns.get("d" + (k + 1));
            if (column == null || csv.get(column).isEmpty()) {
                throw csv.error(column == null ? -1 : column, "item '" + id + "': d" + (k + 1) + " is missing; an"
                        + " item with d1 needs one intercept per threshold");
            }
            d[k] = number(csv, column, id, "d" + (k + 1));
            if (!InterceptForm.agrees(b[k], a, d[k])) {
                throw csv.error(column, "item '" + id + "': d" + (k + 1) + " = " + d[k] + " does not agree with b"
                        + (k + 1) + " = " + b[k] + " (b = -d/a); edit both, or delete the d columns");
            }
        }
        return d;
    }

    private static double optionalNumber(CsvReader csv, int column, String id, String name) {
        return column < 0 || csv.get(column).isEmpty() ? Double.NaN : number(csv, column, id, name);
    }

    private static double number(CsvReader csv, int column, String id, String name) {
        return csv.finiteNumber(column, "item '" + id + "': " + name);
    }

    /**
     * Writes a bank as CSV (comma-separated, LF line ends).
     *
     * @param bank the bank
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeCsv(ItemBank bank, Writer out) throws IOException {
        int maxB = bank.maxCategories() - 1;
        StringBuilder line = new StringBuilder("item,model,a");
        for (int k = 1; k <= maxB; k++) {
            line.append(",b").append(k);
        }
        line.append(",g,u,scale");
        for (int k = 1; k <= maxB; k++) {
            line.append(",d").append(k);
        }
        out.write(line.append('\n').toString());
        for (Item item : bank.items()) {
            ItemModel model = item.model();
            line.setLength(0);
            line.append(CsvCells.quote(item.id())).append(',').append(model.type().code()).append(',').append(model.slope());
            double[] b = model.thresholds();
            for (int k = 0; k < maxB; k++) {
                line.append(',');
                if (k < b.length) {
                    line.append(b[k]);
                }
            }
            line.append(',');
            if (hasGuessing(model.type())) {
                line.append(model.guessing());
            }
            line.append(',');
            if (model.type() == ModelType.FOUR_PL) {
                line.append(model.upper());
            }
            line.append(',').append(CsvCells.quote(item.scale().orElse("")));
            double[] d = model.intercepts();
            for (int k = 0; k < maxB; k++) {
                line.append(',');
                if (k < d.length) {
                    line.append(d[k]);
                }
            }
            out.write(line.append('\n').toString());
        }
    }

    /**
     * Writes a bank to a CSV file in UTF-8.
     *
     * @param bank the bank
     * @param path the file, replaced if it exists
     * @throws IOException if writing fails
     */
    public static void writeCsv(ItemBank bank, Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writeCsv(bank, out);
        }
    }

    /**
     * Reads a bank from a UTF-8 JSON file.
     *
     * @param path the file
     * @return the bank
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming the JSON path (e.g. {@code $.items[3].a}), the item, the value
     *     and what was expected for the first malformed value; or line and column of a syntax or
     *     encoding error
     */
    public static ItemBank readJson(Path path) throws IOException {
        return parseJson(JsonCursor.parseFile(path));
    }

    /**
     * Parses a bank from JSON text.
     *
     * @param text the JSON
     * @param source the name used in error messages
     * @return the bank
     * @throws DataFormatException naming the JSON path, the item, the value and what was expected for the
     *     first malformed value; or line and column of a syntax error
     */
    public static ItemBank parseJson(String text, String source) {
        return parseJson(JsonCursor.parse(text, source));
    }

    private static ItemBank parseJson(JsonCursor root) {
        List<JsonCursor> entries = root.get("items").elements();
        if (entries.isEmpty()) {
            throw root.get("items").error("the \"items\" array is empty; expected at least one item");
        }
        List<Item> items = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (JsonCursor entry : entries) {
            String id = ItemRows.uniqueId(entry, seen);
            ModelType type = ItemRows.parse(entry.get("model"), id, ModelType::fromCode);
            List<JsonCursor> bValues = entry.get("b").elements();
            if (bValues.isEmpty()) {
                throw entry.get("b").error("item '" + id + "': found an empty array; expected at least one threshold");
            }
            double[] b = new double[bValues.size()];
            for (int k = 0; k < b.length; k++) {
                b[k] = bValues.get(k).number();
            }
            JsonCursor scale = entry.get("scale");
            double a = optionalNumber(entry.get("a"));
            double[] d = jsonIntercepts(entry.get("d"), b, a, id);
            try {
                double g = optionalNumber(entry.get("g"));
                double u = optionalNumber(entry.get("u"));
                String scaleCode = scale.isNull() ? "" : scale.string();
                items.add(d == null ? Item.ofIrt(id, type, a, b, g, u, scaleCode)
                        : Item.of(id, InterceptForm.of(type, a, d, g, u), scaleCode));
            } catch (DataFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw entry.error(naming(id, e.getMessage()));
            }
        }
        return ItemBank.of(items);
    }

    private static double optionalNumber(JsonCursor value) {
        return value.isNull() ? Double.NaN : value.number();
    }

    /** The optional {@code "d"} array: one intercept per threshold, each agreeing with it; null if absent. */
    private static double[] jsonIntercepts(JsonCursor value, double[] b, double a, String id) {
        if (value.isNull()) {
            return null;
        }
        List<JsonCursor> elements = value.elements();
        if (elements.size() != b.length) {
            throw value.error("item '" + id + "': found " + elements.size() + " intercepts; expected " + b.length
                    + ", one per threshold");
        }
        double[] d = new double[b.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = elements.get(k).number();
            if (!InterceptForm.agrees(b[k], a, d[k])) {
                throw elements.get(k).error("item '" + id + "': d = " + d[k] + " does not agree with b = " + b[k]
                        + " (b = -d/a); edit both, or delete \"d\"");
            }
        }
        return d;
    }

    /**
     * Writes a bank as JSON.
     *
     * @param bank the bank
     * @return the JSON text
     */
    public static String toJson(ItemBank bank) {
        List<Object> items = new ArrayList<>();
        for (Item item : bank.items()) {
            ItemModel model = item.model();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("item", item.id());
            entry.put("model", model.type().code());
            entry.put("a", model.slope());
            List<Object> b = new ArrayList<>();
            for (double value : model.thresholds()) {
                b.add(value);
            }
            entry.put("b", b);
            List<Object> d = new ArrayList<>();
            for (double value : model.intercepts()) {
                d.add(value);
            }
            entry.put("d", d);
            if (hasGuessing(model.type())) {
                entry.put("g", model.guessing());
            }
            if (model.type() == ModelType.FOUR_PL) {
                entry.put("u", model.upper());
            }
            item.scale().ifPresent(s -> entry.put("scale", s));
            items.add(entry);
        }
        return Json.write(Map.of("items", items));
    }

    /**
     * Writes a bank to a JSON file in UTF-8.
     *
     * @param bank the bank
     * @param path the file, replaced if it exists
     * @throws IOException if writing fails
     */
    public static void writeJson(ItemBank bank, Path path) throws IOException {
        Files.writeString(path, toJson(bank), StandardCharsets.UTF_8);
    }

    private static boolean hasGuessing(ModelType type) {
        return type == ModelType.THREE_PL || type == ModelType.FOUR_PL;
    }
}

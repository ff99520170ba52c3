package io.github.cact.mirt.files;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.banks.ItemRows;
import io.github.cact.internal.text.CsvCells;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.Json;
import io.github.cact.internal.text.JsonCursor;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Multidimensional item banks as two CSV files or one JSON document (docs/mirt-files.md).
 *
 * <p><b>Items</b>: {@code item,model,a1..aD,d1..dM,g,u,scale} — {@code a_f} is the slope on factor f,
 * empty where the item does not load on it; {@code d_k} the slope-intercept intercepts (as
 * {@link MultidimensionalItem#intercepts()}); {@code g} and {@code u} empty where the model has none;
 * {@code scale} the loaded factor of a simple-structure item, empty for an item on several factors; when
 * read, a non-empty {@code scale} must name a factor the item loads on. Required: {@code item},
 * {@code model}, {@code a1}, {@code d1}; other columns (standard errors) are ignored. A file with an
 * {@code a1} column is multidimensional; one with {@code a} and {@code b1} is a unidimensional bank
 * (ItemBankFiles).
 *
 * <p><b>Latent</b> ({@code latent.csv}): the {@code dimensions} header {@code factor,<name 1>..<name D>}
 * names the factors in the order of the {@code a1..aD} columns, then one row per factor, its name first,
 * then its correlations, 1 on the diagonal.
 *
 * <p><b>JSON</b>: {@code {"factors": ["M1", "M2"], "correlations": [[1, 0.7], [0.7, 1]], "items": [{"item":
 * "Q1", "model": "2pl", "a": [1.2, null], "d": [-0.3], "g": 0.2, "u": 0.95, "scale": "M1"}, ...]}} — the
 * same content: {@code a} has one entry per factor, {@code null} where the item does not load; {@code g},
 * {@code u} and {@code scale} are optional as in CSV. Errors name the JSON path, e.g.
 * {@code $.correlations[1][0]} or {@code $.items[3].a[2]}.
 *
 * <p>Numbers are written with {@link Double#toString(double)}; items read back to the same doubles, a
 * correlation to within its last binary digit ({@link LatentNormal} keeps R as its Cholesky parameters). Every
 * malformed value is refused with a {@link DataFormatException} naming the file, line, column, item or
 * factor, the value and what was expected. Stateless and thread-safe.
 */
public final class MultidimensionalBankFiles {

    private MultidimensionalBankFiles() {
    }

    /**
     * Tells whether a CSV header is that of a multidimensional items file.
     *
     * @param header the header cells
     * @return true if it has an {@code a1} column
     */
    public static boolean isMultidimensional(List<String> header) {
        for (String cell : header) {
            if (cell.strip().equalsIgnoreCase("a1")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a bank from its items and latent CSV texts.
     *
     * @param items the items text
     * @param itemsSource its name in errors
     * @param latent the latent text
     * @param latentSource its name in errors
     * @return the bank
     * @throws IOException if a text cannot be read
     * @throws DataFormatException naming the file, line, column and item or factor of the first bad value
     */
    public static MultidimensionalBank readCsv(Reader items, String itemsSource, Reader latent, String latentSource)
            throws IOException {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(latent, "latent");
        List<String> factors = new ArrayList<>();
        LatentNormal distribution;
        try (CsvReader csv = CsvReader.of(latent, latentSource)) {
            distribution = readLatent(csv, factors);
        }
        try (CsvReader csv = CsvReader.of(items, itemsSource)) {
            return readItems(csv, factors, distribution);
        }
    }

    /**
     * Reads a bank from its items and latent CSV files (strict UTF-8, as the other CSV files).
     *
     * @param items the items file
     * @param latent the latent file
     * @return the bank
     * @throws IOException if a file cannot be read
     * @throws DataFormatException naming the file, line, column and item or factor of the first bad value
     */
    public static MultidimensionalBank readCsv(Path items, Path latent) throws IOException {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(latent, "latent");
        List<String> factors = new ArrayList<>();
        LatentNormal distribution;
        try (CsvReader csv = CsvReader.open(latent)) {
            distribution = readLatent(csv, factors);
        }
        try (CsvReader csv = CsvReader.open(items)) {
            return readItems(csv, factors, distribution);
        }
    }

    private static LatentNormal readLatent(CsvReader csv, List<String> factors) throws IOException {
        List<String> header = csv.header();
        if (header.isEmpty() || !header.get(0).strip().equalsIgnoreCase("factor")) {
            throw new DataFormatException(csv.source(), 1, 1, "the header must start with 'factor', then the factor"
                    + " names; got '" + (header.isEmpty() ? "" : header.get(0)) + "'");
        }
        for (int c = 1; c < header.size(); c++) {
            String name = header.get(c).strip();
            if (name.isEmpty() || factors.contains(name)) {
                throw new DataFormatException(csv.source(), 1, c + 1, name.isEmpty() ? "factor name " + c + " is empty"
                        : "factor '" + name + "' is named twice");
            }
            factors.add(name);
        }
        int d = factors.size();
        if (d < 1) {
            throw new DataFormatException(csv.source(), 1, 0, "the header names no factor; expected factor,F1,F2,...");
        }
        double[][] r = new double[d][d];
        int row = 0;
        while (csv.next()) {
            if (csv.size() != header.size()) {
                throw csv.error(-1, "the row has " + csv.size() + " cells; the header has " + header.size());
            }
            if (row >= d) {
                throw csv.error(0, "more rows than the " + d + " factors of the header");
            }
            if (!csv.get(0).strip().equals(factors.get(row))) {
                throw csv.error(0, "row " + (row + 1) + " is factor '" + csv.get(0) + "'; expected '" + factors.get(row)
                        + "', the rows in the order of the header");
            }
            for (int j = 0; j < d; j++) {
                r[row][j] = csv.finiteNumber(j + 1, "correlation of '" + factors.get(row) + "' and '" + factors.get(j)
                        + "'");
            }
            row++;
        }
        if (row != d) {
            throw new DataFormatException(csv.source(), csv.line(), 0, "found " + row + " factor rows; the header names "
                    + d + " factors");
        }
        try {
            return LatentNormal.ofCorrelations(r);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(csv.source(), 0, 0, e.getMessage());
        }
    }

    private static MultidimensionalBank readItems(CsvReader csv, List<String> factors, LatentNormal latent)
            throws IOException {
        List<String> header = csv.header();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.putIfAbsent(name, c) != null) {
                throw new DataFormatException(csv.source(), 1, c + 1, "column '" + header.get(c) + "' appears twice");
            }
        }
        for (String required : List.of("item", "model", "a1", "d1")) {
            if (!columns.containsKey(required)) {
                throw new DataFormatException(csv.source(), 1, 0, "the header has no '" + required
                        + "' column; expected item,model,a1..aD,d1..dM,g,u");
            }
        }
        int d = factors.size();
        int slopes = 0;
        while (columns.containsKey("a" + (slopes + 1))) {
            slopes++;
        }
        if (slopes != d) {
            throw new DataFormatException(csv.source(), 1, 0, "the header has " + slopes + " slope columns a1..a"
                    + slopes + " but the latent file names " + d + " factors " + factors);
        }
        int maxD = 0;
        while (columns.containsKey("d" + (maxD + 1))) {
            maxD++;
        }
        int gColumn = columns.getOrDefault("g", -1);
        int uColumn = columns.getOrDefault("u", -1);
        int scaleColumn = columns.getOrDefault("scale", -1);
        List<MultidimensionalItem> items = new ArrayList<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        while (csv.next()) {
            if (csv.size() != header.size()) {
                throw csv.error(-1, "the row has " + csv.size() + " cells; the header has " + header.size());
            }
            int itemColumn = columns.get("item");
            String id = ItemRows.uniqueId(csv, itemColumn, csv.get(itemColumn).strip(), firstLine);
            ModelType type = ItemRows.parse(csv, columns.get("model"), id, ModelType::fromCode);
            double[] a = new double[d];
            List<Integer> loaded = new ArrayList<>();
            for (int f = 0; f < d; f++) {
                int column = columns.get("a" + (f + 1));
                if (!csv.get(column).isEmpty()) {
                    a[f] = csv.finiteNumber(column, "item '" + id + "': a" + (f + 1) + " (factor '" + factors.get(f)
                            + "')");
                    loaded.add(f);
                }
            }
            if (loaded.isEmpty()) {
                throw csv.error(columns.get("a1"), "item '" + id + "': every slope a1..a" + d
                        + " is empty; an item loads on at least one factor");
            }
            if (scaleColumn >= 0) {
                checkScale(csv, scaleColumn, id, factors, loaded);
            }
            int intercepts = 0;
            while (intercepts < maxD && !csv.get(columns.get("d" + (intercepts + 1))).isEmpty()) {
                intercepts++;
            }
            double[] c = new double[intercepts];
            for (int k = 0; k < intercepts; k++) {
                c[k] = csv.finiteNumber(columns.get("d" + (k + 1)), "item '" + id + "': d" + (k + 1));
            }
            for (int k = intercepts; k < maxD; k++) {
                if (!csv.get(columns.get("d" + (k + 1))).isEmpty()) {
                    throw csv.error(columns.get("d" + (k + 1)), "item '" + id + "': d" + (k + 1) + " is given but d"
                            + (intercepts + 1) + " is empty; intercepts must be contiguous from d1");
                }
            }
            double g = gColumn < 0 || csv.get(gColumn).isEmpty() ? 0 : csv.finiteNumber(gColumn, "item '" + id + "': g");
            double u = uColumn < 0 || csv.get(uColumn).isEmpty() ? 1 : csv.finiteNumber(uColumn, "item '" + id + "': u");
            int[] loadings = loaded.stream().mapToInt(Integer::intValue).toArray();
            try {
                items.add(MultidimensionalItem.of(id, type, a, loadings, c, g, u));
            } catch (IllegalArgumentException e) {
                throw csv.error(-1, e.getMessage());
            }
        }
        if (items.isEmpty()) {
            throw new DataFormatException(csv.source(), 1, 0, "the file has a header but no items");
        }
        try {
            return MultidimensionalBank.of(factors, items, latent);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(csv.source(), 0, 0, e.getMessage());
        }
    }

    /** A non-empty {@code scale} cell must name a factor the item loads on. */
    private static void checkScale(CsvReader csv, int column, String id, List<String> factors, List<Integer> loaded) {
        String scale = csv.get(column).strip();
        if (scale.isEmpty()) {
            return;
        }
        String problem = scaleProblem(scale, factors, loaded.stream().mapToInt(Integer::intValue).toArray());
        if (problem != null) {
            throw csv.error(column, "item '" + id + "': " + problem);
        }
    }

    /** Why a scale does not fit an item's loadings, or null if it does. */
    private static String scaleProblem(String scale, List<String> factors, int[] loadings) {
        int f = factors.indexOf(scale);
        List<String> loadedNames = new ArrayList<>();
        for (int l : loadings) {
            loadedNames.add(factors.get(l) + " (a" + (l + 1) + ")");
        }
        if (f < 0) {
            return "scale '" + scale + "' is not a factor of the latent distribution " + factors
                    + "; the item loads on " + loadedNames;
        }
        if (Arrays.binarySearch(loadings, f) < 0) {
            return "scale '" + scale + "' is factor a" + (f + 1) + ", on which the item has no slope; it loads on "
                    + loadedNames;
        }
        return null;
    }

    /**
     * Writes the items file (comma-separated, LF line ends).
     *
     * @param bank the bank
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeItemsCsv(MultidimensionalBank bank, Writer out) throws IOException {
        int d = bank.dimensions();
        int maxD = 1;
        for (MultidimensionalItem item : bank.items()) {
            maxD = Math.max(maxD, item.categories() - 1);
        }
        StringBuilder line = new StringBuilder("item,model");
        for (int f = 1; f <= d; f++) {
            line.append(",a").append(f);
        }
        for (int k = 1; k <= maxD; k++) {
            line.append(",d").append(k);
        }
        out.write(line.append(",g,u,scale\n").toString());
        for (MultidimensionalItem item : bank.items()) {
            line.setLength(0);
            line.append(CsvCells.quote(item.id())).append(',').append(item.type().code());
            for (int f = 0; f < d; f++) {
                line.append(',');
                if (item.loadsOn(f)) {
                    line.append(item.slope(f));
                }
            }
            double[] c = item.intercepts();
            for (int k = 0; k < maxD; k++) {
                line.append(',');
                if (k < c.length) {
                    line.append(c[k]);
                }
            }
            boolean asymptotes = item.type() == ModelType.THREE_PL || item.type() == ModelType.FOUR_PL;
            line.append(',').append(asymptotes ? Double.toString(item.guessing()) : "");
            line.append(',').append(item.type() == ModelType.FOUR_PL ? Double.toString(item.upper()) : "");
            int[] loadings = item.loadings();
            line.append(',').append(loadings.length == 1 ? CsvCells.quote(bank.factors().get(loadings[0])) : "");
            out.write(line.append('\n').toString());
        }
    }

    /**
     * Writes the latent file: the factor names as its header, then the correlation matrix.
     *
     * @param bank the bank
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void writeLatentCsv(MultidimensionalBank bank, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("factor");
        for (String factor : bank.factors()) {
            line.append(',').append(CsvCells.quote(factor));
        }
        out.write(line.append('\n').toString());
        double[][] r = bank.latent().correlations();
        for (int i = 0; i < r.length; i++) {
            line.setLength(0);
            line.append(CsvCells.quote(bank.factors().get(i)));
            for (double value : r[i]) {
                line.append(',').append(value);
            }
            out.write(line.append('\n').toString());
        }
    }

    /**
     * Writes a bank as JSON (the form in the class comment).
     *
     * @param bank the bank
     * @return the JSON text
     */
    public static String toJson(MultidimensionalBank bank) {
        Objects.requireNonNull(bank, "bank");
        int d = bank.dimensions();
        List<Object> correlations = new ArrayList<>();
        for (double[] row : bank.latent().correlations()) {
            List<Object> values = new ArrayList<>();
            for (double r : row) {
                values.add(r);
            }
            correlations.add(values);
        }
        List<Object> items = new ArrayList<>();
        for (MultidimensionalItem item : bank.items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("item", item.id());
            entry.put("model", item.type().code());
            List<Object> a = new ArrayList<>();
            for (int f = 0; f < d; f++) {
                a.add(item.loadsOn(f) ? item.slope(f) : null);
            }
            entry.put("a", a);
            List<Object> c = new ArrayList<>();
            for (double value : item.intercepts()) {
                c.add(value);
            }
            entry.put("d", c);
            if (item.type() == ModelType.THREE_PL || item.type() == ModelType.FOUR_PL) {
                entry.put("g", item.guessing());
            }
            if (item.type() == ModelType.FOUR_PL) {
                entry.put("u", item.upper());
            }
            int[] loadings = item.loadings();
            if (loadings.length == 1) {
                entry.put("scale", bank.factors().get(loadings[0]));
            }
            items.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("factors", bank.factors());
        json.put("correlations", correlations);
        json.put("items", items);
        return Json.write(json);
    }

    /**
     * Reads a bank from a UTF-8 JSON file.
     *
     * @param path the file
     * @return the bank
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming the JSON path, the item or factor, the value and what was expected;
     *     or the line and column of a syntax or encoding error
     */
    public static MultidimensionalBank readJson(Path path) throws IOException {
        return parseJson(JsonCursor.parseFile(path));
    }

    /**
     * Parses a bank from JSON text.
     *
     * @param text the JSON
     * @param source the name used in error messages
     * @return the bank
     * @throws DataFormatException naming the JSON path, the item or factor, the value and what was expected;
     *     or the line and column of a syntax error
     */
    public static MultidimensionalBank parseJson(String text, String source) {
        return parseJson(JsonCursor.parse(text, source));
    }

    private static MultidimensionalBank parseJson(JsonCursor root) {
        root.allowOnly(List.of("factors", "correlations", "items"));
        List<String> factors = new ArrayList<>();
        for (JsonCursor name : root.get("factors").elements()) {
            String factor = name.nonBlankString().strip();
            if (factors.contains(factor)) {
                throw name.error("factor '" + factor + "' is named twice");
            }
            factors.add(factor);
        }
        if (factors.isEmpty()) {
            throw root.get("factors").error("the \"factors\" array is empty; expected at least one factor name");
        }
        LatentNormal latent = jsonLatent(root.get("correlations"), factors);
        List<JsonCursor> entries = root.get("items").elements();
        if (entries.isEmpty()) {
            throw root.get("items").error("the \"items\" array is empty; expected at least one item");
        }
        List<MultidimensionalItem> items = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (JsonCursor entry : entries) {
            items.add(jsonItem(entry, factors, seen));
        }
        try {
            return MultidimensionalBank.of(factors, items, latent);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private static LatentNormal jsonLatent(JsonCursor value, List<String> factors) {
        int d = factors.size();
        List<JsonCursor> rows = value.elements();
        if (rows.size() != d) {
            throw value.error("found " + rows.size() + " rows; expected " + d + ", one per factor " + factors);
        }
        double[][] r = new double[d][];
        for (int i = 0; i < d; i++) {
            List<JsonCursor> row = rows.get(i).elements();
            if (row.size() != d) {
                throw rows.get(i).error("row of factor '" + factors.get(i) + "' has " + row.size() + " entries; expected "
                        + d);
            }
            r[i] = new double[d];
            for (int j = 0; j < d; j++) {
                r[i][j] = row.get(j).number();
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                String pair = "correlation of '" + factors.get(i) + "' and '" + factors.get(j) + "' = " + r[i][j];
                JsonCursor cell = rows.get(i).elements().get(j);
                if (i == j && r[i][j] != 1.0) {
                    throw cell.error(pair + " is on the diagonal; expected 1");
                }
                if (i != j && !(Math.abs(r[i][j]) < 1)) {
                    throw cell.error(pair + "; expected a value in (-1, 1)");
                }
                if (r[i][j] != r[j][i]) {
                    throw cell.error(pair + " differs from " + r[j][i] + " at $.correlations[" + j + "][" + i
                            + "]; expected a symmetric matrix");
                }
            }
        }
        try {
            return LatentNormal.ofCorrelations(r);
        } catch (IllegalArgumentException e) {
            throw value.error(e.getMessage());
        }
    }

    private static MultidimensionalItem jsonItem(JsonCursor entry, List<String> factors, Map<String, String> seen) {
        entry.allowOnly(List.of("item", "model", "a", "d", "g", "u", "scale"));
        String id = ItemRows.uniqueId(entry, seen);
        ModelType type = ItemRows.parse(entry.get("model"), id, ModelType::fromCode);
        int d = factors.size();
        List<JsonCursor> slopes = entry.get("a").elements();
        if (slopes.size() != d) {
            throw entry.get("a").error("item '" + id + "': found " + slopes.size() + " slopes; expected " + d
                    + ", one per factor " + factors + " (null where the item does not load)");
        }
        double[] a = new double[d];
        List<Integer> loaded = new ArrayList<>();
        for (int f = 0; f < d; f++) {
            if (!slopes.get(f).isNull()) {
                a[f] = slopes.get(f).number();
                loaded.add(f);
            }
        }
        if (loaded.isEmpty()) {
            throw entry.get("a").error("item '" + id + "': every slope is null; an item loads on at least one factor");
        }
        int[] loadings = loaded.stream().mapToInt(Integer::intValue).toArray();
        List<JsonCursor> values = entry.get("d").elements();
        if (values.isEmpty()) {
            throw entry.get("d").error("item '" + id + "': found an empty array; expected at least one intercept");
        }
        double[] c = new double[values.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = values.get(k).number();
        }
        JsonCursor scale = entry.get("scale");
        if (!scale.isNull() && !scale.string().isBlank()) {
            String problem = scaleProblem(scale.string().strip(), factors, loadings);
            if (problem != null) {
                throw scale.error("item '" + id + "': " + problem);
            }
        }
        double g = entry.get("g").isNull() ? 0 : entry.get("g").number();
        double u = entry.get("u").isNull() ? 1 : entry.get("u").number();
        try {
            return MultidimensionalItem.of(id, type, a, loadings, c, g, u);
        } catch (IllegalArgumentException e) {
            throw entry.error("item '" + id + "': " + e.getMessage());
        }
    }
}

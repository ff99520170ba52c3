package io.github.cact.data;

import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scoring key: the points each answer option of an item is worth, turning raw option answers (A–E of a
 * situational-judgement item) into the categories {@code 0..max} that the item models and every response
 * file use; the category of an answer is its score.
 *
 * <p>Key files have the columns {@code item,option,score} (any order, names in any case, nothing else),
 * one row per option, in the dialect of {@link ResponseCsv}. Options are labels compared without regard to
 * case ({@code a} and {@code A} are one option); {@code NA} is not a label, since it marks a missing answer.
 * A score is a whole number {@code 0..}{@value ResponseMatrix#MAX_CATEGORY}. The scores of an item must
 * cover {@code 0..max} with no gap and reach at least 1, since a category nobody can reach has no
 * parameters; several options may share a score. Every error names the file, line, column and item.
 *
 * <p>Immutable and thread-safe; options keep the order and spelling of the key file.
 */
public final class ScoringKey {

    private final Map<String, ItemKey> items;

    /** One item's options in file order, their scores, and the index of each label in upper case. */
    private record ItemKey(List<String> options, int[] scores, Map<String, Integer> index, int maxScore) {
    }

    private ScoringKey(Map<String, ItemKey> items) {
        this.items = items;
    }

    /**
     * Reads a UTF-8 key file.
     *
     * @param path the file; its name is used in error messages
     * @return the key
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for malformed content, located by file, line, column and item
     */
    public static ScoringKey read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (CsvReader csv = CsvReader.open(path)) {
            return read(csv);
        }
    }

    /**
     * Reads a key from a character stream.
     *
     * @param reader the text; read to the end and closed
     * @param sourceName the name used in error messages
     * @return the key
     * @throws IOException if the stream cannot be read
     * @throws DataFormatException for malformed content, located by source, line, column and item
     */
    public static ScoringKey read(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        try (CsvReader csv = CsvReader.of(reader, sourceName)) {
            return read(csv);
        }
    }

    /**
     * The keyed item ids, in order of first appearance in the key.
     *
     * @return an unmodifiable list
     */
    public List<String> items() {
        return List.copyOf(items.keySet());
    }

    /**
     * Tells whether an item has a key.
     *
     * @param item the item id, matched exactly
     * @return true if the key scores the item
     */
    public boolean contains(String item) {
        return items.containsKey(Objects.requireNonNull(item, "item"));
    }

    /**
     * The options of an item, as the key spells them, in key order.
     *
     * @param item a keyed item id
     * @return an unmodifiable list
     * @throws IllegalArgumentException if the item has no key
     */
    public List<String> options(String item) {
        return itemKey(item).options();
    }

    /**
     * The score of one option.
     *
     * @param item a keyed item id
     * @param option the option's position in {@link #options(String)}
     * @return the score, {@code 0..maxScore(item)}
     * @throws IllegalArgumentException if the item has no key
     * @throws IndexOutOfBoundsException if the option is out of range
     */
    public int score(String item, int option) {
        ItemKey key = itemKey(item);
        return key.scores()[Objects.checkIndex(option, key.scores().length)];
    }

    /**
     * Finds an option by its label, without regard to case.
     *
     * @param item a keyed item id
     * @param label the label, e.g. {@code "b"}
     * @return the option's position in {@link #options(String)}, or -1 if the item has no such option
     * @throws IllegalArgumentException if the item has no key
     */
    public int optionIndex(String item, String label) {
        Integer index = itemKey(item).index().get(normalize(Objects.requireNonNull(label, "label")));
        return index == null ? -1 : index;
    }

    /**
     * The highest score of an item; its categories are {@code 0..maxScore}.
     *
     * @param item a keyed item id
     * @return the highest score, at least 1
     * @throws IllegalArgumentException if the item has no key
     */
    public int maxScore(String item) {
        return itemKey(item).maxScore();
    }

    private ItemKey itemKey(String item) {
        ItemKey key = items.get(Objects.requireNonNull(item, "item"));
        if (key == null) {
            throw new IllegalArgumentException("item '" + item + "' has no scoring key");
        }
        return key;
    }

    static String normalize(String label) {
        return label.toUpperCase(Locale.ROOT);
    }

    /** A key row being collected: an option, its score and where it was read. */
    private record Row(String option, int score, int line) {
    }

    private static ScoringKey read(CsvReader csv) throws IOException {
        List<String> header = csv.header();
        int itemColumn = -1;
        int optionColumn = -1;
        int scoreColumn = -1;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).toLowerCase(Locale.ROOT);
            int seen = switch (name) {
                case "item" -> itemColumn;
                case "option" -> optionColumn;
                case "score" -> scoreColumn;
                default -> throw new DataFormatException(csv.source(), 1, c + 1, "column '" + header.get(c)
                        + "' is not a key column; expected exactly the columns item, option, score");
            };
            if (seen >= 0) {
                throw new DataFormatException(csv.source(), 1, c + 1, "column '" + header.get(c)
                        + "' appears twice (columns " + (seen + 1) + " and " + (c + 1) + ")");
            }
            switch (name) {
                case "item" -> itemColumn = c;
                case "option" -> optionColumn = c;
                default -> scoreColumn = c;
            }
        }
        if (itemColumn < 0 || optionColumn < 0 || scoreColumn < 0) {
            throw new DataFormatException(csv.source(), 1, 0, "the header has no '"
                    + (itemColumn < 0 ? "item" : optionColumn < 0 ? "option" : "score")
                    + "' column; expected the columns item, option, score");
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        while (csv.next()) {
            if (csv.size() != header.size()) {
                throw csv.error(Math.min(csv.size(), header.size()), "the row has " + csv.size()
                        + (csv.size() == 1 ? " cell" : " cells") + "; expected " + header.size() + ": item, option, score");
            }
            String item = csv.get(itemColumn);
            if (item.isEmpty()) {
                throw csv.error(itemColumn, "the item id is empty");
            }
            String option = csv.get(optionColumn);
            if (option.isEmpty() || option.equalsIgnoreCase("NA")) {
                throw csv.error(optionColumn, "item '" + item + "': option label '" + option + "' is "
                        + (option.isEmpty() ? "empty" : "reserved for a missing answer")
                        + "; expected a label such as A");
            }
            int score = score(csv, scoreColumn, item, option);
            Integer earlier = firstLine.putIfAbsent(item + '\u0000' + normalize(option), csv.line());
            if (earlier != null) {
                throw csv.error(optionColumn, "item '" + item + "': option '" + option
                        + "' is repeated (options are compared without regard to case); it is first on line " + earlier);
            }
            List<Row> options = rows.computeIfAbsent(item, k -> new ArrayList<>());
            if (options.size() == ResponseMatrix.MAX_CATEGORY + 1) {
                throw csv.error(optionColumn, "item '" + item + "' has more than " + (ResponseMatrix.MAX_CATEGORY + 1)
                        + " options");
            }
            options.add(new Row(option, score, csv.line()));
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(csv.source(), 1, 0, "the header is not followed by any key row");
        }
        Map<String, ItemKey> items = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> entry : rows.entrySet()) {
            items.put(entry.getKey(), itemKey(csv.source(), scoreColumn + 1, entry.getKey(), entry.getValue()));
        }
        return new ScoringKey(Collections.unmodifiableMap(items));
    }

    private static int score(CsvReader csv, int column, String item, String option) {
        String text = csv.get(column);
        int value = ResponseCsv.category(text);
        if (value >= 0 && value <= ResponseMatrix.MAX_CATEGORY) {
            return value;
        }
        throw csv.error(column, "item '" + item + "', option '" + option + "': score '" + text + "' is not a whole"
                + " number 0.." + ResponseMatrix.MAX_CATEGORY);
    }

    /** Checks that the scores cover {@code 0..max} with {@code max >= 1}, locating a gap at the top option. */
    private static ItemKey itemKey(String source, int scoreColumn, String item, List<Row> rows) {
        BitSet present = new BitSet();
        Row top = rows.get(0);
        for (Row row : rows) {
            present.set(row.score());
            if (row.score() > top.score()) {
                top = row;
            }
        }
        int max = top.score();
        if (max == 0) {
            throw new DataFormatException(source, top.line(), scoreColumn, "item '" + item
                    + "': every option scores 0; expected an option worth at least 1");
        }
        int gap = present.nextClearBit(0);
        if (gap < max) {
            throw new DataFormatException(source, top.line(), scoreColumn, "item '" + item + "': option '"
                    + top.option() + "' scores " + max + " but no option scores " + gap + "; the scores of an item"
                    + " must cover 0.." + max + " with no gap, since each score is a category");
        }
        List<String> options = new ArrayList<>(rows.size());
        int[] scores = new int[rows.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            options.add(rows.get(k).option());
            scores[k] = rows.get(k).score();
            index.put(normalize(rows.get(k).option()), k);
        }
        return new ItemKey(List.copyOf(options), scores, Map.copyOf(index), max);
    }
}

package io.github.cact.cli;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.data.DataFormatException;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on the files a command is given: that a file exists, and that two files agree (responses and
 * item bank, item bank and competency framework), each disagreement located in the file as an editor
 * shows it.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Returns the path if it is a readable regular file; otherwise an environment error naming the path
     * and the option.
     *
     * @param path the path given
     * @param option the option that gave it, for the message
     * @return the path
     * @throws NoSuchFileException if the file does not exist or is not a regular file
     * @throws AccessDeniedException if the file cannot be read
     */
    static Path existing(Path path, String option) throws NoSuchFileException, AccessDeniedException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, option + ": no such file");
        }
        if (!Files.isReadable(path)) {
            throw new AccessDeniedException(path.toString(), null, option + ": the file cannot be read");
        }
        return path;
    }

    /**
     * Reads a response file whose items must all be in a bank, with each cell at most its item's maximum
     * category: an unknown item is located at its header column, a category above the maximum at its cell.
     *
     * @param path the responses; checked with {@link #existing}
     * @param option the option that gave it
     * @param bank the items
     * @param bankName the bank's file name, for the message
     * @return the responses
     * @throws IOException if a file cannot be read
     * @throws DataFormatException naming file, line and column of the first disagreement
     */
    static ResponseMatrix responses(Path path, String option, ItemBank bank, String bankName) throws IOException {
        return ResponseCsv.read(path, responseCategories(path, option, bank, bankName));
    }

    /**
     * Checks that every item of a response file's header is in a bank, locating the first that is not at its
     * column, and returns the number of categories of every bank item by id, for reading the file.
     *
     * @param path the responses; checked with {@link #existing}
     * @param option the option that gave it
     * @param bank the items
     * @param bankName the bank's file name, for the message
     * @return the number of categories by item id
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming file, line and column of an item not in the bank
     */
    static Map<String, Integer> responseCategories(Path path, String option, ItemBank bank, String bankName)
            throws IOException {
        try (CsvReader csv = CsvReader.open(existing(path, option))) {
            List<String> header = csv.header();
            for (int c = 1; c < header.size(); c++) {
                if (bank.indexOf(header.get(c)) < 0) {
                    throw csv.error(c, "item '" + header.get(c) + "' is not in the item bank " + bankName);
                }
            }
        }
        Map<String, Integer> categories = new HashMap<>();
        for (Item item : bank.items()) {
            categories.put(item.id(), item.model().categories());
        }
        return categories;
    }

    /**
     * Checks that every item of a bank file names a competency of the framework in its {@code scale}
     * column and that every competency has an item, locating the first item that does not at its line.
     *
     * @param path the bank file, already read as {@code bank}
     * @param framework the competencies
     * @param frameworkSource where the framework comes from, for the message
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming file, line, column and item, or the competency without items
     */
    static void checkCompetencies(Path path, CompetencyFramework framework, String frameworkSource)
            throws IOException {
        Set<String> measured = new LinkedHashSet<>();
        try (CsvReader csv = CsvReader.open(path)) {
            Columns columns = new Columns(csv);
            int item = columns.required("item");
            int scale = columns.optional("scale");
            if (scale < 0) {
                throw csv.error(-1, "the header has no 'scale' column; every item must name its competency, one of "
                        + framework.codes() + " (" + frameworkSource + ")");
            }
            while (csv.next()) {
                String code = csv.get(scale);
                if (!framework.contains(code)) {
                    throw csv.error(scale, "item '" + csv.get(item) + "' is tied to "
                            + (code.isEmpty() ? "no competency" : "unknown competency '" + code + "'")
                            + "; expected one of " + framework.codes() + " (" + frameworkSource + ")");
                }
                measured.add(code);
            }
            for (String code : framework.codes()) {
                if (!measured.contains(code)) {
                    throw new DataFormatException(csv.source(), 1, scale + 1, "no item measures competency '" + code
                            + "' of " + frameworkSource + "; every competency needs items");
                }
            }
        }
    }
}

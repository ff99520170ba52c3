package io.github.cact.cli;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.files.MultidimensionalBankFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multidimensional item bank given to a command: the items file (a CSV with {@code a1..aD} columns) and
 * its latent file with the factor correlations, by default beside it as {@code <name>.latent.csv}
 * (docs/mirt-files.md). Also the response file read against such a bank.
 */
final class MultidimensionalBankInput {

    private MultidimensionalBankInput() {
    }

    /**
     * Tells whether an items file is a multidimensional bank, from its header.
     *
     * @param items the items file, already checked to exist
     * @return true if the header has an {@code a1} column
     * @throws IOException if the file cannot be read
     */
    static boolean isMultidimensional(Path items) throws IOException {
        try (CsvReader csv = CsvReader.open(items)) {
            return MultidimensionalBankFiles.isMultidimensional(csv.header());
        }
    }

    /**
     * Returns the latent file that goes with an items file: {@code bank.csv} → {@code bank.latent.csv} in
     * the same directory (a name without {@code .csv} gets {@code .latent.csv} appended).
     *
     * @param items the items file
     * @return the latent file's path
     */
    static Path latentBeside(Path items) {
        String name = items.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        return items.resolveSibling(stem + ".latent.csv");
    }

    /**
     * Checks the files of a command that reads a multidimensional bank: the latent file must exist (a
     * missing one is an environment error naming the bank and where the file was looked for), and no
     * output may overwrite it.
     *
     * @param items the items file
     * @param latent the {@code --latent} option, or null for the file beside the items
     * @param outputs the command's outputs, checked not to name the latent file
     * @return the latent file
     */
    static Path checkLatent(Path items, Path latent, FileOptions outputs) {
        Path file = latent == null ? latentBeside(items) : latent;
        if (!Files.exists(file)) {
            throw new EnvironmentException("--items: " + items + " is a multidimensional bank (a1.. columns), and its"
                    + " factor correlations are missing: no such file: " + file + (latent == null
                            ? "; write them beside the bank under that name or give --latent" : ""));
        }
        outputs.input(latent == null ? "--latent (beside --items)" : "--latent", file).check();
        return file;
    }

    /**
     * Reads a multidimensional bank.
     *
     * @param items the items file
     * @param latent the latent file
     * @return the bank
     * @throws IOException if a file cannot be read
     */
    static MultidimensionalBank read(Path items, Path latent) throws IOException {
        return MultidimensionalBankFiles.readCsv(items, latent);
    }

    /**
     * Reads a response file whose items must all be in the bank, each cell at most its item's maximum
     * category; an unknown item is located at its header column.
     *
     * @param path the responses
     * @param option the option that gave them
     * @param bank the bank
     * @param bankName the bank's file name, for messages
     * @return the responses
     * @throws IOException if the file cannot be read
     */
    static ResponseMatrix responses(Path path, String option, MultidimensionalBank bank, String bankName)
            throws IOException {
        try (CsvReader csv = CsvReader.open(Inputs.existing(path, option))) {
            List<String> header = csv.header();
            for (int c = 1; c < header.size(); c++) {
                if (bank.indexOf(header.get(c)) < 0) {
                    throw csv.error(c, "item '" + header.get(c) + "' is not in the item bank " + bankName);
                }
            }
        }
        Map<String, Integer> categories = new HashMap<>();
        for (MultidimensionalItem item : bank.items()) {
            categories.put(item.id(), item.categories());
        }
        return ResponseCsv.read(path, categories);
    }
}

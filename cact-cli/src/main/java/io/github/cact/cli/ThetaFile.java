package io.github.cact.cli;

import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * True abilities given directly, from a CSV file {@code id,<scale>...}: one row per person, one finite θ
 * per scale of the item bank, in any column order; a bank with one scale may instead have a single
 * {@code theta} column. A column that is neither {@code id} nor a scale is refused, so that a misspelt
 * scale is never silently ignored.
 */
final class ThetaFile {

    /**
     * The people of the file.
     *
     * @param ids the ids, in file order
     * @param thetas θ[n][s], scales in the order given to {@link #read}
     */
    record People(List<String> ids, double[][] thetas) {
    }

    private ThetaFile() {
    }

    /**
     * Reads the file.
     *
     * @param path the file
     * @param scales the scales of the bank, in bank order
     * @param bankName the bank's file name, for the message
     * @return the people
     * @throws IOException if the file cannot be read
     * @throws io.github.cact.data.DataFormatException naming file, line, column and person of the first
     *     bad cell, or the missing or unknown column
     */
    static People read(Path path, List<String> scales, String bankName) throws IOException {
        try (CsvReader csv = CsvReader.open(path)) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int[] scaleColumns = new int[scales.size()];
            int single = columns.optional("theta");
            for (int s = 0; s < scales.size(); s++) {
                scaleColumns[s] = columns.optional(scales.get(s).toLowerCase(Locale.ROOT));
                if (scaleColumns[s] < 0 && scales.size() == 1 && single >= 0) {
                    scaleColumns[s] = single;
                }
                if (scaleColumns[s] < 0) {
                    throw csv.error(-1, "the header has no column for scale " + scales.get(s) + "; " + bankName
                            + " has the scales " + scales + (scales.size() == 1 ? " (or give one 'theta' column)" : ""));
                }
            }
            for (int c = 0; c < csv.header().size(); c++) {
                if (c != id && !contains(scaleColumns, c)) {
                    throw csv.error(c, "column '" + csv.header().get(c) + "' is not a scale of " + bankName
                            + "; expected id and " + scales);
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            List<String> ids = new ArrayList<>();
            List<double[]> thetas = new ArrayList<>();
            while (csv.next()) {
                columns.checkWidth();
                String personId = columns.id(id, seen);
                double[] theta = new double[scales.size()];
                for (int s = 0; s < theta.length; s++) {
                    theta[s] = columns.number(scaleColumns[s], personId);
                }
                ids.add(personId);
                thetas.add(theta);
            }
            if (ids.isEmpty()) {
                throw csv.error(-1, "the file has a header but no people");
            }
            return new People(List.copyOf(ids), thetas.toArray(new double[0][]));
        }
    }

    private static boolean contains(int[] columns, int column) {
        for (int c : columns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }
}

package io.github.cact.calibration;

import io.github.cact.data.ResponseMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the LSAT reference pattern files of the test resources, expanding each pattern by its count.
 * Read here rather than with ResponseCsv.readPatterns so that the reference tests depend on nothing but the file
 * (lsat6 holds patterns with count 0, which this reader skips).
 */
final class Lsat {

    private Lsat() {
    }

    static ResponseMatrix load(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Lsat.class.getResourceAsStream(name + "-patterns.csv"), StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",");
            List<String> items = Arrays.asList(header).subList(0, header.length - 1);
            ResponseMatrix.Builder builder = ResponseMatrix.builder(items);
            String line;
            int pattern = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                int[] row = new int[items.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Integer.parseInt(cells[i].strip());
                }
                int count = Integer.parseInt(cells[row.length].strip());
                pattern++;
                for (int c = 0; c < count; c++) {
                    builder.add("p" + pattern + "." + (c + 1), row);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.cact.reference;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the reference data and published results of the test resources' {@code reference} folder: one
 * copy of each data set, one JSON file per published source with its provenance (see the folder's
 * README.md).
 */
public final class References {

    /** The folder, relative to the cact-core module directory (the tests' working directory). */
    public static final Path FOLDER = Path.of("src", "test", "resources", "reference");

    private References() {
    }

    /**
     * An LSAT pattern file with each pattern expanded by its count. Read here rather than with
     * ResponseCsv.readPatterns so that the reference tests depend on nothing but the file (LSAT6 holds
     * patterns with count 0, which this reader skips).
     *
     * @param name {@code lsat6} or {@code lsat7}
     * @return 1,000 examinees, ids {@code p<pattern>.<copy>}
     */
    public static ResponseMatrix lsatPatterns(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name + "-patterns.csv"),
                StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",");
            List<String> items = List.of(header).subList(0, header.length - 1);
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

    /**
     * The published results of one source.
     *
     * @param file e.g. {@code lsat7-mirt.json}
     * @return its top-level object
     */
    public static Published published(String file) {
        try (InputStream in = open(file)) {
            return new Published(file, (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        return Objects.requireNonNull(References.class.getResourceAsStream("/reference/" + file), file);
    }

    /**
     * One object of a published-results file: numbers, arrays of numbers or strings, nested objects.
     *
     * @param where the file and JSON path, for messages
     * @param values the object
     */
    public record Published(String where, Map<?, ?> values) {

        private Object get(String key) {
            return Objects.requireNonNull(values.get(key), () -> where + ": no " + key);
        }

        /**
         * A nested object.
         *
         * @param key its key
         * @return the object
         */
        public Published section(String key) {
            return new Published(where + "." + key, (Map<?, ?>) get(key));
        }

        /**
         * A number.
         *
         * @param key its key
         * @return the value
         */
        public double number(String key) {
            return (Double) get(key);
        }

        /**
         * An array of numbers.
         *
         * @param key its key
         * @return the values
         */
        public double[] numbers(String key) {
            List<?> list = (List<?>) get(key);
            double[] out = new double[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (Double) list.get(i);
            }
            return out;
        }

        /**
         * A string.
         *
         * @param key its key
         * @return the value
         */
        public String text(String key) {
            return (String) get(key);
        }

        /**
         * An array of whole numbers.
         *
         * @param key its key
         * @return the values
         */
        public int[] ints(String key) {
            double[] values = numbers(key);
            int[] out = new int[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) values[i];
                if (out[i] != values[i]) {
                    throw new IllegalStateException(where + "." + key + "[" + i + "] is not whole: " + values[i]);
                }
            }
            return out;
        }

        /**
         * An array of strings.
         *
         * @param key its key
         * @return the values
         */
        public String[] strings(String key) {
            return ((List<?>) get(key)).toArray(String[]::new);
        }
    }
}

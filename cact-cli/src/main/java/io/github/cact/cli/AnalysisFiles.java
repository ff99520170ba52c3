package io.github.cact.cli;

import io.github.cact.cli.report.TestQuality;
import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the directory {@code cact analyze} writes into the report's {@link TestQuality}: ctt.csv and
 * reliability.csv are required, options.csv, dif.csv, personfit.csv and ld.csv are read when present. An
 * item is flagged when its item–rest correlation is below {@value #MIN_ITEM_REST}, when α rises without it,
 * when one of its options is reversed, or when its DIF class is C; a pattern counts as aberrant when its
 * person-fit flag is {@code misfit}, a pair as dependent when its flag names a statistic; see
 * docs/analysis.md.
 */
final class AnalysisFiles {

    /** Items whose corrected item–rest correlation is below this are flagged (Ebel &amp; Frisbie 1991). */
    static final double MIN_ITEM_REST = 0.20;

    /** The lz* histogram: bins of 0.5 from −4 to 3, the first and last open-ended. */
    private static final double LZ_FROM = -4;
    private static final double LZ_BIN = 0.5;
    private static final int LZ_BINS = 14;

    /** The ld.csv flags of a pair found dependent. */
    private static final Set<String> DEPENDENT = Set.of("q3", "ld_chi2", "q3+ld_chi2");

    private AnalysisFiles() {
    }

    /**
     * Reads the directory.
     *
     * @param directory the output directory of {@code cact analyze}
     * @return the results
     * @throws IOException if a file cannot be read
     * @throws DataFormatException naming file, line and column of a malformed cell
     */
    static TestQuality read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new EnvironmentException("--analysis: no such directory: " + directory);
        }
        Map<String, Double> alphas = new HashMap<>();
        List<TestQuality.Reliability> reliabilities = reliabilities(directory.resolve("reliability.csv"), alphas);
        List<TestQuality.FlaggedItem> flagged = new ArrayList<>();
        items(directory.resolve("ctt.csv"), alphas, flagged);
        Path options = directory.resolve("options.csv");
        if (Files.exists(options)) {
            options(options, flagged);
        }
        List<TestQuality.DifClass> dif = new ArrayList<>();
        Path difFile = directory.resolve("dif.csv");
        if (Files.exists(difFile)) {
            dif(difFile, dif, flagged);
        }
        Path personFit = directory.resolve("personfit.csv");
        List<TestQuality.LdPair> pairs = new ArrayList<>();
        Path ld = directory.resolve("ld.csv");
        if (Files.exists(ld)) {
            ld(ld, pairs);
        }
        return new TestQuality(reliabilities, flagged, dif, Files.exists(personFit) ? personFit(personFit) : null, pairs);
    }

    private static CsvReader open(Path file) throws IOException {
        return CsvReader.open(Inputs.existing(file, "--analysis"));
    }

    private static double numberOrNaN(CsvReader csv, Columns columns, int column, String row) {
        return columns.present(column) ? columns.number(column, row) : Double.NaN;
    }

    private static String scale(CsvReader csv, int column) {
        return column < 0 ? "" : csv.get(column);
    }

    private static List<TestQuality.Reliability> reliabilities(Path file, Map<String, Double> alphas) throws IOException {
        List<TestQuality.Reliability> rows = new ArrayList<>();
        try (CsvReader csv = open(file)) {
            Columns columns = new Columns(csv);
            int scale = columns.required("scale");
            int complete = columns.required("n_complete");
            int[] numbers = {columns.required("alpha"), columns.required("alpha_lower"), columns.required("alpha_upper"),
                columns.required("empirical_rxx"), columns.required("marginal_rxx")};
            while (csv.next()) {
                columns.checkWidth();
                String code = csv.get(scale);
                double[] values = new double[numbers.length];
                for (int k = 0; k < numbers.length; k++) {
                    values[k] = numberOrNaN(csv, columns, numbers[k], code);
                }
                int n = columns.integer(complete, code);
                if (n < 0) {
                    throw csv.error(complete, "'" + code + "': n_complete = " + n + " is negative");
                }
                alphas.put(code, values[0]);
                rows.add(new TestQuality.Reliability(code, n, values[0], values[1], values[2], values[3], values[4]));
            }
        }
        return rows;
    }

    private static void items(Path file, Map<String, Double> alphas, List<TestQuality.FlaggedItem> flagged)
            throws IOException {
        try (CsvReader csv = open(file)) {
            Columns columns = new Columns(csv);
            int scale = columns.optional("scale");
            int item = columns.required("item");
            int rest = columns.required("item_rest_r");
            int ifDeleted = columns.required("alpha_if_deleted");
            while (csv.next()) {
                columns.checkWidth();
                String id = csv.get(item);
                String code = scale(csv, scale);
                double r = numberOrNaN(csv, columns, rest, id);
                if (r < MIN_ITEM_REST) {
                    flagged.add(new TestQuality.FlaggedItem(code, id,
                            "korelasi butir–sisa " + num(r) + " di bawah " + num(MIN_ITEM_REST),
                            "item–rest correlation " + num(r) + " below " + num(MIN_ITEM_REST)));
                }
                double without = numberOrNaN(csv, columns, ifDeleted, id);
                double alpha = alphas.getOrDefault(code, Double.NaN);
                if (without > alpha) {
                    flagged.add(new TestQuality.FlaggedItem(code, id,
                            "α naik dari " + num(alpha) + " menjadi " + num(without) + " tanpa butir ini",
                            "α rises from " + num(alpha) + " to " + num(without) + " without it"));
                }
            }
        }
    }

    private static void options(Path file, List<TestQuality.FlaggedItem> flagged) throws IOException {
        try (CsvReader csv = open(file)) {
            Columns columns = new Columns(csv);
            int scale = columns.optional("scale");
            int item = columns.required("item");
            int option = columns.required("option");
            int flag = columns.required("flag");
            while (csv.next()) {
                columns.checkWidth();
                if (columns.present(flag)) {
                    flagged.add(new TestQuality.FlaggedItem(scale(csv, scale), csv.get(item),
                            "opsi " + csv.get(option) + " lebih dipilih peserta yang mampu daripada opsi berskor lebih tinggi",
                            "option " + csv.get(option) + " is keyed higher than an option the able prefer"));
                }
            }
        }
    }

    private static void dif(Path file, List<TestQuality.DifClass> dif, List<TestQuality.FlaggedItem> flagged)
            throws IOException {
        try (CsvReader csv = open(file)) {
            Columns columns = new Columns(csv);
            int scale = columns.optional("scale");
            int item = columns.required("item");
            int ets = columns.required("ets_class");
            int lr = columns.required("lr_class");
            int adjusted = columns.required("p_adjusted");
            while (csv.next()) {
                columns.checkWidth();
                String id = csv.get(item);
                double p = numberOrNaN(csv, columns, adjusted, id);
                if (p < 0 || p > 1) {
                    throw csv.error(adjusted, "'" + id + "': p_adjusted = " + csv.get(adjusted) + " is not in [0, 1]");
                }
                dif.add(new TestQuality.DifClass(id, csv.get(ets), csv.get(lr), p));
                if (csv.get(ets).equals("C") || csv.get(lr).equals("C")) {
                    flagged.add(new TestQuality.FlaggedItem(scale(csv, scale), id, "DIF kelas C", "DIF class C"));
                }
            }
        }
    }

    private static TestQuality.PersonFit personFit(Path file) throws IOException {
        int[] counts = new int[LZ_BINS];
        int people = 0;
        int aberrant = 0;
        try (CsvReader csv = open(file)) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int lz = columns.required("lz_star");
            int flag = columns.required("flag");
            while (csv.next()) {
                columns.checkWidth();
                if (!columns.present(lz)) {
                    continue; // no statistic (too few answers, an extreme pattern): counted in no bin
                }
                double value = columns.number(lz, csv.get(id));
                counts[Math.min(LZ_BINS - 1, Math.max(0, (int) Math.floor((value - LZ_FROM) / LZ_BIN)))]++;
                people++;
                if (csv.get(flag).equals("misfit")) {
                    aberrant++;
                }
            }
        }
        List<Integer> histogram = new ArrayList<>();
        for (int c : counts) {
            histogram.add(c);
        }
        return new TestQuality.PersonFit(LZ_FROM, LZ_BIN, histogram, aberrant, people);
    }

    private static void ld(Path file, List<TestQuality.LdPair> pairs) throws IOException {
        try (CsvReader csv = open(file)) {
            Columns columns = new Columns(csv);
            int item1 = columns.required("item1");
            int item2 = columns.required("item2");
            int q3 = columns.required("q3");
            int chi2 = columns.required("ld_chi2");
            int flag = columns.required("flag");
            while (csv.next()) {
                columns.checkWidth();
                if (DEPENDENT.contains(csv.get(flag))) {
                    String pair = csv.get(item1) + "/" + csv.get(item2);
                    pairs.add(new TestQuality.LdPair(csv.get(item1), csv.get(item2), numberOrNaN(csv, columns, q3, pair),
                            numberOrNaN(csv, columns, chi2, pair)));
                }
            }
        }
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

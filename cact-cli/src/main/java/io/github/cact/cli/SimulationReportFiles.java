package io.github.cact.cli;

import io.github.cact.cli.report.AdaptiveSimulation;
import io.github.cact.cli.report.SimulationDesign;
import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.JsonCursor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the output directory of {@code cact cat-simulate} for the report: {@code summary.json} (the
 * statistics of both designs) and {@code exposure.csv} (the adaptive test's exposure rates).
 */
final class SimulationReportFiles {

    private SimulationReportFiles() {
    }

    /**
     * Reads the directory.
     *
     * @param directory the simulation's output directory
     * @return the report's model of the simulation
     * @throws IOException if a file cannot be read
     * @throws DataFormatException naming the file and line or JSON path of a missing or bad value
     */
    static AdaptiveSimulation read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new EnvironmentException("--simulation: not a directory: " + directory
                    + "; expected the --out directory of cact cat-simulate");
        }
        JsonCursor summary = JsonCursor.parseFile(Inputs.existing(directory.resolve("summary.json"), "--simulation"));
        int examinees = summary.get("examinees").integer(1, Integer.MAX_VALUE);
        SimulationDesign adaptive = design(summary.get("adaptive"), "Tes adaptif", "Adaptive test");
        SimulationDesign fixed = design(summary.get("fixed"), "Bentuk tetap", "Fixed form");
        List<Double> rates = exposure(directory.resolve("exposure.csv"));
        return located(summary, () -> new AdaptiveSimulation(examinees, adaptive, fixed, rates));
    }

    private static SimulationDesign design(JsonCursor design, String nameId, String nameEn) {
        List<Integer> lengths = new ArrayList<>();
        for (JsonCursor count : design.get("lengthDistribution").elements()) {
            lengths.add(count.integer(0, Integer.MAX_VALUE));
        }
        List<Double> theta = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        for (JsonCursor bin : design.get("conditional").elements()) {
            if (bin.get("pairs").integer(0, Integer.MAX_VALUE) > 0) {
                theta.add(bin.get("theta").number());
                se.add(bin.get("meanSe").number());
            }
        }
        JsonCursor overlap = design.get("overlapRate");
        double overlapRate = overlap.isNull() ? Double.NaN : overlap.number();
        return located(design, () -> new SimulationDesign(nameId, nameEn, design.get("meanItems").number(),
                design.get("rmse").number(), design.get("classificationAccuracy").number(),
                design.get("maxExposure").number(), overlapRate, lengths, theta, se));
    }

    private static List<Double> exposure(Path path) throws IOException {
        List<Double> rates = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(Inputs.existing(path, "--simulation"))) {
            Columns columns = new Columns(csv);
            int item = columns.required("item");
            int rate = columns.required("exposure_rate");
            Map<String, Integer> seen = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String id = columns.id(item, seen);
                double value = columns.number(rate, id);
                if (value < 0 || value > 1) {
                    throw csv.error(rate, "'" + id + "': exposure_rate = " + csv.get(rate) + " is outside [0, 1]");
                }
                rates.add(value);
            }
        }
        return rates;
    }

    /** Runs a constructor that checks ranges, locating its complaint at a JSON value. */
    private static <T> T located(JsonCursor where, Supplier<T> build) {
        try {
            return build.get();
        } catch (DataFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage());
        }
    }
}

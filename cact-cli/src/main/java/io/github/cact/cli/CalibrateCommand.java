package io.github.cact.cli;

import io.github.cact.calibration.CalibrationOptions;
import io.github.cact.calibration.CalibrationResult;
import io.github.cact.calibration.Calibrator;
import io.github.cact.calibration.ItemFit;
import io.github.cact.calibration.LimitedInformationFit;
import io.github.cact.calibration.ModelSpec;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.Json;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact calibrate}: item parameters by marginal maximum likelihood (Bock–Aitkin EM, mirt's
 * defaults). Writes the item bank CSV ({@code item,model,a,b1..,g,u,scale,d1..}) followed by the standard
 * errors of the slope-intercept parameters ({@code se_a, se_d1.., se_g, se_u}) and item fit
 * ({@code sx2, sx2_df, sx2_p, infit, outfit}); the optional summary JSON holds {@code logLikelihood,
 * iterations, converged, aic, bic, latentMean, latentVariance}, warnings and model fit. With a
 * {@code scale} column in the item-models file each scale is calibrated on its own (one latent trait per
 * competency); the summary then sums log-likelihood, AIC and BIC, reports the largest cycle count, and
 * lists each scale under {@code scales}. With {@code --dimensions scale}, one correlated factor per scale
 * ({@link MultidimensionalCalibration}). Exit code 4 when a calibration did not converge (all results
 * are still written, flagged).
 */
final class CalibrateCommand implements CactCommand {

    private CommandSpec spec;
    private Path responses;
    private String model;
    private Path itemModels;
    private int quadrature;
    private double tolerance;
    private int maxCycles;
    private int m2MaxMoments;
    private Path anchors;
    private Path out;
    private Path summary;
    private String dimensions;
    private String method;
    private long seed;
    private Path latent;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "calibrate",
                "Calibrate items by marginal maximum likelihood (EM), with standard errors and item fit.");
        d.option("--responses", Path.class, v -> responses = v).paramLabel("R.csv").required(true)
                .description("id,<item>... categories 0..K-1, empty or NA for missing.");
        d.option("--model", String.class, v -> model = v).paramLabel("MODEL").required(true)
                .description("rasch, 1pl, 2pl, 3pl, 4pl, grm, gpcm or pcm: the model of items not in --item-models.");
        d.option("--item-models", Path.class, v -> itemModels = v).paramLabel("M.csv")
                .description("item,model[,categories][,scale]: a model per item, declared categories, and scales calibrated"
                        + " separately.");
        d.option("--quadrature", int.class, v -> quadrature = v).paramLabel("Q").defaultValue("61")
                .description("Quadrature nodes on [-6, 6], >= 2 (default: ${DEFAULT-VALUE}).");
        d.option("--tol", double.class, v -> tolerance = v).paramLabel("TOL").defaultValue("1e-4")
                .description("Convergence: largest parameter change, > 0 (default: ${DEFAULT-VALUE}).");
        d.option("--max-cycles", int.class, v -> maxCycles = v).paramLabel("N").defaultValue("500")
                .description("Most EM cycles, >= 1 (default: ${DEFAULT-VALUE}).");
        d.option("--m2-max-moments", int.class, v -> m2MaxMoments = v).paramLabel("N").defaultValue("500")
                .description("Compute M2 only when the test has at most N first- and second-order moments (default:"
                        + " ${DEFAULT-VALUE}; 40 dichotomous items have 820).");
        d.option("--anchors", Path.class, v -> anchors = v).paramLabel("BANK.csv")
                .description("Items that keep their parameters (fixed-parameter calibration on the bank's scale).");
        d.option("--out", Path.class, v -> out = v).paramLabel("ITEMS.csv").required(true)
                .description("Where to write the calibrated items.");
        d.option("--summary", Path.class, v -> summary = v).paramLabel("SUMMARY.json")
                .description("Where to write the summary.");
        d.option("--dimensions", String.class, v -> dimensions = v).paramLabel("scale")
                .description("scale: one correlated factor per scale of --item-models (multidimensional IRT).");
        d.option("--method", String.class, v -> method = v).paramLabel("METHOD").defaultValue("mhrm")
                .description("With --dimensions: mhrm (default) or qmcem.");
        d.option("--seed", long.class, v -> seed = v).paramLabel("SEED").defaultValue("1")
                .description("With --dimensions: the seed of MH-RM's draws (default: ${DEFAULT-VALUE}).");
        d.option("--latent", Path.class, v -> latent = v).paramLabel("LATENT.csv")
                .description("With --dimensions: where to write the factor correlations (default: beside --out, its name"
                        + " with .latent.csv).");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        ModelType defaultModel = OptionValues.model("--model", model);
        CalibrationOptions options = CalibrationOptions.builder().quadrature(OptionValues.quadrature(quadrature))
                .tolerance(OptionValues.positive("--tol", tolerance))
                .maxCycles(OptionValues.atLeast("--max-cycles", maxCycles, 1))
                .m2MaxMoments(OptionValues.atLeast("--m2-max-moments", m2MaxMoments, 0)).build();
        Path latentOut = MultidimensionalCalibration.checkOptions(spec.commandLine().getParseResult(), dimensions,
                itemModels, anchors, out, latent);
        new FileOptions().input("--responses", responses).input("--item-models", itemModels).input("--anchors", anchors)
                .output("--out", out).output("--summary", summary).output("--latent", latentOut).check();
        ResponseMatrix data = ResponseCsv.read(Inputs.existing(responses, "--responses"));
        Map<String, List<String>> scales = new LinkedHashMap<>();
        ModelSpec models = readItemModels(data, defaultModel, scales);
        if (anchors != null) {
            models = models.withAnchors(ItemBankFiles.readCsv(Inputs.existing(anchors, "--anchors")));
        }
        if (dimensions != null) {
            return new MultidimensionalCalibration(data, models, scales, MultidimensionalCalibration.options(
                    spec.commandLine().getParseResult(), method, seed, options.tolerance(), options.maxCycles(),
                    options.m2MaxMoments()),
                    options).run(out, latentOut, summary, spec.commandLine().getErr(), quiet.on());
        }
        Map<String, CalibrationResult> results;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "calibrating", quiet)) {
            int[] started = {0};
            results = Calibrator.of(options).calibrateByScale(data, models, scaleOf(scales), scale -> {
                int done = started[0]++;
                if (!progress.active()) {
                    return (cycle, max, change) -> { }; // nothing to draw: no text formatted per cycle
                }
                String name = scale.isEmpty() ? "" : scale + ": ";
                progress.update(1000L * done, 1000L * scales.size(), name);
                double[] seen = {Double.NaN, 0}; // the first cycle's change, the furthest share shown
                return (cycle, max, change) -> {
                    // within a scale, the bar follows the largest change on a log scale, from the first
                    // cycle's down to the tolerance, never moving back
                    if (cycle == 1) {
                        seen[0] = change;
                    }
                    double toward = Math.log(seen[0] / change) / Math.log(seen[0] / options.tolerance());
                    seen[1] = Math.max(seen[1], Math.min(1, Double.isFinite(toward) ? toward : 0));
                    long share = Math.round(1000 * seen[1]);
                    progress.update(1000L * done + share, 1000L * scales.size(), String.format(java.util.Locale.ROOT,
                            "%sEM cycle %d, largest change %.1e", name, cycle, change));
                };
            });
            progress.update(results.size(), scales.size(), "");
        }
        try (Outputs outputs = new Outputs()) {
            writeItems(results, outputs.file(out).writer());
            if (summary != null) {
                outputs.text(summary, summaryJson(results));
            }
            outputs.commit();
        }
        boolean converged = ScaleTotals.of(results.values()).converged();
        if (!quiet.on() || !converged) {
            for (Map.Entry<String, CalibrationResult> entry : results.entrySet()) {
                CalibrationResult r = entry.getValue();
                printResult(spec.commandLine().getErr(), entry.getKey().isEmpty() ? "calibration" : "scale "
                        + entry.getKey(), r);
                for (String warning : r.warnings()) {
                    spec.commandLine().getErr().println("  warning: " + warning);
                }
            }
        }
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    /** Reads the per-item models; fills {@code scales} with the item ids of each scale in file order. */
    private ModelSpec readItemModels(ResponseMatrix data, ModelType defaultModel, Map<String, List<String>> scales)
            throws IOException {
        ModelSpec spec = ModelSpec.of(defaultModel);
        Map<String, String> scaleOf = new HashMap<>();
        if (itemModels != null) {
            try (CsvReader csv = CsvReader.open(Inputs.existing(itemModels, "--item-models"))) {
                Columns columns = new Columns(csv);
                int item = columns.required("item");
                int modelColumn = columns.optional("model");
                int categories = columns.optional("categories");
                int scale = columns.optional("scale");
                Map<String, Integer> seen = new HashMap<>();
                while (csv.next()) {
                    columns.checkWidth();
                    String id = columns.id(item, seen);
                    if (data.itemIndex(id) < 0) {
                        throw csv.error(item, "item '" + id + "' is not a column of " + responses.getFileName());
                    }
                    try {
                        if (columns.present(modelColumn)) {
                            spec = spec.withModel(id, ModelType.fromCode(csv.get(modelColumn)));
                        }
                        if (columns.present(categories)) {
                            spec = spec.withCategories(id, columns.integer(categories, id));
                        }
                    } catch (io.github.cact.data.DataFormatException e) {
                        throw e;
                    } catch (IllegalArgumentException e) {
                        throw csv.error(columns.present(categories) ? categories : modelColumn, "item '" + id + "': "
                                + e.getMessage());
                    }
                    if (columns.present(scale)) {
                        scaleOf.put(id, csv.get(scale));
                    }
                }
            }
        }
        for (String id : data.itemIds()) {
            scales.computeIfAbsent(scaleOf.getOrDefault(id, ""), k -> new ArrayList<>()).add(id);
        }
        if (scales.size() > 1 && scales.containsKey("")) {
            throw new io.github.cact.data.DataFormatException(String.valueOf(itemModels.getFileName()), 0, 0,
                    "items " + scales.get("") + " have no scale while others do; give every item a scale");
        }
        return spec;
    }

    /**
     * The scale of every item, from the items of every scale.
     *
     * @param scales the item ids of each scale
     * @return the scale code by item id
     */
    static Map<String, String> scaleOf(Map<String, List<String>> scales) {
        Map<String, String> scaleOf = new HashMap<>();
        scales.forEach((scale, ids) -> ids.forEach(id -> scaleOf.put(id, scale)));
        return scaleOf;
    }

    /**
     * Prints the line that reports one calibration: {@code <label>: <n> items, logLik <ll>, <c> cycles,}
     * then {@code converged} or {@code NOT CONVERGED}.
     *
     * @param err where the line goes
     * @param label what was calibrated, e.g. {@code scale A}
     * @param r the calibration
     */
    static void printResult(PrintWriter err, String label, CalibrationResult r) {
        err.printf(java.util.Locale.ROOT, "%s: %d items, logLik %.3f, %d cycles, %s%n", label, r.bank().size(),
                r.logLikelihood(), r.cycles(), r.converged() ? "converged" : "NOT CONVERGED");
    }

    /**
     * Joins the banks of separately calibrated scales, each item taking its scale's name.
     *
     * @param results calibrations by scale ("" for a single unnamed scale)
     * @return one bank, in scale order
     */
    static ItemBank combined(Map<String, CalibrationResult> results) {
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, CalibrationResult> entry : results.entrySet()) {
            for (Item item : entry.getValue().bank().items()) {
                items.add(entry.getKey().isEmpty() ? item : Item.of(item.id(), item.model(), entry.getKey()));
            }
        }
        return ItemBank.of(items);
    }

    /**
     * Writes the calibrated items with their standard errors and fit (columns in the class comment).
     *
     * @param results calibrations by scale
     * @param out where to write the CSV text
     * @throws IOException if writing fails
     */
    static void writeItems(Map<String, CalibrationResult> results, Writer out) throws IOException {
        ItemBank bank = combined(results);
        java.io.StringWriter text = new java.io.StringWriter();
        ItemBankFiles.writeCsv(bank, text);
        String[] lines = text.toString().split("\n");
        int intercepts = bank.maxCategories() - 1;
        StringBuilder csv = new StringBuilder(lines[0]).append(",se_a");
        for (int k = 1; k <= intercepts; k++) {
            csv.append(",se_d").append(k);
        }
        csv.append(",se_g,se_u,sx2,sx2_df,sx2_p,infit,outfit\n");
        int line = 1;
        for (CalibrationResult result : results.values()) {
            Map<String, ItemFit> fit = new HashMap<>();
            for (ItemFit f : result.itemFit()) {
                fit.put(f.itemId(), f);
            }
            for (Item item : result.bank().items()) {
                csv.append(lines[line++]);
                ItemModel m = item.model();
                csv.append(',').append(se(result, item.id(), "a"));
                boolean partialCredit = m.type() == ModelType.GPCM || m.type() == ModelType.PCM;
                for (int k = 1; k <= intercepts; k++) {
                    String name = m.categories() == 2 ? (k == 1 ? "d" : null) : (partialCredit ? "c" : "d") + k;
                    csv.append(',').append(name == null || k >= m.categories() ? "" : se(result, item.id(), name));
                }
                csv.append(',').append(se(result, item.id(), "g")).append(',').append(se(result, item.id(), "u"));
                ItemFit f = fit.get(item.id());
                csv.append(',').append(f == null ? "" : value(f.sx2(), 4))
                        .append(',').append(f == null || f.sx2().isEmpty() ? "" : Integer.toString(f.df()))
                        .append(',').append(f == null ? "" : value(f.pValue(), 4))
                        .append(',').append(f == null ? "" : value(f.infit(), 4))
                        .append(',').append(f == null ? "" : value(f.outfit(), 4)).append('\n');
            }
        }
        out.write(csv.toString());
    }

    private static String se(CalibrationResult result, String item, String parameter) {
        return value(result.standardError(item, parameter), 6);
    }

    /** The value with that many decimals, or empty where it is absent or not finite. */
    static String value(OptionalDouble value, int decimals) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? CsvOutput.number(value.getAsDouble(), decimals) : "";
    }

    static String summaryJson(Map<String, CalibrationResult> results) {
        Map<String, Object> json = new LinkedHashMap<>();
        double mean = 0;
        double variance = 0;
        Map<String, Object> scales = new LinkedHashMap<>();
        List<Object> warnings = new ArrayList<>();
        for (Map.Entry<String, CalibrationResult> entry : results.entrySet()) {
            CalibrationResult r = entry.getValue();
            mean += r.latentMean() / results.size();
            variance += r.latentVariance() / results.size();
            for (String warning : r.warnings()) {
                warnings.add(entry.getKey().isEmpty() ? warning : "scale " + entry.getKey() + ": " + warning);
            }
            scales.put(entry.getKey(), scaleJson(r));
        }
        ScaleTotals totals = ScaleTotals.of(results.values());
        json.put("logLikelihood", totals.logLikelihood());
        json.put("iterations", totals.cycles());
        json.put("converged", totals.converged());
        json.put("aic", totals.aic());
        json.put("bic", totals.bic());
        json.put("latentMean", mean);
        json.put("latentVariance", variance);
        json.put("warnings", warnings);
        if (results.size() == 1) {
            CalibrationResult only = results.values().iterator().next();
            json.put("examinees", only.examinees());
            json.put("parameters", only.parameterCount());
            json.put("standardErrors", only.standardErrorMethod().name());
            putFit(json, only);
        } else {
            json.put("scales", scales);
        }
        return Json.write(json);
    }

    private static Map<String, Object> scaleJson(CalibrationResult r) {
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("items", r.bank().size());
        scale.put("logLikelihood", r.logLikelihood());
        scale.put("iterations", r.cycles());
        scale.put("converged", r.converged());
        scale.put("aic", r.aic());
        scale.put("bic", r.bic());
        scale.put("latentMean", r.latentMean());
        scale.put("latentVariance", r.latentVariance());
        putFit(scale, r);
        return scale;
    }

    /**
     * Adds G2 ({@code modelFit}) and M2 or C2 ({@code limitedInformationFit}) where they were computed, keys
     * in a fixed order.
     */
    private static void putFit(Map<String, Object> json, CalibrationResult r) {
        r.modelFit().ifPresent(fit -> {
            Map<String, Object> g2 = new LinkedHashMap<>();
            g2.put("g2", fit.g2());
            g2.put("df", fit.df());
            g2.put("p", fit.pValue());
            json.put("modelFit", g2);
        });
        r.limitedInformationFit().ifPresent(fit -> putLimitedInformationFit(json, fit));
    }

    /** Adds M2 or C2 with its df, p, RMSEA with its interval and SRMSR as {@code limitedInformationFit}. */
    static void putLimitedInformationFit(Map<String, Object> json, LimitedInformationFit fit) {
        Map<String, Object> m2 = new LinkedHashMap<>();
        m2.put("type", fit.collapsed() ? "C2" : "M2");
        m2.put("m2", fit.m2());
        m2.put("df", fit.df());
        m2.put("p", fit.pValue());
        m2.put("rmsea", fit.rmsea());
        m2.put("rmseaLower", fit.rmseaLower());
        m2.put("rmseaUpper", fit.rmseaUpper());
        m2.put("srmsr", fit.srmsr());
        m2.put("examinees", fit.examinees());
        json.put("limitedInformationFit", m2);
    }
}

package io.github.cact.cli;

import io.github.cact.calibration.CalibrationOptions;
import io.github.cact.calibration.CalibrationResult;
import io.github.cact.calibration.Calibrator;
import io.github.cact.calibration.ModelSpec;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.Json;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.estimation.EstimationMethod;
import io.github.cact.mirt.estimation.FactorModel;
import io.github.cact.mirt.estimation.MirtCalibrator;
import io.github.cact.mirt.estimation.MirtOptions;
import io.github.cact.mirt.estimation.MirtResult;
import io.github.cact.mirt.files.MultidimensionalBankFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import picocli.CommandLine.ParseResult;

/**
 * {@code cact calibrate --dimensions scale}: a confirmatory correlated-factor model with one factor per
 * scale of the item-models file, by MH-RM or QMC-EM (docs/mirt-files.md). Writes the items CSV with
 * {@code a1..aD} columns and the standard errors {@code se_a1..se_aD, se_d1.., se_g, se_u}, the latent
 * file with the factor correlations, and a summary with the correlations, convergence diagnostics, the
 * log-likelihood with its Monte Carlo error, AIC and BIC, beside those of the scales calibrated separately.
 *
 * @param data the responses
 * @param models the model and declared categories of every item
 * @param scales the item ids of each scale, in file order; one factor per scale
 * @param options the multidimensional calibration settings
 * @param separate the settings of the separate unidimensional calibrations the summary compares with
 */
record MultidimensionalCalibration(ResponseMatrix data, ModelSpec models, Map<String, List<String>> scales,
        MirtOptions options, CalibrationOptions separate) {

    /** The one value {@code --dimensions} takes: a factor per scale. */
    static final String BY_SCALE = "scale";

    /**
     * Checks the options of {@code cact calibrate} that concern a multidimensional calibration and returns
     * where its latent file goes.
     *
     * @param parsed the command line
     * @param dimensions the {@code --dimensions} value, or null
     * @param itemModels the {@code --item-models} file, or null
     * @param anchors the {@code --anchors} file, or null
     * @param out the {@code --out} file
     * @param latent the {@code --latent} file, or null
     * @return the latent output ({@code --latent}, or beside {@code --out} as {@code <name>.latent.csv}); null
     *     without {@code --dimensions}
     * @throws UsageException for a value other than {@code scale}, no item-models file, anchors, or
     *     {@code --method}, {@code --seed} or {@code --latent} without {@code --dimensions}
     */
    static Path checkOptions(ParseResult parsed, String dimensions, Path itemModels, Path anchors, Path out,
            Path latent) {
        if (dimensions == null) {
            for (String option : List.of("--method", "--seed", "--latent")) {
                if (parsed.hasMatchedOption(option)) {
                    throw new UsageException(option + " applies to a multidimensional calibration; add --dimensions"
                            + " scale");
                }
            }
            return null;
        }
        if (!BY_SCALE.equals(dimensions)) {
            throw new UsageException("--dimensions: '" + dimensions + "' is not supported; expected 'scale' (one factor"
                    + " per scale of --item-models)");
        }
        if (itemModels == null) {
            throw new UsageException("--dimensions scale needs --item-models with a 'scale' column: each scale"
                    + " becomes a factor");
        }
        if (anchors != null) {
            throw new UsageException("--anchors cannot be combined with --dimensions; fixed-parameter calibration is"
                    + " unidimensional");
        }
        return latent != null ? latent : MultidimensionalBankInput.latentBeside(out);
    }

    /**
     * The settings of the multidimensional calibration: the method and seed; {@code --tol} (MH-RM's
     * tolerance, or QMC-EM's) and {@code --max-cycles} only when given, otherwise the library's defaults.
     *
     * @param parsed the command line
     * @param method the {@code --method} value
     * @param seed the {@code --seed} value
     * @param tolerance the {@code --tol} value, already checked
     * @param maxCycles the {@code --max-cycles} value, already checked
     * @return the settings
     */
    static MirtOptions options(ParseResult parsed, String method, long seed, double tolerance, int maxCycles,
            int m2MaxMoments) {
        EstimationMethod m = method(method);
        MirtOptions.Builder builder = MirtOptions.builder().method(m).seed(seed).m2MaxMoments(m2MaxMoments);
        if (parsed.hasMatchedOption("--tol")) {
            if (m == EstimationMethod.MHRM) {
                builder.tolerance(tolerance);
            } else {
                builder.emTolerance(tolerance);
            }
        }
        if (parsed.hasMatchedOption("--max-cycles")) {
            builder.maxCycles(maxCycles);
        }
        return builder.build();
    }

    /**
     * Parses {@code --method}.
     *
     * @param code {@code mhrm} or {@code qmcem}
     * @return the method
     * @throws UsageException for another value
     */
    static EstimationMethod method(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "mhrm" -> EstimationMethod.MHRM;
            case "qmcem" -> EstimationMethod.QMCEM;
            default -> throw new UsageException("--method: '" + code + "' is not a method of --dimensions; expected"
                    + " mhrm (default) or qmcem");
        };
    }

    /**
     * Calibrates and writes the outputs, all or none.
     *
     * @param out the items CSV
     * @param latent the latent CSV
     * @param summary the summary JSON, or null
     * @param err where the result lines go
     * @param quiet whether to print them only when something did not converge
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#NOT_CONVERGED} with the results written and flagged
     * @throws IOException if an output cannot be written
     */
    int run(Path out, Path latent, Path summary, PrintWriter err, boolean quiet) throws IOException {
        if (scales.containsKey("")) {
            throw new UsageException("--dimensions scale needs a 'scale' column in --item-models naming every item's"
                    + " scale; each scale becomes a factor");
        }
        if (scales.size() < 2) {
            throw new UsageException("--dimensions scale needs at least two scales in --item-models; found "
                    + scales.keySet() + " (one scale is the unidimensional calibration: drop --dimensions)");
        }
        MirtResult result = MirtCalibrator.of(options).calibrate(data, factorModel());
        Map<String, CalibrationResult> byScale = summary == null ? Map.of() : separateScales();
        try (Outputs outputs = new Outputs()) {
            outputs.text(out, itemsCsv(result));
            StringWriter text = new StringWriter();
            MultidimensionalBankFiles.writeLatentCsv(result.bank(), text);
            outputs.text(latent, text.toString());
            if (summary != null) {
                outputs.text(summary, summaryJson(result, byScale));
            }
            outputs.commit();
        }
        boolean converged = result.converged() && ScaleTotals.of(byScale.values()).converged();
        if (!quiet || !converged) {
            err.printf(Locale.ROOT, "%s, %d factors: %d items, logLik %.3f ± %.3f, %d cycles, %s%n",
                    result.method().name(), result.bank().dimensions(), result.bank().size(), result.logLikelihood(),
                    result.logLikelihoodError(), result.cycles(), result.converged() ? "converged" : "NOT CONVERGED");
            for (String warning : result.warnings()) {
                err.println("  warning: " + warning);
            }
            byScale.forEach((scale, r) -> CalibrateCommand.printResult(err, "separate scale " + scale, r));
        }
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    /** One factor per scale, in scale order; each item's model and declared categories from the spec. */
    FactorModel factorModel() {
        ModelType first = models.model(data.itemIds().get(0));
        FactorModel.Builder builder = FactorModel.builder(first).factors(List.copyOf(scales.keySet()));
        for (Map.Entry<String, List<String>> scale : scales.entrySet()) {
            for (String id : scale.getValue()) {
                builder.item(id, scale.getKey()).model(id, models.model(id));
                models.categories(id).ifPresent(k -> builder.categories(id, k));
            }
        }
        return builder.build();
    }

    private Map<String, CalibrationResult> separateScales() {
        return Calibrator.of(separate).calibrateByScale(data, models, CalibrateCommand.scaleOf(scales));
    }

    /**
     * The items CSV of {@link MultidimensionalBankFiles#writeItemsCsv} followed by the standard errors
     * {@code se_a1..se_aD, se_d1..se_dM, se_g, se_u} (six decimals; empty where the item has no such
     * parameter or no standard error was computed).
     */
    static String itemsCsv(MirtResult result) throws IOException {
        MultidimensionalBank bank = result.bank();
        StringWriter text = new StringWriter();
        MultidimensionalBankFiles.writeItemsCsv(bank, text);
        String[] lines = text.toString().split("\n");
        int d = bank.dimensions();
        int intercepts = 1;
        for (MultidimensionalItem item : bank.items()) {
            intercepts = Math.max(intercepts, item.categories() - 1);
        }
        StringBuilder csv = new StringBuilder(lines[0]);
        for (int f = 1; f <= d; f++) {
            csv.append(",se_a").append(f);
        }
        for (int k = 1; k <= intercepts; k++) {
            csv.append(",se_d").append(k);
        }
        csv.append(",se_g,se_u\n");
        for (int i = 0; i < bank.size(); i++) {
            MultidimensionalItem item = bank.item(i);
            csv.append(lines[i + 1]);
            for (int f = 1; f <= d; f++) {
                csv.append(',').append(se(result, item.id(), "a" + f));
            }
            boolean dichotomous = item.type().isDichotomous();
            for (int k = 1; k <= intercepts; k++) {
                csv.append(',').append(k >= item.categories() ? "" : se(result, item.id(), dichotomous ? "d" : "d" + k));
            }
            csv.append(',').append(se(result, item.id(), "g")).append(',').append(se(result, item.id(), "u"))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String se(MirtResult result, String item, String parameter) {
        return CalibrateCommand.value(result.standardError(item, parameter), 6);
    }

    /** The summary (keys in docs/mirt-files.md). */
    String summaryJson(MirtResult result, Map<String, CalibrationResult> byScale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", result.method().name().toLowerCase(Locale.ROOT));
        json.put("seed", options.seed());
        List<String> factors = result.bank().factors();
        json.put("factors", factors);
        json.put("examinees", result.examinees());
        json.put("parameters", result.parameterCount());
        json.put("logLikelihood", result.logLikelihood());
        json.put("logLikelihoodError", result.logLikelihoodError());
        json.put("aic", result.aic());
        json.put("bic", result.bic());
        json.put("converged", result.converged());
        json.put("iterations", result.cycles());
        double[] changes = result.changes();
        json.put("finalChange", changes.length == 0 ? 0.0 : changes[changes.length - 1]);
        json.put("tolerance", result.method() == EstimationMethod.MHRM ? options.tolerance() : options.emTolerance());
        json.put("maxCycles", options.maxCycles());
        if (result.method() == EstimationMethod.MHRM) {
            json.put("acceptanceRate", result.acceptanceRate());
        }
        double[][] r = result.correlations();
        Map<String, Object> correlations = new LinkedHashMap<>();
        Map<String, Object> errors = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, Object> errorRow = new LinkedHashMap<>();
            for (int j = 0; j < factors.size(); j++) {
                row.put(factors.get(j), r[i][j]);
                OptionalDouble se = result.correlationStandardError(i, j);
                if (se.isPresent() && Double.isFinite(se.getAsDouble())) {
                    errorRow.put(factors.get(j), se.getAsDouble());
                }
            }
            correlations.put(factors.get(i), row);
            if (!errorRow.isEmpty()) {
                errors.put(factors.get(i), errorRow);
            }
        }
        json.put("latentCorrelations", correlations);
        if (!errors.isEmpty()) {
            json.put("latentCorrelationStandardErrors", errors);
        }
        result.limitedInformationFit().ifPresent(fit -> CalibrateCommand.putLimitedInformationFit(json, fit));
        json.put("warnings", result.warnings());
        if (!byScale.isEmpty()) {
            putSeparateScales(json, result, byScale);
        }
        return Json.write(json);
    }

    /** The scales calibrated one by one (the same model with every correlation 0) and the differences. */
    private static void putSeparateScales(Map<String, Object> json, MirtResult result,
            Map<String, CalibrationResult> byScale) {
        Map<String, Object> scales = new LinkedHashMap<>();
        for (Map.Entry<String, CalibrationResult> entry : byScale.entrySet()) {
            CalibrationResult r = entry.getValue();
            Map<String, Object> scale = new LinkedHashMap<>();
            scale.put("items", r.bank().size());
            scale.put("parameters", r.parameterCount());
            scale.put("logLikelihood", r.logLikelihood());
            scale.put("aic", r.aic());
            scale.put("bic", r.bic());
            scale.put("iterations", r.cycles());
            scale.put("converged", r.converged());
            scales.put(entry.getKey(), scale);
        }
        ScaleTotals totals = ScaleTotals.of(byScale.values());
        Map<String, Object> separate = new LinkedHashMap<>();
        separate.put("parameters", totals.parameters());
        separate.put("logLikelihood", totals.logLikelihood());
        separate.put("aic", totals.aic());
        separate.put("bic", totals.bic());
        separate.put("converged", totals.converged());
        separate.put("scales", scales);
        json.put("separateScales", separate);
        Map<String, Object> difference = new LinkedHashMap<>();
        difference.put("logLikelihood", result.logLikelihood() - totals.logLikelihood());
        difference.put("aic", result.aic() - totals.aic());
        difference.put("bic", result.bic() - totals.bic());
        json.put("multidimensionalMinusSeparate", difference);
    }
}

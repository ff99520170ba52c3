package io.github.cact.cli;

import io.github.cact.cat.simulation.DesignOutcome;
import io.github.cact.cat.simulation.DesignSummary;
import io.github.cact.cat.simulation.SimulationResult;
import io.github.cact.internal.text.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of {@code cact cat-simulate}: {@code sessions.csv} and {@code fixed.csv}
 * ({@code id,scale,true_theta,theta,se,items,stop_reason,level,true_level}, one row per person and scale,
 * person by person), {@code exposure.csv} ({@code item,scale,exposure_rate} of the adaptive test, bank
 * order) and {@code summary.json} (the design, then the statistics of the adaptive test and of the fixed
 * form; an undefined statistic is null).
 */
final class SimulationOutputs {

    /** The columns of sessions.csv and fixed.csv. */
    static final List<String> SESSION_COLUMNS = List.of("id", "scale", "true_theta", "theta", "se", "items",
            "stop_reason", "level", "true_level");

    private SimulationOutputs() {
    }

    static void sessions(Outputs outputs, Path target, List<String> ids, DesignOutcome outcome) throws IOException {
        CsvOutput csv = outputs.csv(target, SESSION_COLUMNS);
        for (int n = 0; n < outcome.examinees(); n++) {
            for (int s = 0; s < outcome.scales().size(); s++) {
                csv.cell(ids.get(n)).cell(outcome.scales().get(s)).cell(outcome.trueTheta(n, s), 6)
                        .cell(outcome.theta(n, s), 6).cell(outcome.se(n, s), 6)
                        .cell(Integer.toString(outcome.items(n, s))).cell(outcome.stopReason(n, s))
                        .cell(Integer.toString(outcome.level(n, s))).cell(Integer.toString(outcome.trueLevel(n, s)))
                        .endRow();
            }
        }
    }

    static void exposure(Outputs outputs, Path target, DesignOutcome outcome) throws IOException {
        CsvOutput csv = outputs.csv(target, List.of("item", "scale", "exposure_rate"));
        for (int i = 0; i < outcome.itemIds().size(); i++) {
            csv.cell(outcome.itemIds().get(i)).cell(outcome.itemScale(i)).cell(outcome.exposureRate(i), 6).endRow();
        }
    }

    /**
     * The summary document.
     *
     * @param design what was simulated, in the order to show
     * @param result the simulation
     * @return the JSON text
     */
    static String summary(Map<String, Object> design, SimulationResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("examinees", result.ids().size());
        json.put("scales", result.scales());
        json.put("design", design);
        json.put("saving", number(result.saving()));
        json.put("adaptive", design(result.adaptive()));
        json.put("fixed", design(result.fixed()));
        return Json.write(json);
    }

    private static Map<String, Object> design(DesignOutcome outcome) {
        DesignSummary summary = outcome.summary();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meanItems", number(summary.meanItems()));
        Map<String, Object> perScaleItems = new LinkedHashMap<>();
        summary.meanItemsPerScale().forEach((scale, items) -> perScaleItems.put(scale, number(items)));
        json.put("meanItemsPerScale", perScaleItems);
        statistics(summary.overall(), json, outcome.hasStandard());
        json.put("maxExposure", number(summary.maxExposure()));
        json.put("overlapRate", number(summary.overlapRate()));
        Map<String, Object> perScale = new LinkedHashMap<>();
        summary.perScale().forEach((scale, statistics) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("meanItems", number(statistics.meanItems()));
            statistics(statistics, one, outcome.hasStandard());
            perScale.put(scale, one);
        });
        json.put("perScale", perScale);
        Map<String, Integer> reasons = new TreeMap<>();
        for (int n = 0; n < outcome.examinees(); n++) {
            for (int s = 0; s < outcome.scales().size(); s++) {
                reasons.merge(outcome.stopReason(n, s), 1, Integer::sum);
            }
        }
        json.put("stopReasons", reasons);
        json.put("lengthDistribution", summary.lengthDistribution());
        List<Object> conditional = new ArrayList<>();
        for (DesignSummary.ConditionalPrecision bin : summary.conditional()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("theta", bin.theta());
            one.put("pairs", bin.pairs());
            one.put("meanSe", number(bin.meanSe()));
            one.put("rmse", number(bin.rmse()));
            one.put("meanItems", number(bin.meanItems()));
            conditional.add(one);
        }
        json.put("conditional", conditional);
        return json;
    }

    private static void statistics(DesignSummary.ScaleStatistics statistics, Map<String, Object> json, boolean standard) {
        json.put("bias", number(statistics.bias()));
        json.put("rmse", number(statistics.rmse()));
        json.put("correlation", number(statistics.correlation()));
        json.put("meanSe", number(statistics.meanSe()));
        json.put("classificationAccuracy", number(statistics.classificationAccuracy()));
        if (standard) {
            json.put("decisionAccuracy", number(statistics.decisionAccuracy()));
        }
    }

    /** A number rounded to 6 decimals for the file, or null where it is undefined. */
    private static Double number(double value) {
        return Double.isFinite(value) ? Double.valueOf(CsvOutput.number(value, 6)) : null;
    }
}

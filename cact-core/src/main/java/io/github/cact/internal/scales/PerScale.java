package io.github.cact.internal.scales;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Runs an analysis on each scale of a bank separately. Stateless and thread-safe. */
public final class PerScale {

    private PerScale() {
    }

    /**
     * Scores each scale with {@link Scorer#scoreByScale} and analyses the scale's own items at those
     * scores. Items that name no scale are left out, unless no item names one: then the whole bank is the
     * one unit, under the empty code.
     *
     * @param <R> the result of one scale
     * @param bank the items, naming their scales
     * @param responses the responses; every column must be an item of the bank
     * @param scoring the settings that score every scale
     * @param analysis the analysis of one scale's items at that scale's scores
     * @return the results per scale code, in the order of {@link ItemBank#scales()}; unmodifiable
     * @throws IllegalArgumentException as {@link Scorer#scoreByScale}
     */
    public static <R> Map<String, R> analyze(ItemBank bank, ResponseMatrix responses, ScoringOptions scoring,
            BiFunction<ItemBank, Scores, R> analysis) {
        Map<String, Scores> scores = Scorer.scoreByScale(bank, responses, scoring);
        Map<String, R> result = new LinkedHashMap<>();
        for (Map.Entry<String, Scores> entry : scores.entrySet()) {
            String scale = entry.getKey();
            result.put(scale, analysis.apply(scale.isEmpty() ? bank : bank.forScale(scale), entry.getValue()));
        }
        return Collections.unmodifiableMap(result);
    }
}

package io.github.cact.ctt;

import io.github.cact.data.RawResponses;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.data.ScoringKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The analysis of the answer options of keyed items (distractor analysis): for each option, over the scale's
 * complete cases, how many chose it, the mean rest score of those who did and the option–rest point-biserial
 * r_pb = (M_1 − M) / s · √(p / (1 − p)), the Pearson correlation of the choice (1/0) with the rest score
 * (Crocker &amp; Algina 1986, ch. 14). An option is flagged as reversed when an option of the same item with
 * a lower score has a higher point-biserial, i.e. the able choose the higher-keyed option less. Stateless.
 */
public final class OptionAnalysis {

    private OptionAnalysis() {
    }

    /**
     * Analyses the options of the keyed items of one scale.
     *
     * @param raw the chosen options
     * @param scores the scores of the scale's items, with the examinees of {@code raw} in the same order; for the
     *     items of {@code raw}, the key's scores of the chosen options (as {@link RawResponses#scored()} gives)
     * @param items the scale's item ids, each a column of {@code scores}; the rest score sums them
     * @return one entry per option of every scale item that {@code raw} holds, in scale and key order
     * @throws IllegalArgumentException if the examinees differ, a score differs from the key's score of the
     *     chosen option (naming examinee and item), or an item is not in {@code scores} or repeated
     */
    public static List<OptionStatistics> of(RawResponses raw, ResponseMatrix scores, List<String> items) {
        Objects.requireNonNull(raw, "raw");
        int[] columns = Columns.of(scores, items);
        if (!raw.examineeIds().equals(scores.examineeIds())) {
            throw new IllegalArgumentException("the raw answers and the scores hold different examinees (or a"
                    + " different order): " + raw.examinees() + " and " + scores.examinees() + " rows");
        }
        ScoringKey key = raw.key();
        int k = columns.length;
        int[] rawColumn = new int[k];
        for (int i = 0; i < k; i++) {
            rawColumn[i] = raw.itemIds().indexOf(items.get(i));
        }
        int examinees = scores.examinees();
        byte[] row = new byte[scores.items()];
        double[] total = new double[examinees];
        boolean[] complete = new boolean[examinees];
        int completeCases = 0;
        for (int e = 0; e < examinees; e++) {
            scores.copyRow(e, row, 0);
            boolean all = true;
            for (int i = 0; i < k; i++) {
                int x = row[columns[i]];
                if (rawColumn[i] >= 0) {
                    checkAgreement(raw, e, rawColumn[i], items.get(i), x);
                }
                all &= x != ResponseMatrix.MISSING;
                total[e] += Math.max(0, x);
            }
            complete[e] = all;
            completeCases += all ? 1 : 0;
        }
        List<OptionStatistics> result = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (rawColumn[i] >= 0) {
                result.addAll(item(raw, scores, columns[i], rawColumn[i], items.get(i), key, total, complete,
                        completeCases));
            }
        }
        return List.copyOf(result);
    }

    private static void checkAgreement(RawResponses raw, int examinee, int rawColumn, String item, int score) {
        int option = raw.option(examinee, rawColumn);
        int keyed = option == ResponseMatrix.MISSING ? ResponseMatrix.MISSING : raw.key().score(item, option);
        if (keyed != score) {
            throw new IllegalArgumentException("examinee '" + raw.examineeIds().get(examinee) + "', item " + item
                    + ": the scores hold " + (score == ResponseMatrix.MISSING ? "a missing cell" : score)
                    + " but the raw answer is " + (option == ResponseMatrix.MISSING ? "missing"
                            : "'" + raw.key().options(item).get(option) + "', which the key scores " + keyed)
                    + "; score the raw answers with this key");
        }
    }

    private static List<OptionStatistics> item(RawResponses raw, ResponseMatrix scores, int column, int rawColumn,
            String item, ScoringKey key, double[] total, boolean[] complete, int completeCases) {
        int options = key.options(item).size();
        int[] chosen = new int[options];
        double[] restSum = new double[options];
        double restMean = 0;
        for (int e = 0; e < total.length; e++) {
            if (complete[e]) {
                double rest = total[e] - scores.response(e, column);
                chosen[raw.option(e, rawColumn)]++;
                restSum[raw.option(e, rawColumn)] += rest;
                restMean += rest;
            }
        }
        restMean /= Math.max(1, completeCases);
        double restSquares = 0;
        double[] withChoice = new double[options];
        for (int e = 0; e < total.length; e++) {
            if (complete[e]) {
                double d = total[e] - scores.response(e, column) - restMean;
                restSquares += d * d;
                withChoice[raw.option(e, rawColumn)] += d;
            }
        }
        double[] r = new double[options];
        boolean[] defined = new boolean[options];
        for (int o = 0; o < options; o++) {
            double p = completeCases == 0 ? 0 : (double) chosen[o] / completeCases;
            defined[o] = chosen[o] > 0 && chosen[o] < completeCases && restSquares > 0;
            if (defined[o]) {
                // covariance of the indicator with the rest: Σ (1 − p)·d over choosers − p·Σ d over the others,
                // and Σ d over everybody is 0, so it is Σ d over the choosers
                r[o] = Math.max(-1, Math.min(1, withChoice[o] / Math.sqrt(completeCases * p * (1 - p) * restSquares)));
            }
        }
        List<OptionStatistics> result = new ArrayList<>(options);
        for (int o = 0; o < options; o++) {
            boolean reversed = false;
            for (int lower = 0; lower < options && defined[o]; lower++) {
                reversed |= defined[lower] && key.score(item, lower) < key.score(item, o) && r[lower] > r[o];
            }
            result.add(new OptionStatistics(item, key.options(item).get(o), key.score(item, o), chosen[o],
                    completeCases == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) chosen[o] / completeCases),
                    chosen[o] == 0 ? OptionalDouble.empty() : OptionalDouble.of(restSum[o] / chosen[o]),
                    defined[o] ? OptionalDouble.of(r[o]) : OptionalDouble.empty(), reversed));
        }
        return result;
    }
}

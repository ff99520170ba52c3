package io.github.cact.cli.report;

import java.util.List;

/**
 * Classification accuracy and consistency of the level decisions for one competency.
 *
 * @param code        the competency code
 * @param nameId      the Indonesian name
 * @param nameEn      the English name
 * @param accuracy    the probability that the assigned level equals the true level, in [0, 1]
 * @param consistency the probability that two parallel administrations assign the same level, in [0, 1]
 * @param confusion   an optional square matrix (rows: true level 1..k, columns: assigned level 1..k) of
 *                    expected proportions or counts; empty for none
 */
public record ClassificationAccuracy(String code, String nameId, String nameEn, double accuracy,
                                     double consistency, List<List<Double>> confusion) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a rate is outside [0, 1] or the matrix is not square with
     *                                  non-negative finite entries
     */
    public ClassificationAccuracy {
        Checks.nonBlank(code, "code");
        Checks.text(nameId, "nameId");
        Checks.text(nameEn, "nameEn");
        Checks.proportion(accuracy, "accuracy");
        Checks.proportion(consistency, "consistency");
        confusion = confusion.stream().map(row -> Checks.finiteList(row, "confusion row")).toList();
        for (List<Double> row : confusion) {
            if (row.size() != confusion.size()) {
                throw new IllegalArgumentException(code + ": confusion matrix must be square");
            }
            for (double v : row) {
                if (v < 0) {
                    throw new IllegalArgumentException(code + ": confusion matrix entries must be >= 0");
                }
            }
        }
    }

    /**
     * Accuracy and consistency without a confusion matrix.
     *
     * @param code        the competency code
     * @param nameId      the Indonesian name
     * @param nameEn      the English name
     * @param accuracy    the classification accuracy
     * @param consistency the classification consistency
     * @return the entry
     */
    public static ClassificationAccuracy of(String code, String nameId, String nameEn, double accuracy,
                                            double consistency) {
        return new ClassificationAccuracy(code, nameId, nameEn, accuracy, consistency, List.of());
    }
}

package io.github.cact.cli.report;

import java.util.List;

/**
 * The characteristic and information curve of one item on the θ grid of a {@link CurveSet}.
 *
 * @param itemId        the item identifier
 * @param maxScore      the item's maximum score (1 for dichotomous items); the report plots
 *                      {@code expectedScore / maxScore}
 * @param expectedScore the expected item score at each grid point
 * @param information   the item information at each grid point
 */
public record ItemCurve(String itemId, double maxScore, List<Double> expectedScore, List<Double> information) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the maximum score is not positive, a value is not finite, or the
     *                                  two curves differ in length
     */
    public ItemCurve {
        Checks.nonBlank(itemId, "itemId");
        if (!(maxScore > 0.0) || Double.isInfinite(maxScore)) {
            throw new IllegalArgumentException(itemId + ": maxScore must be positive, got " + maxScore);
        }
        expectedScore = Checks.finiteList(expectedScore, "expectedScore");
        information = Checks.finiteList(information, "information");
        if (expectedScore.size() != information.size()) {
            throw new IllegalArgumentException(itemId + ": expected-score and information curves differ in length");
        }
    }

    /**
     * Builds the curves from arrays.
     *
     * @param itemId        the item identifier
     * @param maxScore      the maximum item score
     * @param expectedScore the expected score per grid point
     * @param information   the information per grid point
     * @return the item curve
     */
    public static ItemCurve of(String itemId, double maxScore, double[] expectedScore, double[] information) {
        return new ItemCurve(itemId, maxScore, Checks.finiteList(expectedScore, "expectedScore"),
                Checks.finiteList(information, "information"));
    }
}

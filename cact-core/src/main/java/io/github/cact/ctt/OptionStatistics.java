package io.github.cact.ctt;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The statistics of one answer option of a keyed item, over the scale's complete cases.
 *
 * @param item the item id
 * @param option the option label, as the key spells it
 * @param score the option's score in the key
 * @param chosen how many complete cases chose the option
 * @param proportion {@code chosen} over the complete cases; empty when there are none
 * @param meanRest the mean rest score (the sum of the scale's other items) of those who chose it; empty when
 *     nobody did
 * @param pointBiserial the correlation of choosing the option (1/0) with the rest score; empty when everybody
 *     or nobody chose it, or the rest score has no spread
 * @param reversed whether an option with a lower score has a higher point-biserial: the able prefer an
 *     option the key rates lower
 */
public record OptionStatistics(String item, String option, int score, int chosen, OptionalDouble proportion,
        OptionalDouble meanRest, OptionalDouble pointBiserial, boolean reversed) {

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if {@code score} or {@code chosen} is negative
     */
    public OptionStatistics {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(proportion, "proportion");
        Objects.requireNonNull(meanRest, "meanRest");
        Objects.requireNonNull(pointBiserial, "pointBiserial");
        if (score < 0 || chosen < 0) {
            throw new IllegalArgumentException("score and chosen must be >= 0, got " + score + " and " + chosen);
        }
    }
}

package io.github.cact.ctt;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The classical statistics of one item.
 *
 * @param item the item id
 * @param answered how many examinees answered the item
 * @param mean the mean score of those who answered (the p-value of a 0/1 item); empty when nobody did
 * @param sd the standard deviation of their scores, divisor n − 1; empty below 2 answers
 * @param itemRest the correlation of the item with the rest score (the sum of the scale's other items) over
 *     the complete cases; empty when either has no spread or the scale has one item
 * @param alphaIfDeleted Cronbach's α of the scale's other items over the complete cases; empty when it is
 *     undefined (fewer than 2 other items, fewer than 2 complete cases, no spread)
 */
public record ItemStatistics(String item, int answered, OptionalDouble mean, OptionalDouble sd,
        OptionalDouble itemRest, OptionalDouble alphaIfDeleted) {

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if {@code answered} is negative
     */
    public ItemStatistics {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(itemRest, "itemRest");
        Objects.requireNonNull(alphaIfDeleted, "alphaIfDeleted");
        if (answered < 0) {
            throw new IllegalArgumentException("answered must be >= 0, got " + answered);
        }
    }
}

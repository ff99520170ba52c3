package io.github.cact.cat;

import java.util.Objects;

/**
 * One answer of a session.
 *
 * @param itemId the item answered
 * @param scale the scale the item measures ("" in a bank without scale names)
 * @param category the response category 0..K−1
 */
public record Response(String itemId, String scale, int category) {

    /**
     * Validates the parts.
     *
     * @param itemId not null
     * @param scale not null
     * @param category ≥ 0
     */
    public Response {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(scale, "scale");
        if (category < 0) {
            throw new IllegalArgumentException("item '" + itemId + "': category " + category + " is negative");
        }
    }
}

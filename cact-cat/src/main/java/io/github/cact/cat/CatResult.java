package io.github.cact.cat;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a test so far: one {@link ScaleResult} per scale in the design's order, the answers, and
 * whether the test has finished. Immutable and thread-safe.
 *
 * @param scales the scale results, in the design's order
 * @param responses the answers in the order given
 * @param finished whether the engine would present no further item
 */
public record CatResult(List<ScaleResult> scales, List<Response> responses, boolean finished) {

    /**
     * Copies the lists.
     *
     * @param scales not null
     * @param responses not null
     * @param finished whether the test has finished
     */
    public CatResult {
        scales = List.copyOf(scales);
        responses = List.copyOf(responses);
    }

    /**
     * Returns the result of one scale.
     *
     * @param scale a scale of the design
     * @return its result
     * @throws IllegalArgumentException for a scale the design does not test
     */
    public ScaleResult scale(String scale) {
        Objects.requireNonNull(scale, "scale");
        for (ScaleResult r : scales) {
            if (r.scale().equals(scale)) {
                return r;
            }
        }
        throw new IllegalArgumentException("the result has no scale '" + scale + "'");
    }

    /**
     * Returns the test length.
     *
     * @return the number of answers
     */
    public int totalItems() {
        return responses.size();
    }
}

package io.github.cact.ninebox.matching;

import java.util.List;
import java.util.Objects;

/**
 * The eligible candidates of one position, best first: JPM descending, then talent score descending, then
 * candidate id ascending.
 *
 * @param position the position
 * @param candidates the eligible candidates in rank order (unmodifiable; empty when nobody is eligible)
 */
public record PositionRanking(Position position, List<RankedCandidate> candidates) {

    /**
     * Creates a ranking.
     *
     * @param position the position
     * @param candidates the ranked candidates; copied
     */
    public PositionRanking {
        Objects.requireNonNull(position, "position");
        candidates = List.copyOf(candidates);
    }
}

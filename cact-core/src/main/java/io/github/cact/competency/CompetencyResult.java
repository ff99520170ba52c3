package io.github.cact.competency;

import java.util.Objects;

/**
 * One competency of a person's profile: θ̂, SE, the point level of θ̂, the probability of each level,
 * and the comparison with the position's standard.
 *
 * @param competency the competency code
 * @param theta θ̂
 * @param se its standard error
 * @param level the level of θ̂ under the cut scores, 1..5
 * @param levels the probability of each level given the measurement error
 * @param required the standard level of the position, 1..5
 */
public record CompetencyResult(String competency, double theta, double se, int level, LevelDistribution levels,
        int required) {

    /**
     * Validates the fields.
     *
     * @param competency the competency code
     * @param theta θ̂
     * @param se its standard error
     * @param level the level of θ̂, 1..5
     * @param levels the level probabilities
     * @param required the standard level, 1..5
     * @throws IllegalArgumentException for a level or standard outside 1..5, naming the competency
     */
    public CompetencyResult {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(levels, "levels");
        Levels.check(level, "competency '" + competency + "'");
        Levels.check(required, "standard of competency '" + competency + "'");
    }

    /**
     * Returns the gap to the standard, level − required: negative below the standard (a shortfall),
     * 0 at it, positive above it (a surplus).
     *
     * @return the gap in levels, −4..4
     */
    public int gap() {
        return level - required;
    }

    /**
     * Returns the probability of being at or above the standard, P(L ≥ required) from {@link #levels()}.
     *
     * @return a probability
     */
    public double probabilityAtOrAboveStandard() {
        return levels.atLeast(required);
    }
}

package io.github.cact.cat;

import io.github.cact.competency.LevelDistribution;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of one scale of a test.
 *
 * @param scale the scale code
 * @param items the number of the scale's items answered
 * @param theta θ̂ by the design's estimator
 * @param standardError its standard error
 * @param stopReason why the scale stopped; empty while it has not
 * @param levelProbabilities P(level 1..5) from the scale's posterior on the grid, with cut scores
 * @param level with cut scores: the level the SPRT decided, otherwise the level of θ̂
 * @param standard the standard level the scale is classified against, if any
 * @param meetsStandard with a standard: the SPRT's decision at the standard's cut when decided, otherwise
 *     whether the level of θ̂ reaches the standard
 */
public record ScaleResult(String scale, int items, double theta, double standardError,
        Optional<StopReason> stopReason, Optional<LevelDistribution> levelProbabilities, OptionalInt level,
        OptionalInt standard, Optional<Boolean> meetsStandard) {

    /**
     * Checks that no part is null.
     *
     * @param scale not null
     * @param items ≥ 0
     * @param theta finite
     * @param standardError finite
     * @param stopReason not null
     * @param levelProbabilities not null
     * @param level not null
     * @param standard not null
     * @param meetsStandard not null
     */
    public ScaleResult {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(levelProbabilities, "levelProbabilities");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(meetsStandard, "meetsStandard");
    }
}

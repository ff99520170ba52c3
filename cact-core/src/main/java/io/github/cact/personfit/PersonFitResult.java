package io.github.cact.personfit;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The person fit of one response pattern at one θ. The four statistics are present exactly when the
 * flag {@link PersonFitFlag#hasStatistics() has statistics}, and then finite; otherwise the flag says
 * why they are absent. Immutable.
 *
 * @param theta the θ the statistics are evaluated at, finite
 * @param answered the number of answered (non-missing) items, ≥ 0
 * @param lz the standardized log-likelihood l<sub>z</sub>
 * @param lzStar Snijders' corrected l<sub>z</sub>*
 * @param infit the information-weighted mean square
 * @param outfit the unweighted mean square
 * @param flag the verdict
 */
public record PersonFitResult(double theta, int answered, OptionalDouble lz, OptionalDouble lzStar,
        OptionalDouble infit, OptionalDouble outfit, PersonFitFlag flag) {

    /**
     * Checks consistency.
     *
     * @throws IllegalArgumentException if θ is not finite, the count is negative, or the statistics are not
     *     all present and finite exactly when the flag has statistics
     */
    public PersonFitResult {
        Objects.requireNonNull(lz, "lz");
        Objects.requireNonNull(lzStar, "lzStar");
        Objects.requireNonNull(infit, "infit");
        Objects.requireNonNull(outfit, "outfit");
        Objects.requireNonNull(flag, "flag");
        if (!Double.isFinite(theta)) {
            throw new IllegalArgumentException("theta must be finite, got " + theta);
        }
        if (answered < 0) {
            throw new IllegalArgumentException("the number of answered items must be >= 0, got " + answered);
        }
        for (OptionalDouble value : new OptionalDouble[] {lz, lzStar, infit, outfit}) {
            if (value.isPresent() != flag.hasStatistics()
                    || value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("with flag " + flag.code() + " the statistics must be "
                        + (flag.hasStatistics() ? "present and finite" : "absent"));
            }
        }
    }

    /**
     * A result without statistics.
     *
     * @param theta the θ, finite
     * @param answered the number of answered items
     * @param flag the reason, one without statistics
     * @return the result
     * @throws IllegalArgumentException if the flag has statistics
     */
    static PersonFitResult without(double theta, int answered, PersonFitFlag flag) {
        OptionalDouble none = OptionalDouble.empty();
        return new PersonFitResult(theta, answered, none, none, none, none, flag);
    }

    /**
     * Tells whether the pattern is flagged as misfitting.
     *
     * @return true for {@link PersonFitFlag#MISFIT}
     */
    public boolean misfit() {
        return flag == PersonFitFlag.MISFIT;
    }
}

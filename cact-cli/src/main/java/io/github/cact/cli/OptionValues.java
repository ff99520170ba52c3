package io.github.cact.cli;

import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;

/**
 * Range checks of option values, each a usage error (exit 2) that names the option, the value given and
 * what is expected.
 */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * The standard-normal grid of {@code --quadrature} on [−6, 6].
     *
     * @param nodes the value given
     * @return the grid
     * @throws UsageException if there are fewer than 2 nodes
     */
    static Quadrature quadrature(int nodes) {
        atLeast("--quadrature", nodes, 2);
        return Quadrature.standardNormal(nodes, -6, 6);
    }

    /**
     * Checks a count.
     *
     * @param option the option's name
     * @param value the value given
     * @param min the smallest value allowed
     * @return the value
     * @throws UsageException if the value is below {@code min}
     */
    static int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new UsageException(option + ": got " + value + "; expected a whole number >= " + min);
        }
        return value;
    }

    /**
     * Checks a count with an upper bound.
     *
     * @param option the option's name
     * @param value the value given
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the value
     * @throws UsageException if the value is outside [min, max]
     */
    static int between(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UsageException(option + ": got " + value + "; expected a whole number from " + min + " to " + max);
        }
        return value;
    }

    /**
     * Checks a finite number greater than zero.
     *
     * @param option the option's name
     * @param value the value given
     * @return the value
     * @throws UsageException if the value is not finite or not above zero
     */
    static double positive(String option, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new UsageException(option + ": got " + value + "; expected a finite number > 0");
        }
        return value;
    }

    /**
     * Checks a finite number not below a bound.
     *
     * @param option the option's name
     * @param value the value given
     * @param min the smallest value allowed
     * @return the value
     * @throws UsageException if the value is not finite or below {@code min}
     */
    static double finiteAtLeast(String option, double value, double min) {
        if (!(value >= min) || !Double.isFinite(value)) {
            throw new UsageException(option + ": got " + value + "; expected a finite number >= " + min);
        }
        return value;
    }

    /**
     * Checks a finite number.
     *
     * @param option the option's name
     * @param value the value given
     * @return the value
     * @throws UsageException if the value is NaN or infinite
     */
    static double finite(String option, double value) {
        if (!Double.isFinite(value)) {
            throw new UsageException(option + ": got " + value + "; expected a finite number");
        }
        return value;
    }

    /**
     * The item model named by an option.
     *
     * @param option the option's name
     * @param code the value given
     * @return the model
     * @throws UsageException if no model has that code
     */
    static ModelType model(String option, String code) {
        try {
            return ModelType.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}

package io.github.cact.internal.options;

/**
 * The range rules of the options builders. Each throws {@link IllegalArgumentException} with a message that
 * names the setting, the rule and the offending value, e.g. {@code "chunkSize must be >= 1, got 0"}.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    /**
     * Checks a whole-number setting against its least value.
     *
     * @param name the setting's name, as the builder's method spells it
     * @param value the value given
     * @param min the least value allowed
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * Checks a real setting that must be finite and strictly positive (a tolerance, a bound).
     *
     * @param name the setting's name, as the builder's method spells it
     * @param value the value given
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite, zero or negative
     */
    public static double finitePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }
}

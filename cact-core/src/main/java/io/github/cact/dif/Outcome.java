package io.github.cact.dif;

/**
 * One item's outcome of one test: a value with its p-value, or the reason there is none.
 *
 * @param <T> the result type
 * @param value the result, or null
 * @param p the result's p-value (unused without a result)
 * @param reason why there is no result, or null
 */
record Outcome<T>(T value, double p, String reason) {

    static <T> Outcome<T> of(T value, double p) {
        return new Outcome<>(value, p, null);
    }

    static <T> Outcome<T> none(String reason) {
        return new Outcome<>(null, 0, reason);
    }
}

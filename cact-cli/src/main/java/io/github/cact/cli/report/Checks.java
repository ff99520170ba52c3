package io.github.cact.cli.report;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the report model. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String what) {
        return Objects.requireNonNull(value, what);
    }

    static String nonBlank(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static int nonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + value);
        }
        return value;
    }

    static int box(int box) {
        if (box < 1 || box > 9) {
            throw new IllegalArgumentException("nine-box number must be 1..9, got " + box);
        }
        return box;
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
        return value;
    }

    static double proportion(double value, String what) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(what + " must be in [0, 1], got " + value);
        }
        return value;
    }

    static List<Double> finiteList(double[] values, String what) {
        Objects.requireNonNull(values, what);
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = finite(values[i], what + "[" + i + "]");
        }
        return List.of(boxed);
    }

    static List<Double> finiteList(List<Double> values, String what) {
        Objects.requireNonNull(values, what);
        List<Double> copy = List.copyOf(values);
        for (int i = 0; i < copy.size(); i++) {
            finite(copy.get(i), what + "[" + i + "]");
        }
        return copy;
    }

    static List<Integer> countList(List<Integer> values, String what) {
        List<Integer> copy = List.copyOf(Objects.requireNonNull(values, what));
        for (int i = 0; i < copy.size(); i++) {
            nonNegative(copy.get(i), what + "[" + i + "]");
        }
        return copy;
    }

    static List<String> texts(List<String> values, String what) {
        return List.copyOf(Objects.requireNonNull(values, what));
    }
}

package io.github.cact.internal.text;

/**
 * Writes doubles as fixed-decimal text, byte for byte as {@code String.format(Locale.ROOT, "%.Nf", x)} does
 * but without a formatter per call: the digits of {@link Double#toString(double)} (which identify the
 * double uniquely), rounded half up at {@code N} decimals; a minus sign for every negative value, zero and
 * values that round to zero included; {@code NaN}, {@code Infinity}, {@code -Infinity} as such.
 */
public final class DecimalText {

    /** The most decimals supported. */
    public static final int MAX_DECIMALS = 20;

    /**
     * The longest text written: a sign, the 309 integer digits of {@link Double#MAX_VALUE}, the point and
     * {@value #MAX_DECIMALS} decimals.
     */
    public static final int MAX_LENGTH = 1 + 309 + 1 + MAX_DECIMALS;

    /** 10^k, exact as doubles. */
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    /** Below 2^52 a double's fractional part has room for the rounding test of {@link #appendRounded}. */
    private static final double LARGEST_SCALED = 0x1p52;

    private DecimalText() {
    }

    /**
     * Returns {@code x} with {@code decimals} decimals.
     *
     * @param x the value
     * @param decimals 0..{@value #MAX_DECIMALS}
     * @return the text, e.g. {@code -0.250000}
     */
    public static String fixed(double x, int decimals) {
        return appendFixed(new StringBuilder(24), x, decimals).toString();
    }

    /**
     * Appends {@code x} with {@code decimals} decimals.
     *
     * @param out the destination
     * @param x the value
     * @param decimals 0..{@value #MAX_DECIMALS}
     * @return {@code out}
     * @throws IllegalArgumentException if {@code decimals} is out of range
     */
    public static StringBuilder appendFixed(StringBuilder out, double x, int decimals) {
        checkDecimals(decimals);
        if (Double.isNaN(x)) {
            return out.append("NaN");
        }
        if (Double.doubleToRawLongBits(x) < 0) {
            out.append('-');
        }
        if (Double.isInfinite(x)) {
            return out.append("Infinity");
        }
        long rounded = scaledRounded(Math.abs(x), decimals);
        if (rounded < 0) {
            return digitsOf(out, Math.abs(x), decimals);
        }
        long unit = (long) POWERS[decimals];
        out.append(rounded / unit);
        if (decimals > 0) {
            out.append('.');
            long part = rounded % unit;
            for (long digit = unit / 10; digit > part && digit > 1; digit /= 10) {
                out.append('0');
            }
            out.append(part);
        }
        return out;
    }

    /**
     * Writes {@code x} with {@code decimals} decimals as ASCII bytes, the text of
     * {@link #appendFixed(StringBuilder, double, int)}.
     *
     * @param out the destination, with at least {@value #MAX_LENGTH} bytes from {@code at}
     * @param at where the text starts
     * @param x the value
     * @param decimals 0..{@value #MAX_DECIMALS}
     * @return the index after the text
     * @throws IllegalArgumentException if {@code decimals} is out of range
     */
    public static int writeFixed(byte[] out, int at, double x, int decimals) {
        checkDecimals(decimals);
        double magnitude = Math.abs(x);
        long rounded = Double.isNaN(x) ? -1 : scaledRounded(magnitude, decimals);
        if (rounded < 0) {
            StringBuilder text = appendFixed(new StringBuilder(24), x, decimals);
            for (int k = 0; k < text.length(); k++) {
                out[at + k] = (byte) text.charAt(k);
            }
            return at + text.length();
        }
        int end = at;
        if (Double.doubleToRawLongBits(x) < 0) {
            out[end++] = '-';
        }
        long unit = (long) POWERS[decimals];
        long whole = rounded / unit;
        int digits = 1;
        for (long rest = whole / 10; rest > 0; rest /= 10) {
            digits++;
        }
        end += digits;
        for (int k = end - 1; k >= end - digits; k--) {
            out[k] = (byte) ('0' + whole % 10);
            whole /= 10;
        }
        if (decimals > 0) {
            out[end] = '.';
            long part = rounded % unit;
            for (int k = end + decimals; k > end; k--) {
                out[k] = (byte) ('0' + part % 10);
                part /= 10;
            }
            end += 1 + decimals;
        }
        return end;
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals = " + decimals + "; expected 0.." + MAX_DECIMALS);
        }
    }

    /**
     * The slow path: appends the digits of {@link Double#toString(double)} of a finite magnitude, rounded
     * half up at {@code decimals} decimals.
     */
    private static StringBuilder digitsOf(StringBuilder out, double magnitude, int decimals) {
        String text = Double.toString(magnitude);
        // text = 0.D × 10^integerDigits with the digits D of the text; scaled by 10^decimals, the first
        // `kept` digits of D are the integer part, which is rounded half up on the next digit
        int length = text.length();
        int exponentAt = text.indexOf('E');
        int end = exponentAt < 0 ? length : exponentAt;
        int exponent = exponentAt < 0 ? 0 : Integer.parseInt(text, exponentAt + 1, length, 10);
        int point = text.indexOf('.');
        int kept = point + exponent + decimals;
        if (kept < 0) {
            return zeros(out.append('0'), decimals);
        }
        char[] scaled = new char[kept + 1];
        scaled[0] = '0';
        int d = 0;
        char next = '0';
        for (int k = 0; k < end; k++) {
            char c = text.charAt(k);
            if (c != '.') {
                if (d < kept) {
                    scaled[1 + d] = c;
                } else if (d == kept) {
                    next = c;
                }
                d++;
            }
        }
        for (int k = d; k < kept; k++) {
            scaled[1 + k] = '0';
        }
        if (next >= '5') {
            int k = kept;
            while (scaled[k] == '9') {
                scaled[k--] = '0';
            }
            scaled[k]++;
        }
        int first = 0;
        while (first < scaled.length - 1 && scaled[first] == '0') {
            first++;
        }
        int integerDigits = scaled.length - first - decimals;
        if (integerDigits <= 0) {
            out.append('0');
            if (decimals > 0) {
                out.append('.');
                for (int k = integerDigits; k < 0; k++) {
                    out.append('0');
                }
                out.append(scaled, first, scaled.length - first);
            }
            return out;
        }
        out.append(scaled, first, integerDigits);
        if (decimals > 0) {
            out.append('.').append(scaled, first + integerDigits, decimals);
        }
        return out;
    }

    /**
     * The fast path: y = |x| × 10^decimals rounded half up, when that is certainly what rounding the digits
     * of {@link Double#toString(double)} gives. Those digits and the computed y differ by at most about two
     * units in the last place of y, so the two round alike unless y lies that close to a half; then, and for
     * y beyond 2^52 or decimals beyond 9, returns −1.
     */
    private static long scaledRounded(double magnitude, int decimals) {
        if (decimals >= POWERS.length) {
            return -1;
        }
        double y = magnitude * POWERS[decimals];
        if (!(y < LARGEST_SCALED)) {
            return -1;
        }
        double whole = Math.floor(y);
        double fraction = y - whole;
        if (Math.abs(fraction - 0.5) <= 8 * Math.ulp(y)) {
            return -1;
        }
        return (long) whole + (fraction > 0.5 ? 1 : 0);
    }

    private static StringBuilder zeros(StringBuilder out, int decimals) {
        if (decimals > 0) {
            out.append('.');
            for (int k = 0; k < decimals; k++) {
                out.append('0');
            }
        }
        return out;
    }
}

package io.github.cact.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link DecimalText} against {@link String#format}, the writer it replaces. */
class DecimalTextProperties {

    @Property(tries = 20000, seed = "20261129")
    void fixedIsWhatFormatWrites(@ForAll("doubles") double x, @ForAll @IntRange(min = 0, max = 10) int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", x), DecimalText.fixed(x, decimals));
    }

    @Property(tries = 20000, seed = "20261130")
    void bytesAreTheText(@ForAll("doubles") double x, @ForAll @IntRange(min = 0, max = 20) int decimals) {
        assertEquals(DecimalText.fixed(x, decimals), written(x, decimals));
    }

    @Property(tries = 20000, seed = "20261129")
    void nearTiesAreWhatFormatWrites(@ForAll("nearTies") double x, @ForAll @IntRange(min = 0, max = 9) int decimals) {
        double tie = (Math.floor(x * Math.pow(10, decimals)) + 0.5) / Math.pow(10, decimals);
        for (double y = Math.nextDown(Math.nextDown(tie)), k = 0; k < 5; k++, y = Math.nextUp(y)) {
            assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", y), DecimalText.fixed(y, decimals),
                    y + " with " + decimals);
            assertEquals(DecimalText.fixed(y, decimals), written(y, decimals), y + " with " + decimals + " as bytes");
        }
    }

    @Example
    void tiesSpecialValuesAndCarries() {
        double[] values = {0.15, 0.25, 0.35, 1.45, 2.5, 0.5, 9.5, 99.95, 999999.9999995, -0.0, 0.0, -1e-9, 1e-9,
            0.125, 1e20, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 4.35, 0.0005, 0.00049,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456.0000005, 1.0000005};
        for (double x : values) {
            for (int decimals = 0; decimals <= DecimalText.MAX_DECIMALS; decimals++) {
                String expected = String.format(Locale.ROOT, "%." + decimals + "f", x);
                assertEquals(expected, DecimalText.fixed(x, decimals), x + " with " + decimals);
                assertEquals(expected, written(x, decimals), x + " with " + decimals + " as bytes");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> DecimalText.fixed(1, -1));
        assertThrows(IllegalArgumentException.class, () -> DecimalText.fixed(1, DecimalText.MAX_DECIMALS + 1));
        assertThrows(IllegalArgumentException.class, () -> DecimalText.writeFixed(new byte[64], 0, 1, -1));
    }

    /** The text of {@link DecimalText#writeFixed}, written at an offset into a buffer of the documented room. */
    private static String written(double x, int decimals) {
        byte[] out = new byte[3 + DecimalText.MAX_LENGTH];
        int end = DecimalText.writeFixed(out, 3, x, decimals);
        return new String(out, 3, end - 3, StandardCharsets.US_ASCII);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.doubles().between(-10, 10),
                Arbitraries.longs().map(Double::longBitsToDouble),
                // short decimals, where rounding meets ties
                Arbitraries.integers().between(-2_000_000, 2_000_000).flatMap(n -> Arbitraries.integers()
                        .between(0, 9).map(scale -> n / Math.pow(10, scale))));
    }

    /** Values of every magnitude where the scaled fast path works, 10^-7 to 10^9; the property nears a tie. */
    @Provide
    Arbitrary<Double> nearTies() {
        return Arbitraries.doubles().between(-7, 9).map(e -> Math.pow(10, e));
    }
}

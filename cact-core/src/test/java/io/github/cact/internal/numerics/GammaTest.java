package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaTest {

    @Test
    void logGammaMatchesFactorialsAndHalfIntegers() {
        double logFactorial = 0; // ln((n − 1)!)
        for (int n = 1; n <= 170; n++) {
            assertEquals(logFactorial, Gamma.logGamma(n), 1e-14 * Math.max(1, logFactorial), "n = " + n);
            logFactorial += Math.log(n);
        }
        // Γ(½) = √π, Γ(n + ½) = (2n − 1)!! √π / 2^n
        double value = Math.sqrt(Math.PI);
        for (int n = 0; n < 20; n++) {
            assertEquals(Math.log(value), Gamma.logGamma(n + 0.5), 1e-14 * Math.max(1, Math.log(value)), "n = " + n);
            value *= n + 0.5;
        }
        assertTrue(Double.isNaN(Gamma.logGamma(0)));
    }

    @Test
    void chiSquareWithTwoDegreesOfFreedomIsExponential() {
        for (double x = 1e-3; x < 1400; x *= 1.7) {
            double q = Math.exp(-x / 2);
            assertEquals(q, ChiSquare.upperTail(x, 2), 1e-14 * q, "x = " + x);
            assertEquals(-Math.expm1(-x / 2), ChiSquare.cdf(x, 2), 1e-14, "x = " + x);
        }
    }

    @Test
    void chiSquareTailsAgainstClosedFormsToTwelveDigits() {
        MathContext mc = new MathContext(60);
        List<ReferenceTables.Row> reference = ReferenceTables.load(ReferenceTables.CHI_SQUARE);
        assertTrue(reference.size() > 100);
        for (ReferenceTables.Row row : reference) {
            double x = row.x();
            int df = row.df();
            BigDecimal q = row.value();
            double p = BigDecimal.ONE.subtract(q, mc).doubleValue();
            double upper = ChiSquare.upperTail(x, df);
            double lower = ChiSquare.cdf(x, df);
            String where = "df = " + df + ", x = " + x;
            assertEquals(q.doubleValue(), upper, 1e-12 * q.doubleValue(), where);
            if (p > 1e-40) {
                assertEquals(p, lower, 1e-12 * p, where);
            }
            assertEquals(1.0, upper + lower, 1e-15, where);
        }
    }

    @Test
    void edgesOfTheDomain() {
        assertEquals(0.0, Gamma.regularizedP(3, 0));
        assertEquals(1.0, Gamma.regularizedQ(3, 0));
        assertEquals(1.0, Gamma.regularizedP(3, Double.POSITIVE_INFINITY));
        assertEquals(1.0, ChiSquare.upperTail(0, 4));
        assertEquals(0.0, ChiSquare.upperTail(1e6, 4));
        assertTrue(Double.isNaN(Gamma.regularizedP(-1, 2)));
        assertTrue(Double.isNaN(ChiSquare.upperTail(Double.NaN, 2)));
    }
}

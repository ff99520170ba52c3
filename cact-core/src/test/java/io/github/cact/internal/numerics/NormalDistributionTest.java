package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalDistributionTest {

    /** Largest relative error of Φ against the high-precision series over an evenly spaced grid of z. */
    private static double worstRelativeError(double from, double to, double step) {
        double worst = 0;
        for (double z = from; z <= to; z += step) {
            double reference = HighPrecision.normalCdf(z);
            worst = Math.max(worst, Math.abs(NormalDistribution.cdf(z) - reference) / reference);
        }
        return worst;
    }

    @Test
    void closedFormsAndSymmetry() {
        assertEquals(0.5, NormalDistribution.cdf(0));
        assertEquals(0.0, NormalDistribution.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, NormalDistribution.cdf(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(NormalDistribution.cdf(Double.NaN)));
        assertEquals(1 / Math.sqrt(2 * Math.PI), NormalDistribution.density(0), 1e-16);
        for (double z = 0.1; z < 8; z += 0.37) {
            assertEquals(1.0, NormalDistribution.cdf(z) + NormalDistribution.cdf(-z), 2e-16, "z = " + z);
            assertEquals(NormalDistribution.density(z), NormalDistribution.density(-z));
        }
    }

    @Test
    void publishedTableValues() {
        // Abramowitz & Stegun (1964), Table 26.1: P(1) = 0.84134 47460 68543, P(2) = 0.97724 98680 51821,
        // P(3) = 0.99865 01019 68370
        assertEquals(0.841344746068543, NormalDistribution.cdf(1), 1e-15);
        assertEquals(0.977249868051821, NormalDistribution.cdf(2), 1e-15);
        assertEquals(0.998650101968370, NormalDistribution.cdf(3), 1e-15);
    }

    @Test
    void bodyIsAccurateToAFewUlps() {
        double worst = worstRelativeError(-5, 8.25, 0.125 + 1.0 / 1024);
        assertTrue(worst <= 1e-14, "worst relative error " + worst);
    }

    @Test
    void lowerTailKeepsRelativeAccuracyDownTo1eMinus300() {
        double worst = worstRelativeError(-37, -5, 0.5 + 1.0 / 1024);
        assertTrue(worst <= 1e-14, "worst relative error " + worst);
        assertTrue(NormalDistribution.cdf(-37) < 1e-298 && NormalDistribution.cdf(-37) > 1e-300);
    }
}

package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Φ against closed forms, a published table and the 60-digit series of {@link ReferenceTables}. */
class NormalDistributionTest {

    private static final List<ReferenceTables.Row> REFERENCE = ReferenceTables.load(ReferenceTables.NORMAL);

    /** Largest relative error of Φ against the high-precision series over the grid of one region. */
    private static double worstRelativeError(String region) {
        double worst = 0;
        int points = 0;
        for (ReferenceTables.Row row : REFERENCE) {
            if (row.region().equals(region)) {
                double reference = row.value().doubleValue();
                worst = Math.max(worst, Math.abs(NormalDistribution.cdf(row.x()) - reference) / reference);
                points++;
            }
        }
        assertTrue(points > 0, region);
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
        double worst = worstRelativeError("body");
        assertTrue(worst <= 1e-14, "worst relative error " + worst);
    }

    @Test
    void lowerTailKeepsRelativeAccuracyDownTo1eMinus300() {
        double worst = worstRelativeError("lower-tail");
        assertTrue(worst <= 1e-14, "worst relative error " + worst);
        assertTrue(NormalDistribution.cdf(-37) < 1e-298 && NormalDistribution.cdf(-37) > 1e-300);
    }
}

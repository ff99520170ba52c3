package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FDistributionTest {

    /**
     * Quantiles and P(F ≤ 2) from scipy.stats.f (ppf, cdf); the first three also in printed F tables. The
     * round trip P(F ≤ quantile) = p holds to 1e-12, but to 1e-9 for shapes in the millions, where
     * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) loses digits to cancellation (|ln Γ| ≈ 10⁸).
     */
    @ParameterizedTest
    @CsvSource({
        "0.975, 10, 20, 2.77367137519907, 0.91021728515625, 1e-12",
        "0.95, 5, 10, 3.32583453041301, 0.835805049100261, 1e-12",
        "0.99, 3, 7, 8.45128505307998, 0.797306357513349, 1e-12",
        "0.025, 10, 20, 0.29252223798396, 0.91021728515625, 1e-12",
        "0.5, 1, 1, 1, 0.608173447969393, 1e-12",
        "0.9, 2.5, 0.7, 268.529124711766, 0.473389291851929, 1e-12",
        "0.975, 999, 3996, 1.10145123333341, 1, 1e-12",
        "0.025, 99999, 9899901, 0.991210113773752, 1, 1e-9"})
    void matchesScipy(double p, double d1, double d2, double quantile, double cdfAtTwo, double roundTrip) {
        assertEquals(quantile, FDistribution.quantile(p, d1, d2), 1e-11 * quantile);
        assertEquals(cdfAtTwo, FDistribution.cdf(2, d1, d2), 1e-13);
        assertEquals(p, FDistribution.cdf(quantile, d1, d2), roundTrip);
    }

    @Test
    void refusesProbabilitiesOutsideTheOpenInterval() {
        assertThrows(IllegalArgumentException.class, () -> FDistribution.quantile(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> FDistribution.quantile(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> FDistribution.quantile(0.5, 0, 1));
    }
}

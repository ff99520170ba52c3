package io.github.cact.ctt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cact.internal.numerics.FDistribution;
import org.junit.jupiter.api.Test;

class FeldtIntervalTest {

    @Test
    void followsFeldtsFormula() {
        // α̂ = 0.8 from 11 persons and 3 items: F(10, 20) quantiles 2.77367137519907 (0.975) and
        // 0.29252223798396 (0.025), scipy.stats.f.ppf; printed tables give 2.77 for the upper one
        double[] interval = FeldtInterval.of(0.8, 11, 3, 0.95);
        assertEquals(1 - 0.2 * 2.77367137519907, interval[0], 1e-10);
        assertEquals(1 - 0.2 * 0.29252223798396, interval[1], 1e-10);
        assertEquals(1 - 0.2 * FDistribution.quantile(0.95, 10, 20), FeldtInterval.of(0.8, 11, 3, 0.9)[0], 1e-15);
    }

    @Test
    void refusesArgumentsOutsideItsDomain() {
        assertThrows(IllegalArgumentException.class, () -> FeldtInterval.of(1, 10, 3, 0.95));
        assertThrows(IllegalArgumentException.class, () -> FeldtInterval.of(0.5, 1, 3, 0.95));
        assertThrows(IllegalArgumentException.class, () -> FeldtInterval.of(0.5, 10, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> FeldtInterval.of(0.5, 10, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> FeldtInterval.of(Double.NaN, 10, 3, 0.95));
    }
}

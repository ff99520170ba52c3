package io.github.cact.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SettingChecksTest {

    @Test
    void aWholeNumberAtOrAboveItsLeastValuePassesUnchanged() {
        assertEquals(1, SettingChecks.atLeast("chunkSize", 1, 1));
        assertEquals(0, SettingChecks.atLeast("m2MaxMoments", 0, 0));
        assertEquals(Integer.MAX_VALUE, SettingChecks.atLeast("maxCycles", Integer.MAX_VALUE, 1));
    }

    @Test
    void aWholeNumberBelowItsLeastValueIsRefusedWithNameRuleAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingChecks.atLeast("qmcPoints", 9, 10));
        assertEquals("qmcPoints must be >= 10, got 9", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SettingChecks.atLeast("parallelism", Integer.MIN_VALUE, 1));
        assertEquals("parallelism must be >= 1, got -2147483648", e.getMessage());
    }

    @Test
    void aFinitePositiveRealPassesUnchanged() {
        assertEquals(1e-8, SettingChecks.finitePositive("tolerance", 1e-8));
        assertEquals(Double.MIN_VALUE, SettingChecks.finitePositive("tolerance", Double.MIN_VALUE));
        assertEquals(Double.MAX_VALUE, SettingChecks.finitePositive("bound", Double.MAX_VALUE));
    }

    @Test
    void zeroNegativeNanAndInfinityAreRefusedWithNameRuleAndValue() {
        for (double bad : new double[] {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SettingChecks.finitePositive("bound", bad));
            assertEquals("bound must be finite and > 0, got " + bad, e.getMessage());
        }
    }
}

package io.github.cact.mirt.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class MirtOptionsTest {

    @Test
    void everyCountIsRefusedBelowItsDocumentedLeastValueAndAcceptedAtIt() {
        MirtOptions.Builder b = MirtOptions.builder();
        assertCount("burnInCycles", 1, b::burnInCycles);
        assertCount("averagingCycles", 1, b::averagingCycles);
        assertCount("maxCycles", 1, b::maxCycles);
        assertCount("window", 1, b::window);
        assertCount("metropolisSteps", 1, b::metropolisSteps);
        assertCount("qmcPoints", 10, b::qmcPoints);
        assertCount("posteriorDraws", 10, b::posteriorDraws);
        assertCount("logLikelihoodPoints", 10, b::logLikelihoodPoints);
        assertCount("m2MaxMoments", 0, b::m2MaxMoments);
        assertCount("m2Points", 100, b::m2Points);
        assertCount("parallelism", 1, b::parallelism);
        assertCount("chunkSize", 1, b::chunkSize);
        MirtOptions least = b.build();
        assertEquals(10, least.qmcPoints());
        assertEquals(0, least.m2MaxMoments());
        assertEquals(100, least.m2Points());
    }

    @Test
    void tolerancesMustBeFiniteAndPositive() {
        MirtOptions.Builder b = MirtOptions.builder();
        assertReal("tolerance", b::tolerance);
        assertReal("emTolerance", b::emTolerance);
    }

    private static void assertCount(String name, int least, IntConsumer setter) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> setter.accept(least - 1));
        assertEquals(name + " must be >= " + least + ", got " + (least - 1), e.getMessage());
        setter.accept(least);
    }

    private static void assertReal(String name, Consumer<Double> setter) {
        for (double bad : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> setter.accept(bad));
            assertEquals(name + " must be finite and > 0, got " + bad, e.getMessage());
        }
    }
}

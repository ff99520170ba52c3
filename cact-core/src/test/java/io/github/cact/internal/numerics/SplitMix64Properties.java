package io.github.cact.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** SplitMix64 against the JDK's own {@link SplittableRandom}, the generator it reproduces. */
class SplitMix64Properties {

    @Property(tries = 300, seed = "20261129")
    void drawsEqualThoseOfSplittableRandom(@ForAll long seed) {
        SplittableRandom jdk = new SplittableRandom(seed);
        SplitMix64 own = SplitMix64.of(seed);
        for (int j = 0; j < 50; j++) {
            if (j % 2 == 0) {
                assertEquals(jdk.nextLong(), own.nextLong(), "draw " + j);
            } else {
                assertEquals(jdk.nextDouble(), own.nextDouble(), "draw " + j);
            }
        }
    }

    @Property(tries = 300, seed = "20261129")
    void unmixInvertsMix(@ForAll long state) {
        assertEquals(state, SplitMix64.unmix64(SplitMix64.mix64(state)));
        assertEquals(state, SplitMix64.mix64(SplitMix64.unmix64(state)));
    }

    @Property(tries = 200, seed = "20261129")
    void aStreamContinuesFromAnyDrawAfterGaussians(@ForAll long seed, @ForAll @IntRange(max = 40) int gaussians) {
        SplittableRandom jdk = new SplittableRandom(seed);
        for (int g = 0; g < gaussians; g++) {
            jdk.nextGaussian();
        }
        long first = jdk.nextLong();
        SplitMix64 own = SplitMix64.startingWith(first);
        assertEquals(first, own.nextLong());
        for (int j = 0; j < 20; j++) {
            assertEquals(jdk.nextDouble(), own.nextDouble(), "draw " + j);
        }
    }

    @Property(tries = 200, seed = "20261129")
    void skipEntersTheStreamAtAnyDraw(@ForAll long seed, @ForAll @IntRange(max = 500) int draws) {
        SplitMix64 walked = SplitMix64.of(seed);
        for (int j = 0; j < draws; j++) {
            walked.nextLong();
        }
        SplitMix64 start = SplitMix64.of(seed);
        assertEquals(walked.nextLong(), start.skip(draws).nextLong());
        assertEquals(SplitMix64.of(seed).nextLong(), start.nextLong(), "skip leaves the generator unchanged");
    }
}

package io.github.cact.cat.simulation;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one master seed: stream {@code (purpose, index)} is a
 * {@link SplittableRandom} seeded by the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) of the master seed
 * mixed with both numbers. An examinee's draws thus depend on the master seed and the examinee's index
 * only, never on which thread simulates them or in what order.
 */
final class Seeds {

    /** The stream of the true abilities. */
    static final int ABILITY = 1;
    /** The stream of the adaptive test's answers and random choices. */
    static final int ADAPTIVE = 2;
    /** The stream of the fixed form's answers. */
    static final int FIXED = 3;
    /** The stream of a bank's parameters. */
    static final int BANK = 4;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * The stream of one purpose and index.
     *
     * @param master the master seed
     * @param purpose one of the constants of this class
     * @param index the examinee (or item) index, ≥ 0
     * @return a new generator
     */
    static SplittableRandom stream(long master, int purpose, long index) {
        long z = mix(master + GOLDEN_GAMMA * purpose);
        return new SplittableRandom(mix(z + GOLDEN_GAMMA * (index + 1)));
    }

    /** The SplitMix64 finaliser (Stafford's variant 13). */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

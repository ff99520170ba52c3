package io.github.cact.internal.numerics;

/**
 * The SplitMix64 generator of {@link java.util.SplittableRandom} (Steele, Lea &amp; Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA), reproduced output for output so that a stream can
 * be entered anywhere: the state advances by a constant γ per draw, s ← s + γ, and each draw is
 * mix64(s), a bijection of the 64-bit state. So draw j of a stream is mix64(s₀ + (j + 1)γ), computable
 * without the draws before it, and the state behind a draw is recovered by inverting mix64. Not
 * thread-safe: one generator per thread.
 */
public final class SplitMix64 {

    /** The increment of {@code new SplittableRandom(seed)}: 2⁶⁴ divided by the golden ratio, made odd. */
    public static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private static final long MIX_1 = 0xbf58476d1ce4e5b9L;
    private static final long MIX_2 = 0x94d049bb133111ebL;
    private static final long MIX_1_INVERSE = inverse(MIX_1);
    private static final long MIX_2_INVERSE = inverse(MIX_2);

    private long state;

    private SplitMix64(long state) {
        this.state = state;
    }

    /**
     * Returns the stream of {@code new SplittableRandom(seed)}.
     *
     * @param seed the seed
     * @return a generator whose draws equal those of {@code new SplittableRandom(seed)}
     */
    public static SplitMix64 of(long seed) {
        return new SplitMix64(seed);
    }

    /**
     * Returns the stream, with increment {@link #GOLDEN_GAMMA}, whose first {@link #nextLong()} is {@code
     * draw}: a {@code SplittableRandom} of that increment continued from its draw {@code draw}.
     *
     * @param draw a value that {@code nextLong()} returned
     * @return a generator that returns {@code draw} first, then what would have followed it
     */
    public static SplitMix64 startingWith(long draw) {
        return new SplitMix64(unmix64(draw) - GOLDEN_GAMMA);
    }

    /**
     * Returns a new generator {@code draws} draws further along this one's stream; this one is unchanged.
     *
     * @param draws the draws to pass over, at least 0
     * @return the generator whose next draw is this one's draw number {@code draws}, counting from 0
     */
    public SplitMix64 skip(long draws) {
        return new SplitMix64(state + draws * GOLDEN_GAMMA);
    }

    /**
     * Draws 64 random bits, as {@link java.util.SplittableRandom#nextLong()}.
     *
     * @return the next value
     */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /**
     * Draws a uniform double in [0, 1), as {@link java.util.SplittableRandom#nextDouble()}: the top 53
     * bits of the next long, times 2⁻⁵³.
     *
     * @return the next value
     */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Stafford's variant 13 finaliser, as {@code SplittableRandom.mix64}. */
    static long mix64(long s) {
        long z = (s ^ (s >>> 30)) * MIX_1;
        z = (z ^ (z >>> 27)) * MIX_2;
        return z ^ (z >>> 31);
    }

    /** The inverse of {@link #mix64}: each xor-shift and each odd multiplier undone in reverse order. */
    static long unmix64(long z) {
        long s = unshift(z, 31) * MIX_2_INVERSE;
        s = unshift(s, 27) * MIX_1_INVERSE;
        return unshift(s, 30);
    }

    /** Solves y = x ^ (x >>> k) for x: each pass fixes k more of the high bits. */
    private static long unshift(long y, int k) {
        long x = y;
        for (int fixed = k; fixed < Long.SIZE; fixed += k) {
            x = y ^ (x >>> k);
        }
        return x;
    }

    /** The multiplicative inverse of an odd number modulo 2⁶⁴, by Newton's iteration x ← x(2 − ax). */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}

package io.github.cact.cat.internal;

/**
 * A SplitMix64 random stream (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number
 * generators"): a 64-bit state advanced by a fixed odd constant and mixed into each output. The whole
 * state is one {@code long}, so a session can store it and continue the same stream after a restore.
 * Mutable and not thread-safe: each caller uses its own instance.
 */
public final class SplitMix {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * Continues a stream from its state.
     *
     * @param state the state, any value
     */
    public SplitMix(long state) {
        this.state = state;
    }

    /**
     * Returns the state, from which {@link #SplitMix(long)} continues the same stream.
     *
     * @return the state
     */
    public long state() {
        return state;
    }

    /**
     * Returns the next 64 random bits.
     *
     * @return a uniformly distributed long
     */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * Returns the next uniform number in [0, 1), with 53 random bits.
     *
     * @return u in [0, 1)
     */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * Returns the next uniform integer in [0, bound), without modulo bias (Lemire's rejection).
     *
     * @param bound the exclusive upper bound, ≥ 1
     * @return an integer in 0..bound−1
     */
    public int nextInt(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be >= 1, got " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * Returns a standard normal draw by the Box–Muller transform (one of the pair; two uniforms used).
     *
     * @return z ~ N(0, 1)
     */
    public double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * The seed of the stream number {@code index} under a master seed: distinct indices give unrelated
     * streams, so that parallel work seeded this way is the same whatever the thread count.
     *
     * @param seed the master seed
     * @param index the stream number
     * @return the stream's seed
     */
    public static long derive(long seed, long index) {
        return mix(seed + mix(index + GOLDEN_GAMMA) * GOLDEN_GAMMA);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

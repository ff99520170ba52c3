package io.github.cact.mirt.estimation;

/**
 * A small random stream for one chunk of examinees: SplitMix64 (Steele, Lea &amp; Flood 2014, OOPSLA,
 * "Fast splittable pseudorandom number generators") seeded from (seed, stage, cycle, chunk), so that the
 * draws of a chunk do not depend on the thread that runs it. Normal variates by the Marsaglia polar
 * method. Mutable; one per worker, re-seeded for every chunk.
 */
final class RandomStream {

    private long state;
    private double spare;
    private boolean hasSpare;

    /** Starts the stream of one chunk. */
    void seed(long seed, long stage, long cycle, long chunk) {
        state = mix(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (stage + 1)) + cycle * 0xD1B54A32D192ED03L)
                + chunk * 0xABC98388FB8FAC03L);
        hasSpare = false;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** A uniform variate in (0, 1). */
    double uniform() {
        return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** A standard normal variate. */
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m;
    }
}

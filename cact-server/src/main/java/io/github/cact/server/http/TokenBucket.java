package io.github.cact.server.http;

/**
 * A token bucket (Turner 1986; as in RFC 2697's meters): holds at most {@code capacity} tokens, refilled
 * at {@code rate} tokens per second; a request takes one token or is refused. Thread-safe.
 */
public final class TokenBucket {

    private final double capacity;
    private final double ratePerNano;
    private double tokens;
    private long last;

    /**
     * Creates a full bucket.
     *
     * @param rate tokens per second, &gt; 0
     * @param capacity the burst, ≥ 1
     * @param now the current time from {@link System#nanoTime()}
     */
    public TokenBucket(double rate, double capacity, long now) {
        this.capacity = capacity;
        this.ratePerNano = rate / 1e9;
        this.tokens = capacity;
        this.last = now;
    }

    /**
     * Takes a token if one is there.
     *
     * @param now the current time from {@link System#nanoTime()}
     * @return 0 if taken, else the seconds until a token is there (≥ 1, for Retry-After)
     */
    public synchronized long tryTake(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * ratePerNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano / 1e9));
    }

    /**
     * Tells whether the bucket has refilled to its capacity: it has been idle long enough to be forgotten
     * (a new bucket would be the same).
     *
     * @param now the current time from {@link System#nanoTime()}
     * @return true if full
     */
    public synchronized boolean full(long now) {
        return tokens + (now - last) * ratePerNano >= capacity;
    }
}

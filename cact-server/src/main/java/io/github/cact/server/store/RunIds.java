package io.github.cact.server.store;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Run ids: UUIDs of version 7 (RFC 9562, section 5.7), the Unix time in milliseconds in the first 48 bits
 * and 74 random bits from a {@link SecureRandom} after it. Runs stored one after another then have ids in
 * about the order of their time, so the database inserts them at the end of its id indexes instead of at
 * random places in them (fewer index pages to write per commit), and an id is as hard to guess as with 74
 * random bits. The time in the id is the one the audit record carries anyway.
 */
public final class RunIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    /**
     * Makes a new id.
     *
     * @return the id, in the usual 36-character form
     */
    public static String next() {
        return of(System.currentTimeMillis(), RANDOM.nextLong(), RANDOM.nextLong()).toString();
    }

    /**
     * The version-7 UUID of a time and random bits: {@code unix_ts_ms} (48 bits), version 7 (4 bits),
     * {@code rand_a} (12 bits), variant {@code 10} (2 bits), {@code rand_b} (62 bits).
     *
     * @param millis milliseconds since 1970-01-01T00:00Z
     * @param randomHigh random bits, of which the low 12 are used
     * @param randomLow random bits, of which the low 62 are used
     * @return the UUID
     */
    static UUID of(long millis, long randomHigh, long randomLow) {
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randomHigh & 0x0FFFL;
        long low = 0x8000_0000_0000_0000L | randomLow & 0x3FFF_FFFF_FFFF_FFFFL;
        return new UUID(high, low);
    }
}

package io.github.cact.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, for content digests, audit records and key hashes. */
public final class Digests {

    /**
     * A SHA-256 instance per thread: looking one up among the security providers on every call cost more
     * than hashing a short input.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    private Digests() {
    }

    /**
     * Hashes bytes.
     *
     * @param bytes the input
     * @return 64 hex digits
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA_256.get().digest(bytes)); // digest() also resets the instance
    }

    /**
     * Hashes the UTF-8 bytes of a text.
     *
     * @param text the input
     * @return 64 hex digits
     */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}

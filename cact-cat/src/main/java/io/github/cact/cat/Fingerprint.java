package io.github.cact.cat;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 fingerprints that tie a stored session to the bank and design it was made with: the bank's by
 * every item's id, scale, model and exact parameters; the design's by its canonical text.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /** The SHA-256 of the bank: per item, id, scale, model code, slope, intercepts, g and u, exact. */
    static String of(ItemBank bank) {
        StringBuilder text = new StringBuilder();
        for (Item item : bank.items()) {
            ItemModel m = item.model();
            text.append(item.id()).append('\t').append(item.scale().orElse("")).append('\t')
                    .append(m.type().code()).append('\t').append(m.slope());
            for (double d : m.intercepts()) {
                text.append('\t').append(d);
            }
            text.append('\t').append(m.guessing()).append('\t').append(m.upper()).append('\n');
        }
        return sha256(text.toString());
    }

    /** The lower-case hexadecimal SHA-256 of the UTF-8 bytes of a text. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

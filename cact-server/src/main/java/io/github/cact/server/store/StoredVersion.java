package io.github.cact.server.store;

import java.time.OffsetDateTime;

/**
 * One stored version of a named document (a bank, standards, cut scores, a nine-box configuration).
 *
 * @param name the document's name
 * @param version the version, from 1
 * @param status {@code draft} or {@code published} (documents without drafts are always published)
 * @param content the canonical JSON text
 * @param digest the SHA-256 of the content
 * @param createdAt when the version was made
 * @param publishedAt when it was published, or null for a draft
 */
public record StoredVersion(String name, int version, String status, String content, String digest,
        OffsetDateTime createdAt, OffsetDateTime publishedAt) {

    /** The status of a version that may still change. */
    public static final String DRAFT = "draft";
    /** The status of a version that never changes again. */
    public static final String PUBLISHED = "published";

    /**
     * Whether the version is published.
     *
     * @return true once published
     */
    public boolean published() {
        return PUBLISHED.equals(status);
    }
}

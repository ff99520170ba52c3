package io.github.cact.ninebox;

import java.util.Objects;

/**
 * What is needed to reproduce and review one placement: the configuration (name, version, fingerprint),
 * the library version, and the SHA-256 of the person's inputs ({@link PersonInput#canonicalForm()}). It
 * holds no personal data beyond that hash.
 *
 * <p>Every placement is a recommendation for a human decision, never an automated decision on the person
 * (UU 27/2022; docs/regulations.md#personal-data): {@link #recommendationForHumanDecision()} is always true for
 * records made by this library.
 *
 * @param configName the configuration name
 * @param configVersion the configuration version
 * @param configFingerprint the SHA-256 hex of the configuration ({@link NineBoxConfig#fingerprint()})
 * @param libraryVersion the version of this library ({@link #LIBRARY_VERSION})
 * @param inputSha256 the SHA-256 hex of the canonical inputs
 * @param recommendationForHumanDecision whether the placement is a recommendation for a human decision
 */
public record AuditRecord(String configName, String configVersion, String configFingerprint, String libraryVersion,
        String inputSha256, boolean recommendationForHumanDecision) {

    /**
     * The library version written into audit records. It is a constant kept equal to the Maven project
     * version (a test checks it against the pom), not read from the jar manifest, so that results are the
     * same whether the library runs from a jar or from class directories.
     */
    public static final String LIBRARY_VERSION = "0.1.0-SNAPSHOT";

    /**
     * Creates a record.
     *
     * @param configName the configuration name
     * @param configVersion the configuration version
     * @param configFingerprint the configuration fingerprint
     * @param libraryVersion the library version
     * @param inputSha256 the input hash
     * @param recommendationForHumanDecision the recommendation flag
     */
    public AuditRecord {
        Objects.requireNonNull(configName, "configName");
        Objects.requireNonNull(configVersion, "configVersion");
        Objects.requireNonNull(configFingerprint, "configFingerprint");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(inputSha256, "inputSha256");
    }
}

package io.github.cact.competency;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One competency (or potential aspect) of a framework: a short code, by which items, cut scores,
 * standards and levels refer to it, and its Indonesian and English names.
 *
 * <p>Immutable and thread-safe. Equal when code and both names are equal.
 */
public final class Competency {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]+");

    private final String code;
    private final String nameId;
    private final String nameEn;

    private Competency(String code, String nameId, String nameEn) {
        this.code = code;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /**
     * Creates a competency.
     *
     * @param code letters, digits, {@code _ . -}, e.g. {@code "M1"}; case-sensitive
     * @param nameId the Indonesian name, e.g. {@code "Integritas"}
     * @param nameEn the English name, e.g. {@code "Integrity"}
     * @return the competency
     * @throws IllegalArgumentException for a code with other characters or a blank name, naming it
     */
    public static Competency of(String code, String nameId, String nameEn) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameId, "nameId");
        Objects.requireNonNull(nameEn, "nameEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("competency code '" + code
                    + "' must be non-empty and made of letters, digits, '_', '.' or '-'");
        }
        if (nameId.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("competency '" + code + "' needs an Indonesian and an English name");
        }
        return new Competency(code, nameId.strip(), nameEn.strip());
    }

    /**
     * Returns the code.
     *
     * @return the code, e.g. {@code "M1"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Indonesian name.
     *
     * @return e.g. {@code "Integritas"}
     */
    public String nameId() {
        return nameId;
    }

    /**
     * Returns the English name.
     *
     * @return e.g. {@code "Integrity"}
     */
    public String nameEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Competency c && code.equals(c.code) && nameId.equals(c.nameId) && nameEn.equals(c.nameEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, nameId, nameEn);
    }

    @Override
    public String toString() {
        return code + " " + nameId + " (" + nameEn + ")";
    }
}

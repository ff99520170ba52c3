package io.github.cact.ninebox;

/**
 * The performance predicate (predikat kinerja) of PermenPANRB 6/2022, best first.
 *
 * <p>The declaration order is the rank of the predicate: {@link #SANGAT_BAIK} is the best. The constant
 * names are a file contract: files spell them as written here.
 */
public enum PerformancePredicate {
    /** Sangat Baik: very good. */
    SANGAT_BAIK,
    /** Baik: good. */
    BAIK,
    /** Butuh Perbaikan: needs improvement. */
    BUTUH_PERBAIKAN,
    /** Kurang: poor. */
    KURANG,
    /** Sangat Kurang: very poor. */
    SANGAT_KURANG;

    /**
     * Parses a predicate name, ignoring case and surrounding blanks; hyphens and spaces count as
     * underscores, so {@code "Butuh Perbaikan"} is accepted.
     *
     * @param code the name, e.g. {@code "SANGAT_BAIK"}
     * @return the predicate
     * @throws IllegalArgumentException if no predicate has that name; the message quotes it and lists the
     *     valid names
     */
    public static PerformancePredicate fromCode(String code) {
        return Codes.parse(PerformancePredicate.class, code, "performance predicate");
    }
}

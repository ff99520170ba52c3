package io.github.cact.ninebox;

/**
 * One of the two ratings of an SKP (Sasaran Kinerja Pegawai) appraisal under PermenPANRB 6/2022: the rating
 * of work results (hasil kerja) or of work behaviour (perilaku kerja), each against expectations.
 *
 * <p>The constant names are a file contract: files spell them as written here.
 */
public enum SkpRating {
    /** Di bawah ekspektasi: below expectations. */
    DI_BAWAH,
    /** Sesuai ekspektasi: meets expectations. */
    SESUAI,
    /** Di atas ekspektasi: above expectations. */
    DI_ATAS;

    /**
     * Parses a rating name, ignoring case and surrounding blanks; hyphens and spaces count as underscores.
     *
     * @param code the name, e.g. {@code "di_atas"}
     * @return the rating
     * @throws IllegalArgumentException if no rating has that name; the message quotes it and lists the valid
     *     names
     */
    public static SkpRating fromCode(String code) {
        return Codes.parse(SkpRating.class, code, "SKP rating");
    }
}

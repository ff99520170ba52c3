package io.github.cact.ninebox;

import java.util.Objects;

/**
 * A level on one axis of the nine-box, lowest first: on the performance (kinerja) axis below, meeting or
 * above expectations; on the potential (potensial) axis low, medium or high (PermenPANRB 3/2020).
 *
 * <p>The constant names are a file contract: files spell them as written here.
 */
public enum AxisLevel {
    /** Di bawah ekspektasi (performance) or rendah (potential). */
    LOW("Di bawah ekspektasi", "Below expectations", "Rendah", "Low"),
    /** Sesuai ekspektasi (performance) or menengah (potential). */
    MIDDLE("Sesuai ekspektasi", "Meets expectations", "Menengah", "Medium"),
    /** Di atas ekspektasi (performance) or tinggi (potential). */
    HIGH("Di atas ekspektasi", "Above expectations", "Tinggi", "High");

    private final String performanceId;
    private final String performanceEn;
    private final String potentialId;
    private final String potentialEn;

    AxisLevel(String performanceId, String performanceEn, String potentialId, String potentialEn) {
        this.performanceId = performanceId;
        this.performanceEn = performanceEn;
        this.potentialId = potentialId;
        this.potentialEn = potentialEn;
    }

    /**
     * Returns the label of this level on the performance axis.
     *
     * @param language the label language
     * @return e.g. {@code "Di atas ekspektasi"} or {@code "Above expectations"}
     */
    public String performanceLabel(Language language) {
        return Objects.requireNonNull(language, "language") == Language.INDONESIAN ? performanceId : performanceEn;
    }

    /**
     * Returns the label of this level on the potential axis.
     *
     * @param language the label language
     * @return e.g. {@code "Tinggi"} or {@code "High"}
     */
    public String potentialLabel(Language language) {
        return Objects.requireNonNull(language, "language") == Language.INDONESIAN ? potentialId : potentialEn;
    }

    /**
     * Parses a level name, ignoring case and surrounding blanks.
     *
     * @param code the name, e.g. {@code "high"}
     * @return the level
     * @throws IllegalArgumentException if no level has that name; the message quotes it
     */
    public static AxisLevel fromCode(String code) {
        return Codes.parse(AxisLevel.class, code, "axis level");
    }
}

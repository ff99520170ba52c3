package io.github.cact.ninebox;

import java.util.Objects;

/**
 * A recommended follow-up (rekomendasi tindak lanjut) for a nine-box cell, as listed for the ASN nine-box under
 * PermenPANRB 3/2020 (docs/regulations.md#follow-ups). Which follow-ups belong to which cell is configuration
 * ({@link NineBoxConfig.Builder#followUps}); the Indonesian labels are the regulation's wording, the English
 * ones are this library's translation.
 *
 * <p>The constant names are a file contract: files spell them as written here.
 */
public enum FollowUp {
    /** Dipromosikan: promotion. */
    DIPROMOSIKAN("Dipromosikan", "Promotion"),
    /** Dipertahankan: retention. */
    DIPERTAHANKAN("Dipertahankan", "Retention"),
    /** Masuk kelompok rencana suksesi instansi/nasional: agency or national succession pool. */
    SUKSESI_INSTANSI_NASIONAL("Masuk kelompok rencana suksesi instansi/nasional",
            "Agency or national succession pool"),
    /** Masuk kelompok rencana suksesi instansi: agency succession pool. */
    SUKSESI_INSTANSI("Masuk kelompok rencana suksesi instansi", "Agency succession pool"),
    /** Penghargaan: recognition award. */
    PENGHARGAAN("Penghargaan", "Recognition award"),
    /** Rotasi/perluasan jabatan: rotation or job enlargement. */
    ROTASI_PERLUASAN_JABATAN("Rotasi/perluasan jabatan", "Rotation or job enlargement"),
    /** Rotasi/pengayaan jabatan: rotation or job enrichment. */
    ROTASI_PENGAYAAN_JABATAN("Rotasi/pengayaan jabatan", "Rotation or job enrichment"),
    /** Rotasi: rotation. */
    ROTASI("Rotasi", "Rotation"),
    /** Bimbingan kinerja: performance coaching. */
    BIMBINGAN_KINERJA("Bimbingan kinerja", "Performance coaching"),
    /** Konseling kinerja: performance counselling. */
    KONSELING_KINERJA("Konseling kinerja", "Performance counselling"),
    /** Pengembangan kompetensi: competency development. */
    PENGEMBANGAN_KOMPETENSI("Pengembangan kompetensi", "Competency development"),
    /** Tugas belajar: study assignment. */
    TUGAS_BELAJAR("Tugas belajar", "Study assignment"),
    /** Penempatan yang sesuai: suitable placement. */
    PENEMPATAN_SESUAI("Penempatan yang sesuai", "Suitable placement"),
    /** Diproses sesuai ketentuan peraturan perundang-undangan: handled under the applicable regulations. */
    DIPROSES_SESUAI_KETENTUAN("Diproses sesuai ketentuan peraturan perundang-undangan",
            "Handled under the applicable laws and regulations");

    private final String indonesian;
    private final String english;

    FollowUp(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /**
     * Returns the label of this follow-up.
     *
     * @param language the label language
     * @return e.g. {@code "Bimbingan kinerja"} or {@code "Performance coaching"}
     */
    public String label(Language language) {
        return Objects.requireNonNull(language, "language") == Language.INDONESIAN ? indonesian : english;
    }

    /**
     * Parses a follow-up name, ignoring case and surrounding blanks.
     *
     * @param code the name, e.g. {@code "ROTASI"}
     * @return the follow-up
     * @throws IllegalArgumentException if no follow-up has that name; the message quotes it
     */
    public static FollowUp fromCode(String code) {
        return Codes.parse(FollowUp.class, code, "follow-up");
    }
}

package io.github.cact.ninebox;

import java.util.Arrays;
import java.util.Objects;

/**
 * The matrix that turns the two SKP ratings into a performance predicate.
 *
 * <p>The default, {@link #permenpanrb6of2022()}, is the matrix of PermenPANRB 6/2022
 * (docs/regulations.md#predicate-matrix):
 * <pre>
 * Hasil kerja \ Perilaku kerja   DI_BAWAH        SESUAI           DI_ATAS
 * DI_ATAS                        KURANG          BAIK             SANGAT_BAIK
 * SESUAI                         KURANG          BAIK             BAIK
 * DI_BAWAH                       SANGAT_KURANG   BUTUH_PERBAIKAN  BUTUH_PERBAIKAN
 * </pre>
 * A different matrix is made with {@link #with}. Immutable and thread-safe.
 */
public final class PredicateMatrix {

    private static final PredicateMatrix PERMENPANRB_6_2022 = new PredicateMatrix(new PerformancePredicate[] {
        // hasil kerja DI_BAWAH; perilaku kerja DI_BAWAH, SESUAI, DI_ATAS
        PerformancePredicate.SANGAT_KURANG, PerformancePredicate.BUTUH_PERBAIKAN,
        PerformancePredicate.BUTUH_PERBAIKAN,
        // hasil kerja SESUAI
        PerformancePredicate.KURANG, PerformancePredicate.BAIK, PerformancePredicate.BAIK,
        // hasil kerja DI_ATAS
        PerformancePredicate.KURANG, PerformancePredicate.BAIK, PerformancePredicate.SANGAT_BAIK,
    });

    /** Indexed {@code hasilKerja.ordinal() * 3 + perilakuKerja.ordinal()}. */
    private final PerformancePredicate[] table;

    private PredicateMatrix(PerformancePredicate[] table) {
        this.table = table;
    }

    /**
     * Returns the matrix of PermenPANRB 6/2022, the default.
     *
     * @return the regulation's matrix
     */
    public static PredicateMatrix permenpanrb6of2022() {
        return PERMENPANRB_6_2022;
    }

    /**
     * Returns the predicate for two SKP ratings.
     *
     * @param hasilKerja the rating of work results
     * @param perilakuKerja the rating of work behaviour
     * @return the predicate
     */
    public PerformancePredicate predicate(SkpRating hasilKerja, SkpRating perilakuKerja) {
        return table[index(hasilKerja, perilakuKerja)];
    }

    /**
     * Returns a copy of this matrix with one entry replaced.
     *
     * @param hasilKerja the rating of work results
     * @param perilakuKerja the rating of work behaviour
     * @param predicate the predicate for that pair
     * @return the new matrix
     */
    public PredicateMatrix with(SkpRating hasilKerja, SkpRating perilakuKerja, PerformancePredicate predicate) {
        Objects.requireNonNull(predicate, "predicate");
        PerformancePredicate[] copy = table.clone();
        copy[index(hasilKerja, perilakuKerja)] = predicate;
        return new PredicateMatrix(copy);
    }

    private static int index(SkpRating hasilKerja, SkpRating perilakuKerja) {
        Objects.requireNonNull(hasilKerja, "hasilKerja");
        Objects.requireNonNull(perilakuKerja, "perilakuKerja");
        return hasilKerja.ordinal() * 3 + perilakuKerja.ordinal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PredicateMatrix other && Arrays.equals(table, other.table);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(table);
    }

    /** Lists the entries row by row, hasil kerja DI_BAWAH first; also the canonical form used in audits. */
    @Override
    public String toString() {
        return "PredicateMatrix" + Arrays.toString(table);
    }
}

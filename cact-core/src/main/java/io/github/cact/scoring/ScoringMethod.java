package io.github.cact.scoring;

import java.util.Locale;
import java.util.Objects;

/**
 * How an ability θ and its standard error are estimated from a response pattern. Immutable.
 *
 * <ul>
 *   <li>{@link #EAP}: posterior mean on the quadrature grid, SE = posterior SD (Bock &amp; Mislevy 1982).
 *   <li>{@link #MAP}: posterior mode, SE = 1/√(observed information of the log posterior).
 *   <li>{@link #ML}: likelihood maximum, SE = 1/√TIF(θ̂).
 *   <li>{@link #WLE}: Warm's (1989) weighted likelihood estimate, SE = 1/√TIF(θ̂).
 *   <li>{@link #EAP_SUM}: EAP given only the summed score, via the Lord–Wingersky (1984) recursion
 *       (Thissen, Pommerich, Billeaud &amp; Williams 1995).
 * </ul>
 */
public enum ScoringMethod {
    /** Expected a posteriori. */
    EAP("eap"),
    /** Maximum a posteriori (Bayes modal). */
    MAP("map"),
    /** Maximum likelihood. */
    ML("ml"),
    /** Warm's weighted likelihood estimate. */
    WLE("wle"),
    /** EAP of the summed score. */
    EAP_SUM("eapsum");

    private final String code;

    ScoringMethod(String code) {
        this.code = code;
    }

    /**
     * Returns the short name used on the command line and in files.
     *
     * @return {@code eap}, {@code map}, {@code ml}, {@code wle} or {@code eapsum}
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether the method is modal (an optimum or a root on [−bound, bound]) rather than a
     * posterior mean on the grid.
     *
     * @return true for MAP, ML and WLE
     */
    public boolean isModal() {
        return this == MAP || this == ML || this == WLE;
    }

    /**
     * Finds a method by its code, ignoring case and surrounding blanks.
     *
     * @param code e.g. {@code "eapsum"}
     * @return the method
     * @throws IllegalArgumentException naming the code and the valid ones if none matches
     */
    public static ScoringMethod fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ScoringMethod method : values()) {
            if (method.code.equals(wanted)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown scoring method '" + code + "'; expected one of eap, map, ml, "
                + "wle, eapsum");
    }
}

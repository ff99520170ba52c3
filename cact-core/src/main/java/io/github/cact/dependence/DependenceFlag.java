package io.github.cact.dependence;

/**
 * The verdict on one item pair: which statistic, if any, flags it, or why none is computed. Immutable.
 */
public enum DependenceFlag {
    /** The statistics are computed and neither flags the pair. */
    NONE("none"),
    /** Q3 flags the pair ({@link LocalDependenceOptions#q3Absolute()} and {@link LocalDependenceOptions#q3Relative()}). */
    Q3("q3"),
    /** The LD χ² flags the pair ({@link LocalDependenceOptions#alpha()}, Bonferroni over the pairs of the scale). */
    LD_CHI2("ld_chi2"),
    /** Both statistics flag the pair. */
    Q3_AND_LD_CHI2("q3+ld_chi2"),
    /** Fewer examinees answered both items than {@link LocalDependenceOptions#minimumPairs()}; no statistic. */
    TOO_FEW_PAIRS("too_few_pairs"),
    /**
     * The statistics are not defined for the pair: the residuals of an item do not vary among the examinees
     * who answered both (for example, all of them gave the same answer). No statistic.
     */
    UNRESOLVED("unresolved");

    private final String code;

    DependenceFlag(String code) {
        this.code = code;
    }

    /**
     * Returns the code used in files.
     *
     * @return {@code none}, {@code q3}, {@code ld_chi2}, {@code q3+ld_chi2}, {@code too_few_pairs} or
     *     {@code unresolved}
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether the statistics are computed for a pair with this flag.
     *
     * @return true for {@link #NONE}, {@link #Q3}, {@link #LD_CHI2} and {@link #Q3_AND_LD_CHI2}
     */
    public boolean hasStatistics() {
        return this != TOO_FEW_PAIRS && this != UNRESOLVED;
    }

    /**
     * Tells whether the pair is flagged as locally dependent.
     *
     * @return true for {@link #Q3}, {@link #LD_CHI2} and {@link #Q3_AND_LD_CHI2}
     */
    public boolean flagged() {
        return this == Q3 || this == LD_CHI2 || this == Q3_AND_LD_CHI2;
    }

    static DependenceFlag of(boolean q3, boolean chi2) {
        return q3 ? (chi2 ? Q3_AND_LD_CHI2 : Q3) : (chi2 ? LD_CHI2 : NONE);
    }
}

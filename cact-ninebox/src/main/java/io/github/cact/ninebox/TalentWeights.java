package io.github.cact.ninebox;

/**
 * Weights of the talent score: {@code talent = w_perf · performance + w_pot · potential}, both scores on a
 * 0–100 scale. The default {@link #kepkaBkn411of2025()} is 50 % / 50 % (Kepka BKN 411/2025, from two
 * secondary sources; docs/regulations.md#talent-weights). Immutable and thread-safe.
 */
public final class TalentWeights {

    private static final String[] NAMES = {"performance", "potential"};
    private static final TalentWeights EQUAL = new TalentWeights(0.5, 0.5);

    private final double performance;
    private final double potential;

    private TalentWeights(double performance, double potential) {
        this.performance = performance;
        this.potential = potential;
    }

    /**
     * Returns the default weights 0.5 / 0.5.
     *
     * @return the default weights
     */
    public static TalentWeights kepkaBkn411of2025() {
        return EQUAL;
    }

    /**
     * Creates weights.
     *
     * @param performance weight of the performance score
     * @param potential weight of the potential score
     * @return the weights
     * @throws IllegalArgumentException if a weight is outside [0, 1] or NaN (the message names it), or the
     *     weights do not sum to 1 within 1e-9
     */
    public static TalentWeights of(double performance, double potential) {
        Weights.check("talent weights", NAMES, performance, potential);
        return new TalentWeights(performance, potential);
    }

    /**
     * Computes the talent score.
     *
     * @param performanceScore the performance score, 0–100
     * @param potentialScore the potential score, 0–100
     * @return {@code w_perf · performanceScore + w_pot · potentialScore}
     */
    public double score(double performanceScore, double potentialScore) {
        return performance * performanceScore + potential * potentialScore;
    }

    /**
     * Returns the weight of the performance score.
     *
     * @return w_perf
     */
    public double performance() {
        return performance;
    }

    /**
     * Returns the weight of the potential score.
     *
     * @return w_pot
     */
    public double potential() {
        return potential;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TalentWeights other && Double.compare(performance, other.performance) == 0
                && Double.compare(potential, other.potential) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(performance) + Double.hashCode(potential);
    }

    @Override
    public String toString() {
        return "TalentWeights[performance=" + performance + ", potential=" + potential + "]";
    }
}

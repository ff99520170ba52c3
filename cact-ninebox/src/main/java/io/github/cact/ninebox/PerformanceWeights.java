package io.github.cact.ninebox;

/**
 * Weights of the composed performance score, used when a person's performance comes with a reinforcing score:
 * {@code performance = w_primary · predicate score + w_reinforcing · reinforcing score}, both on a 0–100 scale,
 * the primary part being the e-Kinerja predicate (through the configured predicate scores) and the reinforcing
 * part awards and assignments. The default {@link #kepkaBkn411of2025()} is 60 % / 40 % (Kepka BKN 411/2025,
 * from two secondary sources; docs/regulations.md#performance-weights). Immutable and thread-safe.
 */
public final class PerformanceWeights {

    private static final String[] NAMES = {"primary", "reinforcing"};
    private static final PerformanceWeights KEPKA = new PerformanceWeights(0.6, 0.4);

    private final double primary;
    private final double reinforcing;

    private PerformanceWeights(double primary, double reinforcing) {
        this.primary = primary;
        this.reinforcing = reinforcing;
    }

    /**
     * Returns the default weights 0.6 / 0.4.
     *
     * @return the default weights
     */
    public static PerformanceWeights kepkaBkn411of2025() {
        return KEPKA;
    }

    /**
     * Creates weights.
     *
     * @param primary weight of the primary (predicate) score
     * @param reinforcing weight of the reinforcing score
     * @return the weights
     * @throws IllegalArgumentException if a weight is outside [0, 1] or NaN (the message names it), or the
     *     weights do not sum to 1 within 1e-9
     */
    public static PerformanceWeights of(double primary, double reinforcing) {
        Weights.check("performance weights", NAMES, primary, reinforcing);
        return new PerformanceWeights(primary, reinforcing);
    }

    /**
     * Computes the composed performance score.
     *
     * @param primaryScore the score of the predicate, 0–100
     * @param reinforcingScore the reinforcing score, 0–100
     * @return {@code w_primary · primaryScore + w_reinforcing · reinforcingScore}
     */
    public double score(double primaryScore, double reinforcingScore) {
        return primary * primaryScore + reinforcing * reinforcingScore;
    }

    /**
     * Returns the weight of the primary (predicate) score.
     *
     * @return w_primary
     */
    public double primary() {
        return primary;
    }

    /**
     * Returns the weight of the reinforcing score.
     *
     * @return w_reinforcing
     */
    public double reinforcing() {
        return reinforcing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerformanceWeights other && Double.compare(primary, other.primary) == 0
                && Double.compare(reinforcing, other.reinforcing) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(primary) + Double.hashCode(reinforcing);
    }

    @Override
    public String toString() {
        return "PerformanceWeights[primary=" + primary + ", reinforcing=" + reinforcing + "]";
    }
}

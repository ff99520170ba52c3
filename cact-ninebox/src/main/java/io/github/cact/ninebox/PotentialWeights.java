package io.github.cact.ninebox;

/**
 * Weights of the potential composition:
 * <pre>
 * potential = w_c · min(competencyJpm, 100) + w_p · min(potentialJpm, 100) + w_q · qualification + w_i · integrity
 * </pre>
 * on a 0–100 scale. The default {@link #kepkaBkn411of2025()} is 40 % competency JPM, 25 % potential JPM,
 * 20 % qualification, 15 % integrity/morality (Kepka BKN 411/2025, from two secondary sources;
 * docs/regulations.md#potential-weights).
 *
 * <p>JPM values can exceed 100 % when an agency does not cap surpluses (docs/regulations.md#job-person-match);
 * the composition caps each JPM at 100 so that the potential score stays on the 0–100 scale of its bands. This
 * cap is a library convention. Immutable and thread-safe.
 */
public final class PotentialWeights {

    private static final String[] NAMES = {"competencyJpm", "potentialJpm", "qualification", "integrity"};
    private static final PotentialWeights KEPKA_BKN_411_2025 = new PotentialWeights(0.40, 0.25, 0.20, 0.15);

    private final double competencyJpm;
    private final double potentialJpm;
    private final double qualification;
    private final double integrity;

    private PotentialWeights(double competencyJpm, double potentialJpm, double qualification, double integrity) {
        this.competencyJpm = competencyJpm;
        this.potentialJpm = potentialJpm;
        this.qualification = qualification;
        this.integrity = integrity;
    }

    /**
     * Returns the default weights 0.40 / 0.25 / 0.20 / 0.15 of Kepka BKN 411/2025.
     *
     * @return the default weights
     */
    public static PotentialWeights kepkaBkn411of2025() {
        return KEPKA_BKN_411_2025;
    }

    /**
     * Creates weights.
     *
     * @param competencyJpm weight of the competency JPM
     * @param potentialJpm weight of the potential JPM
     * @param qualification weight of the qualification score
     * @param integrity weight of the integrity/morality score
     * @return the weights
     * @throws IllegalArgumentException if a weight is outside [0, 1] or NaN (the message names it), or the
     *     weights do not sum to 1 within 1e-9
     */
    public static PotentialWeights of(double competencyJpm, double potentialJpm, double qualification,
            double integrity) {
        Weights.check("potential weights", NAMES, competencyJpm, potentialJpm, qualification, integrity);
        return new PotentialWeights(competencyJpm, potentialJpm, qualification, integrity);
    }

    /**
     * Computes the potential score (formula in the class javadoc). The caller checks the ranges.
     *
     * @param competencyJpmPercent the competency JPM in percent, capped at 100 here
     * @param potentialJpmPercent the potential JPM in percent, capped at 100 here
     * @param qualificationScore the qualification score, 0–100
     * @param integrityScore the integrity/morality score, 0–100
     * @return the potential score
     */
    public double score(double competencyJpmPercent, double potentialJpmPercent, double qualificationScore,
            double integrityScore) {
        return competencyJpm * Math.min(competencyJpmPercent, 100) + potentialJpm * Math.min(potentialJpmPercent, 100)
                + qualification * qualificationScore + integrity * integrityScore;
    }

    /**
     * Returns the weight of the competency JPM.
     *
     * @return w_c
     */
    public double competencyJpm() {
        return competencyJpm;
    }

    /**
     * Returns the weight of the potential JPM.
     *
     * @return w_p
     */
    public double potentialJpm() {
        return potentialJpm;
    }

    /**
     * Returns the weight of the qualification score.
     *
     * @return w_q
     */
    public double qualification() {
        return qualification;
    }

    /**
     * Returns the weight of the integrity/morality score.
     *
     * @return w_i
     */
    public double integrity() {
        return integrity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PotentialWeights other
                && Double.compare(competencyJpm, other.competencyJpm) == 0
                && Double.compare(potentialJpm, other.potentialJpm) == 0
                && Double.compare(qualification, other.qualification) == 0
                && Double.compare(integrity, other.integrity) == 0;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(competencyJpm);
        h = 31 * h + Double.hashCode(potentialJpm);
        h = 31 * h + Double.hashCode(qualification);
        return 31 * h + Double.hashCode(integrity);
    }

    @Override
    public String toString() {
        return "PotentialWeights[competencyJpm=" + competencyJpm + ", potentialJpm=" + potentialJpm
                + ", qualification=" + qualification + ", integrity=" + integrity + "]";
    }
}

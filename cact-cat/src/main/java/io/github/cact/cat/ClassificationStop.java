package io.github.cact.cat;

import io.github.cact.competency.CutScores;
import io.github.cact.competency.PositionStandard;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Stops a scale once its classification against cut scores is known with the wanted confidence
 * (docs/cat.md#classification-stopping). For a scale with a standard level S the question is the decision
 * "level ≥ S"; for a scale without one, the level 1..5 itself. Scales without cut scores are never
 * stopped by classification. Immutable and thread-safe.
 *
 * <ul>
 * <li>{@link Method#SPRT}: for each cut c, the sequential probability ratio test of θ = c − δ against
 * θ = c + δ (Eggen 1999): log L(c + δ) − log L(c − δ) ≥ log((1 − β)/α) decides "above c", ≤ log(β/(1 − α))
 * decides "below c".
 * <li>{@link Method#POSTERIOR}: the level probabilities of the scale's posterior on the grid
 * ({@link CutScores#levelProbabilities(double[], double[])}) put at least the confidence on one level, or
 * on one side of the standard.
 * <li>{@link Method#LOOK_AHEAD}: no admissible item is worth giving: for every item the scale could still
 * take, the expected gain in the posterior probability of a correct decision from its answer,
 * Σ_x max_c P(c, x) − max_c P(c) under the posterior predictive, is at most the minimum gain (one-step
 * Bayesian look-ahead, a form of stochastic curtailment: Lewis &amp; Sheehan 1990, Finkelman 2008, 2010).
 * </ul>
 */
public final class ClassificationStop {

    /** How a classification is decided. */
    public enum Method {
        /** The sequential probability ratio test with an indifference region at each cut. */
        SPRT,
        /** The posterior level probabilities. */
        POSTERIOR,
        /** The expected gain of one more item under the posterior predictive. */
        LOOK_AHEAD
    }

    private final Method method;
    private final Map<String, CutScores> cutScores;
    private final Map<String, Integer> standards;
    private final double indifference;
    private final double alpha;
    private final double beta;
    private final double confidence;
    private final double minimumGain;

    private ClassificationStop(Method method, Map<String, CutScores> cutScores, Map<String, Integer> standards,
            double indifference, double alpha, double beta, double confidence, double minimumGain) {
        this.method = method;
        this.cutScores = cutScores;
        this.standards = standards;
        this.indifference = indifference;
        this.alpha = alpha;
        this.beta = beta;
        this.confidence = confidence;
        this.minimumGain = minimumGain;
    }

    /**
     * Classification by the sequential probability ratio test.
     *
     * @param cuts the cut scores of the scales to classify, one per scale (keyed by
     *     {@link CutScores#competency()})
     * @param indifference δ, the half-width of the indifference region around each cut; finite and &gt; 0
     * @param alpha the accepted rate of deciding "above" for θ = c − δ, in (0, 0.5)
     * @param beta the accepted rate of deciding "below" for θ = c + δ, in (0, 0.5)
     * @return the rule
     * @throws IllegalArgumentException for an argument out of range, or two cut scores for one scale
     */
    public static ClassificationStop sprt(Collection<CutScores> cuts, double indifference, double alpha,
            double beta) {
        if (!(indifference > 0) || !Double.isFinite(indifference)) {
            throw new IllegalArgumentException("the SPRT indifference region must be finite and > 0, got "
                    + indifference);
        }
        checkRate(alpha, "alpha");
        checkRate(beta, "beta");
        return new ClassificationStop(Method.SPRT, byScale(cuts), Map.of(), indifference, alpha, beta, Double.NaN,
                Double.NaN);
    }

    /**
     * Classification by the posterior level probabilities.
     *
     * @param cuts the cut scores of the scales to classify, one per scale
     * @param confidence the probability the level (or the side of the standard) must reach, in (0.5, 1)
     * @return the rule
     * @throws IllegalArgumentException for a confidence out of range, or two cut scores for one scale
     */
    public static ClassificationStop posterior(Collection<CutScores> cuts, double confidence) {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("the classification confidence must be in (0.5, 1), got "
                    + confidence);
        }
        return new ClassificationStop(Method.POSTERIOR, byScale(cuts), Map.of(), Double.NaN, Double.NaN,
                Double.NaN, confidence, Double.NaN);
    }

    /**
     * Classification by one-step look-ahead: a scale stops once no item it could still take has an expected
     * gain in the probability of a correct decision above {@code minimumGain}.
     *
     * @param cuts the cut scores of the scales to classify, one per scale
     * @param minimumGain the expected gain an item must exceed to be given, in (0, 0.5)
     * @return the rule
     * @throws IllegalArgumentException for a minimum gain out of range, or two cut scores for one scale
     */
    public static ClassificationStop lookAhead(Collection<CutScores> cuts, double minimumGain) {
        if (!(minimumGain > 0 && minimumGain < 0.5)) {
            throw new IllegalArgumentException("the look-ahead minimum gain must be in (0, 0.5), got " + minimumGain);
        }
        return new ClassificationStop(Method.LOOK_AHEAD, byScale(cuts), Map.of(), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, minimumGain);
    }

    /**
     * The same rule deciding "level ≥ standard" for the given scales instead of the level.
     *
     * @param levels scale → standard level 1..5; every scale must have cut scores
     * @return a new rule
     * @throws IllegalArgumentException for a level outside 1..5 or a scale without cut scores
     */
    public ClassificationStop atStandard(Map<String, Integer> levels) {
        Objects.requireNonNull(levels, "levels");
        TreeMap<String, Integer> copy = new TreeMap<>(standards);
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            int level = Objects.requireNonNull(e.getValue(), "level of " + e.getKey());
            if (!cutScores.containsKey(e.getKey())) {
                throw new IllegalArgumentException("scale '" + e.getKey() + "' has a standard level but no cut scores;"
                        + " scales with cut scores: " + cutScores.keySet());
            }
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException("scale '" + e.getKey() + "': standard level " + level
                        + " is not in 1..5");
            }
            copy.put(e.getKey(), level);
        }
        return new ClassificationStop(method, cutScores, Collections.unmodifiableMap(copy), indifference, alpha,
                beta, confidence, minimumGain);
    }

    /**
     * The same rule deciding "level ≥ the position's standard" for every scale that has cut scores and a
     * level in the standard.
     *
     * @param standard the position's standard
     * @return a new rule
     */
    public ClassificationStop atStandard(PositionStandard standard) {
        Objects.requireNonNull(standard, "standard");
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : standard.levels().entrySet()) {
            if (cutScores.containsKey(e.getKey())) {
                levels.put(e.getKey(), e.getValue());
            }
        }
        return atStandard(levels);
    }

    /**
     * Returns the method.
     *
     * @return SPRT, posterior or look-ahead
     */
    public Method method() {
        return method;
    }

    /**
     * Returns the cut scores by scale.
     *
     * @return scale → cut scores, sorted by scale; unmodifiable
     */
    public Map<String, CutScores> cutScores() {
        return cutScores;
    }

    /**
     * Returns the standard levels by scale.
     *
     * @return scale → standard level, sorted by scale; empty when every scale is classified by level
     */
    public Map<String, Integer> standards() {
        return standards;
    }

    /**
     * Returns the cut scores of a scale.
     *
     * @param scale a scale code
     * @return its cut scores, if any
     */
    public Optional<CutScores> cutScores(String scale) {
        return Optional.ofNullable(cutScores.get(scale));
    }

    /**
     * Returns the standard level of a scale.
     *
     * @param scale a scale code
     * @return its standard level, if the scale is classified against one
     */
    public OptionalInt standard(String scale) {
        Integer level = standards.get(scale);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /**
     * Returns the SPRT indifference half-width δ.
     *
     * @return δ, or NaN for the posterior method
     */
    public double indifference() {
        return indifference;
    }

    /**
     * Returns the SPRT α.
     *
     * @return α, or NaN for the posterior method
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Returns the SPRT β.
     *
     * @return β, or NaN for the posterior method
     */
    public double beta() {
        return beta;
    }

    /**
     * Returns the posterior confidence.
     *
     * @return the confidence, or NaN for the other methods
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Returns the look-ahead minimum gain.
     *
     * @return the expected gain an item must exceed to be given, or NaN for the other methods
     */
    public double minimumGain() {
        return minimumGain;
    }

    private static void checkRate(double rate, String name) {
        if (!(rate > 0 && rate < 0.5)) {
            throw new IllegalArgumentException("the SPRT " + name + " must be in (0, 0.5), got " + rate);
        }
    }

    private static Map<String, CutScores> byScale(Collection<CutScores> cuts) {
        Objects.requireNonNull(cuts, "cuts");
        TreeMap<String, CutScores> map = new TreeMap<>();
        for (CutScores c : cuts) {
            if (map.put(Objects.requireNonNull(c, "cut scores").competency(), c) != null) {
                throw new IllegalArgumentException("two sets of cut scores for scale '" + c.competency() + "'");
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException("classification stopping needs the cut scores of at least one scale");
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationStop c && method == c.method && cutScores.equals(c.cutScores)
                && standards.equals(c.standards) && Double.compare(indifference, c.indifference) == 0
                && Double.compare(alpha, c.alpha) == 0 && Double.compare(beta, c.beta) == 0
                && Double.compare(confidence, c.confidence) == 0 && Double.compare(minimumGain, c.minimumGain) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, cutScores, standards, indifference, alpha, beta, confidence, minimumGain);
    }

    @Override
    public String toString() {
        String settings = switch (method) {
            case SPRT -> ", indifference=" + indifference + ", alpha=" + alpha + ", beta=" + beta;
            case POSTERIOR -> ", confidence=" + confidence;
            case LOOK_AHEAD -> ", minimumGain=" + minimumGain;
        };
        return "ClassificationStop[" + method + settings + ", cutScores=" + cutScores.values() + ", standards="
                + standards + "]";
    }
}

package io.github.cact.competency;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.DoublePredicate;

/**
 * Job-Person-Match (docs/regulations.md#job-person-match): JPM = Σ L_i / Σ S_i × 100 over the competencies of a
 * position standard, L_i the person's level and S_i the standard level, with a {@link Capping} choice (default
 * {@link Capping#NONE}); IKK = 100 − JPM. The value is computed as 100·ΣL / ΣS in double arithmetic, so an
 * exactly integral JPM (e.g. 80) is exact and the inclusive category bounds are met as intended. Categories use
 * the unrounded value; reports round to two decimals.
 *
 * <p>Works from levels given directly ({@link #evaluate}, e.g. levels from BKN) and, with measurement
 * error, from a level distribution per competency ({@link #distribution}). Immutable and thread-safe.
 */
public final class JobPersonMatch {

    private static final JobPersonMatch DEFAULT = new JobPersonMatch(Capping.NONE);

    private final Capping capping;

    private JobPersonMatch(Capping capping) {
        this.capping = capping;
    }

    /**
     * The default: no capping.
     *
     * @return JPM with {@link Capping#NONE}
     */
    public static JobPersonMatch defaults() {
        return DEFAULT;
    }

    /**
     * JPM with a chosen capping.
     *
     * @param capping the capping
     * @return the calculator
     */
    public static JobPersonMatch of(Capping capping) {
        return new JobPersonMatch(Objects.requireNonNull(capping, "capping"));
    }

    /**
     * Returns the capping.
     *
     * @return the capping
     */
    public Capping capping() {
        return capping;
    }

    /**
     * Computes the point JPM from levels given directly.
     *
     * @param levels competency code → the person's level 1..5, for every competency of the standard and
     *     no other
     * @param standard the position standard
     * @return the JPM with IKK and both categories
     * @throws IllegalArgumentException naming the competency: a level table missing a competency of the
     *     standard, an unknown code, or a level outside 1..5
     */
    public JpmResult evaluate(Map<String, Integer> levels, PositionStandard standard) {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(standard, "standard");
        CompetencyFramework framework = checkCodes(levels, standard);
        int achieved = 0;
        for (int i = 0; i < framework.size(); i++) {
            String code = framework.competencies().get(i).code();
            Integer level = levels.get(code);
            Levels.check(Objects.requireNonNull(level, "level of " + code), "competency '" + code + "'");
            achieved += contribution(level, standard.requiredAt(i));
        }
        return new JpmResult(standard.position(), achieved, standard.total(), jpm(achieved, standard.total()),
                capping);
    }

    /**
     * Computes the exact distribution of JPM when each competency's level is uncertain and levels are
     * independent across competencies: the distribution of Σ L_i by convolution of the level
     * distributions, each L_i capped at S_i for {@link Capping#PER_COMPETENCY}, mapped to JPM (and capped
     * for {@link Capping#TOTAL}). Zero-probability values are dropped; degenerate level distributions give
     * the point JPM with probability 1.
     *
     * @param levels competency code → level distribution, for every competency of the standard and no
     *     other
     * @param standard the position standard
     * @return the distribution of the JPM: its values in increasing order with their probabilities
     * @throws IllegalArgumentException for a missing or unknown competency, naming it
     */
    public DiscreteDistribution distribution(Map<String, LevelDistribution> levels, PositionStandard standard) {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(standard, "standard");
        CompetencyFramework framework = checkCodes(levels, standard);
        double[] sum = {1.0};
        for (int i = 0; i < framework.size(); i++) {
            String code = framework.competencies().get(i).code();
            LevelDistribution p = Objects.requireNonNull(levels.get(code), "levels of " + code);
            double[] next = new double[sum.length + Levels.MAX];
            for (int s = 0; s < sum.length; s++) {
                if (sum[s] == 0) {
                    continue;
                }
                for (int k = Levels.MIN; k <= Levels.MAX; k++) {
                    next[s + contribution(k, standard.requiredAt(i))] += sum[s] * p.probability(k);
                }
            }
            sum = next;
        }
        // jpm(s) does not decrease with s, so the sums that share a JPM value (under the total cap) are
        // neighbours: each value's probability is their sum, added in order of s
        double[] values = new double[sum.length];
        double[] probabilities = new double[sum.length];
        int count = 0;
        for (int s = 0; s < sum.length; s++) {
            double value = jpm(s, standard.total());
            if (count > 0 && Double.compare(values[count - 1], value) == 0) {
                probabilities[count - 1] += sum[s];
            } else {
                values[count] = value;
                probabilities[count++] = sum[s];
            }
        }
        return fromArrays(values, probabilities, count);
    }

    /**
     * The probability that a JPM with the given distribution falls in a category: Σ of the probabilities of
     * the values the category admits.
     */
    static double probability(DiscreteDistribution jpm, DoublePredicate inCategory) {
        Objects.requireNonNull(jpm, "jpm");
        double sum = 0;
        for (int i = 0; i < jpm.size(); i++) {
            if (inCategory.test(jpm.value(i))) {
                sum += jpm.probability(i);
            }
        }
        return sum;
    }

    /**
     * A JPM distribution from value → probability, in increasing order of value, without the values of
     * probability 0; the probabilities, which sum to 1 up to rounding, are divided by their sum.
     */
    static DiscreteDistribution fromMap(TreeMap<Double, Double> byValue) {
        double[] values = new double[byValue.size()];
        double[] probabilities = new double[byValue.size()];
        int count = 0;
        for (Map.Entry<Double, Double> e : byValue.entrySet()) {
            values[count] = e.getKey();
            probabilities[count++] = e.getValue();
        }
        return fromArrays(values, probabilities, count);
    }

    /**
     * A JPM distribution from the first {@code count} values (increasing) and their probabilities, without
     * the values of probability 0; the probabilities, which sum to 1 up to rounding, are divided by their sum.
     */
    private static DiscreteDistribution fromArrays(double[] values, double[] probabilities, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (probabilities[i] != 0) {
                values[kept] = values[i];
                probabilities[kept++] = probabilities[i];
            }
        }
        double[] v = Arrays.copyOf(values, kept);
        double[] p = Arrays.copyOf(probabilities, kept);
        double sum = 0;
        for (int k = 0; k < kept; k++) {
            sum += p[k];
        }
        for (int k = 0; k < kept; k++) {
            p[k] /= sum;
        }
        return DiscreteDistribution.of(v, p);
    }

    private int contribution(int level, int required) {
        return capping == Capping.PER_COMPETENCY ? Math.min(level, required) : level;
    }

    private double jpm(int achieved, int required) {
        double value = 100.0 * achieved / required;
        return capping == Capping.TOTAL ? Math.min(100.0, value) : value;
    }

    private static CompetencyFramework checkCodes(Map<String, ?> levels, PositionStandard standard) {
        CompetencyFramework framework = standard.framework();
        for (String code : levels.keySet()) {
            if (!framework.contains(code)) {
                throw new IllegalArgumentException("level table: competency '" + code + "' is not in the standard of "
                        + "position '" + standard.position() + "' (" + String.join(", ", framework.codes()) + ")");
            }
        }
        for (Competency c : framework.competencies()) {
            if (!levels.containsKey(c.code())) {
                throw new IllegalArgumentException("level table: no level for competency '" + c.code() + "' ("
                        + c.nameId() + "), required by position '" + standard.position() + "'");
            }
        }
        return framework;
    }

    @Override
    public String toString() {
        return "JobPersonMatch[capping " + capping + "]";
    }
}

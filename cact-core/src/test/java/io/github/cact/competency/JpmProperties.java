package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class JpmProperties {

    private static final CompetencyFramework F = CompetencyFramework.permenPanRb38();

    private static Map<String, Integer> byCode(List<Integer> values) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(F.codes().get(i), values.get(i));
        }
        return m;
    }

    private static Map<String, LevelDistribution> distributions(List<List<Double>> raw) {
        Map<String, LevelDistribution> m = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            double[] p = new double[5];
            double sum = 0;
            for (int k = 0; k < 5; k++) {
                p[k] = raw.get(i).get(k);
                sum += p[k];
            }
            for (int k = 0; k < 5; k++) {
                p[k] /= sum;
            }
            m.put(F.codes().get(i), LevelDistribution.of(p));
        }
        return m;
    }

    /**
     * The distribution equals, bit for bit, the convolution's sums merged by JPM value in a sorted map (the
     * definition written out), with certain levels among the uncertain ones so that zeros are dropped.
     */
    @Property(tries = 200, seed = "20261130")
    void distributionEqualsTheSortedMapOfItsSums(
            @ForAll @Size(9) List<@IntRange(min = 1, max = 5) Integer> standards,
            @ForAll @Size(9) List<@Size(5) List<@DoubleRange(min = 0.01, max = 1) Double>> raw,
            @ForAll @Size(9) List<@IntRange(min = 0, max = 5) Integer> certain) {
        PositionStandard standard = PositionStandard.of("X", F, byCode(standards));
        Map<String, LevelDistribution> d = distributions(raw);
        for (int i = 0; i < 9; i++) {
            if (certain.get(i) > 0) {
                d.put(F.codes().get(i), LevelDistribution.certain(certain.get(i)));
            }
        }
        for (Capping capping : Capping.values()) {
            DiscreteDistribution fast = JobPersonMatch.of(capping).distribution(d, standard);
            DiscreteDistribution reference = byTreeMap(capping, d, standard);
            assertEquals(reference.size(), fast.size());
            for (int k = 0; k < fast.size(); k++) {
                assertEquals(Double.doubleToRawLongBits(reference.value(k)), Double.doubleToRawLongBits(fast.value(k)));
                assertEquals(Double.doubleToRawLongBits(reference.probability(k)),
                        Double.doubleToRawLongBits(fast.probability(k)));
            }
        }
    }

    private static DiscreteDistribution byTreeMap(Capping capping, Map<String, LevelDistribution> levels,
            PositionStandard standard) {
        double[] sum = {1.0};
        for (int i = 0; i < F.size(); i++) {
            LevelDistribution p = levels.get(F.codes().get(i));
            double[] next = new double[sum.length + 5];
            for (int s = 0; s < sum.length; s++) {
                if (sum[s] == 0) {
                    continue;
                }
                for (int k = 1; k <= 5; k++) {
                    int contribution = capping == Capping.PER_COMPETENCY ? Math.min(k, standard.requiredAt(i)) : k;
                    next[s + contribution] += sum[s] * p.probability(k);
                }
            }
            sum = next;
        }
        TreeMap<Double, Double> byValue = new TreeMap<>();
        for (int s = 0; s < sum.length; s++) {
            double value = 100.0 * s / standard.total();
            byValue.merge(capping == Capping.TOTAL ? Math.min(100.0, value) : value, sum[s], Double::sum);
        }
        return JobPersonMatch.fromMap(byValue);
    }

    @Property(tries = 200, seed = "20260101")
    void jpmIsInvariantToTheOrderOfCompetencies(
            @ForAll @Size(9) List<@IntRange(min = 1, max = 5) Integer> levels,
            @ForAll @Size(9) List<@IntRange(min = 1, max = 5) Integer> standards,
            @ForAll @Size(9) List<@Size(5) List<@DoubleRange(min = 0.01, max = 1) Double>> raw,
            @ForAll Random random) {
        PositionStandard standard = PositionStandard.of("X", F, byCode(standards));
        List<Competency> shuffled = new ArrayList<>(F.competencies());
        Collections.shuffle(shuffled, random);
        CompetencyFramework permuted = CompetencyFramework.of("shuffled", shuffled);
        PositionStandard permutedStandard = PositionStandard.of("X", permuted, new HashMap<>(byCode(standards)));
        Map<String, LevelDistribution> d = distributions(raw);
        for (Capping capping : Capping.values()) {
            JobPersonMatch jpm = JobPersonMatch.of(capping);
            assertEquals(jpm.evaluate(byCode(levels), standard).jpm(),
                    jpm.evaluate(new HashMap<>(byCode(levels)), permutedStandard).jpm());
            assertEquals(jpm.distribution(d, standard).mean(),
                    jpm.distribution(new HashMap<>(d), permutedStandard).mean(), 1e-9);
        }
    }

    @Property(tries = 200, seed = "20260101")
    void expectedJpmEqualsThePointJpmWhenLevelsAreCertain(
            @ForAll @Size(9) List<@IntRange(min = 1, max = 5) Integer> levels,
            @ForAll @Size(9) List<@IntRange(min = 1, max = 5) Integer> standards) {
        PositionStandard standard = PositionStandard.of("X", F, byCode(standards));
        Map<String, LevelDistribution> certain = new LinkedHashMap<>();
        byCode(levels).forEach((code, level) -> certain.put(code, LevelDistribution.certain(level)));
        for (Capping capping : Capping.values()) {
            JobPersonMatch jpm = JobPersonMatch.of(capping);
            JpmResult point = jpm.evaluate(byCode(levels), standard);
            DiscreteDistribution dist = jpm.distribution(certain, standard);
            assertEquals(1, dist.size());
            assertEquals(point.jpm(), dist.mean(), 1e-12);
            assertEquals(1.0, point.filling().probability(dist), 1e-12);
            assertEquals(1.0, point.mapping().probability(dist), 1e-12);
        }
    }

    @Property(tries = 200, seed = "20260101")
    void categoryProbabilitiesSumToOneAndTheMeanIsLinear(
            @ForAll @Size(9) List<@IntRange(min = 1, max = 5) Integer> standards,
            @ForAll @Size(9) List<@Size(5) List<@DoubleRange(min = 0.01, max = 1) Double>> raw) {
        PositionStandard standard = PositionStandard.of("X", F, byCode(standards));
        Map<String, LevelDistribution> d = distributions(raw);
        DiscreteDistribution dist = JobPersonMatch.defaults().distribution(d, standard);
        double filling = 0;
        for (FillingCategory c : FillingCategory.values()) {
            filling += c.probability(dist);
        }
        double mapping = 0;
        for (MappingCategory c : MappingCategory.values()) {
            mapping += c.probability(dist);
        }
        assertEquals(1.0, filling, 1e-12);
        assertEquals(1.0, mapping, 1e-12);
        // without capping, E[JPM] = 100 Σ E[L_i] / Σ S_i by linearity of expectation
        double expectedLevels = 0;
        for (LevelDistribution p : d.values()) {
            expectedLevels += p.expectedLevel();
        }
        assertEquals(100 * expectedLevels / standard.total(), dist.mean(), 1e-9);
    }
}

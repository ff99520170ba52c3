package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.reference.References.Published;
import io.github.cact.reference.References;
import io.github.cact.scoring.DiscreteDistribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobPersonMatchTest {

    private static final CompetencyFramework F = CompetencyFramework.permenPanRb38();
    private static final PositionStandard ADMINISTRATOR = StandardProfile.common().standard("ADMINISTRATOR");
    private static final Published WORKED = References.published("jpm-worked-examples.json");

    static Map<String, Integer> levels(int... values) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(F.codes().get(i), values[i]);
        }
        return m;
    }

    @Test
    void workedExampleUncapped() {
        // docs/regulations.md#job-person-match: Administrator, standard 3 on all 9 (27); levels sum to 26 →
        // 96.30 %, Optimal, MS
        Published example = WORKED.section("optimal");
        JpmResult r = JobPersonMatch.defaults().evaluate(levels(example.ints("levels")), ADMINISTRATOR);
        assertEquals(example.number("achieved"), r.achieved());
        assertEquals(27, r.required());
        assertEquals(example.number("jpm"), r.jpm(), 0.005);
        assertEquals(2600.0 / 27, r.jpm(), 1e-12);
        assertEquals(MappingCategory.valueOf(example.text("mapping")), r.mapping());
        assertEquals(FillingCategory.valueOf(example.text("filling")), r.filling());
        assertEquals(100 - 2600.0 / 27, r.ikk(), 1e-12);
        assertEquals(Capping.NONE, r.capping());
    }

    @Test
    void workedExamplePerCompetencyCap() {
        // docs/regulations.md#job-person-match: the surplus of M5 (4 vs 3) is dropped → 25/27 = 92.59 %
        Published capped = WORKED.section("optimal").section("perCompetencyCap");
        JpmResult r = JobPersonMatch.of(Capping.PER_COMPETENCY).evaluate(levels(WORKED.section("optimal").ints("levels")),
                ADMINISTRATOR);
        assertEquals(capped.number("achieved"), r.achieved());
        assertEquals(capped.number("jpm"), r.jpm(), 0.005);
        assertEquals(MappingCategory.valueOf(capped.text("mapping")), r.mapping());
    }

    @Test
    void workedExampleMemenuhiSyaratButOnlyCukupOptimal() {
        // docs/regulations.md#job-person-match: 2,2,3,2,3,2,3,2,3 = 22 → 81.48 %
        Published example = WORKED.section("cukupOptimal");
        JpmResult r = JobPersonMatch.defaults().evaluate(levels(example.ints("levels")), ADMINISTRATOR);
        assertEquals(example.number("achieved"), r.achieved());
        assertEquals(example.number("jpm"), r.jpm(), 0.005);
        assertEquals(FillingCategory.valueOf(example.text("filling")), r.filling());
        assertEquals(MappingCategory.valueOf(example.text("mapping")), r.mapping());
    }

    @Test
    void totalCapStopsAtHundred() {
        Map<String, Integer> high = levels(4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertEquals(400.0 / 3, JobPersonMatch.defaults().evaluate(high, ADMINISTRATOR).jpm(), 1e-12);
        assertEquals(100.0, JobPersonMatch.of(Capping.TOTAL).evaluate(high, ADMINISTRATOR).jpm());
        assertEquals(0.0, JobPersonMatch.of(Capping.TOTAL).evaluate(high, ADMINISTRATOR).ikk());
        assertEquals(100.0, JobPersonMatch.of(Capping.PER_COMPETENCY).evaluate(high, ADMINISTRATOR).jpm());
    }

    @Test
    void categoryBoundsAreInclusiveOnTheUnroundedValue() {
        assertEquals(FillingCategory.MS, FillingCategory.of(80.0));
        assertEquals(FillingCategory.MMS, FillingCategory.of(79.999));
        assertEquals(FillingCategory.MMS, FillingCategory.of(68.0));
        assertEquals(FillingCategory.KMS, FillingCategory.of(67.9999));
        assertEquals(MappingCategory.OPTIMAL, MappingCategory.of(90.0));
        assertEquals(MappingCategory.CUKUP_OPTIMAL, MappingCategory.of(89.996)); // prints as 90.00
        assertEquals(MappingCategory.CUKUP_OPTIMAL, MappingCategory.of(78.0));
        assertEquals(MappingCategory.KURANG_OPTIMAL, MappingCategory.of(77.99));
        assertEquals("Masih Memenuhi Syarat", FillingCategory.MMS.label());
        // 8 of 10 is exactly 80: standard 2 on five competencies, levels sum to 8
        CompetencyFramework five = CompetencyFramework.of("five", List.of(Competency.of("A", "a", "a"),
                Competency.of("B", "b", "b"), Competency.of("C", "c", "c"), Competency.of("D", "d", "d"),
                Competency.of("E", "e", "e")));
        JpmResult r = JobPersonMatch.defaults().evaluate(Map.of("A", 2, "B", 2, "C", 2, "D", 1, "E", 1),
                PositionStandard.uniform("X", five, 2));
        assertEquals(80.0, r.jpm());
        assertEquals(FillingCategory.MS, r.filling());
    }

    @Test
    void aLevelTableMissingACompetencyIsNamed() {
        Map<String, Integer> m = levels(3, 3, 3, 3, 3, 3, 3, 3, 3);
        m.remove("M7");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobPersonMatch.defaults().evaluate(m, ADMINISTRATOR));
        assertTrue(e.getMessage().contains("'M7'") && e.getMessage().contains("Mengelola Perubahan"), e.getMessage());
        Map<String, LevelDistribution> d = new LinkedHashMap<>();
        d.put("M1", LevelDistribution.certain(3));
        e = assertThrows(IllegalArgumentException.class, () -> JobPersonMatch.defaults().distribution(d, ADMINISTRATOR));
        assertTrue(e.getMessage().contains("'M2'"), e.getMessage());
    }

    @Test
    void unknownCompetencyAndBadLevelAreNamed() {
        Map<String, Integer> m = levels(3, 3, 3, 3, 3, 3, 3, 3, 3);
        m.put("T1", 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobPersonMatch.defaults().evaluate(m, ADMINISTRATOR));
        assertTrue(e.getMessage().contains("'T1'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JobPersonMatch.defaults().evaluate(levels(3, 3, 3, 3, 3, 3, 3, 3, 6), ADMINISTRATOR));
        assertTrue(e.getMessage().contains("'SK1'") && e.getMessage().contains("level 6"), e.getMessage());
    }

    @Test
    void distributionByHandForTwoCompetencies() {
        CompetencyFramework two = CompetencyFramework.of("two", List.of(Competency.of("A", "a", "a"),
                Competency.of("B", "b", "b")));
        PositionStandard s = PositionStandard.of("X", two, Map.of("A", 3, "B", 2));
        Map<String, LevelDistribution> d = Map.of(
                "A", LevelDistribution.of(0, 0.2, 0.5, 0.3, 0),
                "B", LevelDistribution.of(0.1, 0.9, 0, 0, 0));
        // sums: A ∈ {2, 3, 4}, B ∈ {1, 2}: 3: .02; 4: .18 + .05 = .23; 5: .45 + .03 = .48; 6: .27; total 5
        DiscreteDistribution j = JobPersonMatch.defaults().distribution(d, s);
        assertArrayEquals(new double[] {60, 80, 100, 120}, j.values(), 1e-12);
        assertArrayEquals(new double[] {.02, .23, .48, .27}, j.probabilities(), 1e-12);
        assertEquals(.02 * 60 + .23 * 80 + .48 * 100 + .27 * 120, j.mean(), 1e-12);
        assertEquals(.98, FillingCategory.MS.probability(j), 1e-12);
        assertEquals(.02, FillingCategory.KMS.probability(j), 1e-12);
        assertEquals(.75, MappingCategory.OPTIMAL.probability(j), 1e-12);
        assertEquals(.23, MappingCategory.CUKUP_OPTIMAL.probability(j), 1e-12);
        // per-competency cap: A level 4 counts 3, so A ∈ {2: .2, 3: .8}: 3: .02; 4: .18 + .08; 5: .72
        DiscreteDistribution capped = JobPersonMatch.of(Capping.PER_COMPETENCY).distribution(d, s);
        assertArrayEquals(new double[] {60, 80, 100}, capped.values(), 1e-12);
        assertArrayEquals(new double[] {.02, .26, .72}, capped.probabilities(), 1e-12);
        // total cap merges 100 and 120
        DiscreteDistribution total = JobPersonMatch.of(Capping.TOTAL).distribution(d, s);
        assertArrayEquals(new double[] {.02, .23, .75}, total.probabilities(), 1e-12);
    }

    @Test
    void combinedJpmIsTheWeightedMean() {
        CombinedJpm ahliMadya = CombinedJpm.of(Map.of("competency", 40.0, "potential", 60.0));
        assertEquals(0.4 * 96.3 + 0.6 * 81.48, ahliMadya.combine(Map.of("competency", 96.3, "potential", 81.48)),
                1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ahliMadya.combine(Map.of("competency", 96.3)));
        assertTrue(e.getMessage().contains("'potential'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CombinedJpm.of(Map.of("a", -1.0, "b", 2.0)));
        DiscreteDistribution c = DiscreteDistribution.of(new double[] {80, 100}, new double[] {.5, .5});
        DiscreteDistribution p = DiscreteDistribution.of(new double[] {60, 90}, new double[] {.25, .75});
        DiscreteDistribution both = ahliMadya.combineDistributions(Map.of("competency", c, "potential", p));
        // 0.4c + 0.6p: 32+36 = 68 (.125), 32+54 = 86 (.375), 40+36 = 76 (.125), 40+54 = 94 (.375)
        assertArrayEquals(new double[] {68, 76, 86, 94}, both.values(), 1e-9);
        assertArrayEquals(new double[] {.125, .125, .375, .375}, both.probabilities(), 1e-12);
        assertEquals(0.4 * c.mean() + 0.6 * p.mean(), both.mean(), 1e-9);
    }
}

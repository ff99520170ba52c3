package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NineBoxConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        NineBoxConfig c = NineBoxConfig.defaults();
        assertEquals("cact-default", c.name());
        assertEquals("1", c.version());
        assertEquals(PredicateMatrix.permenpanrb6of2022(), c.predicateMatrix());
        assertEquals(AxisLevel.HIGH, c.predicateLevel(PerformancePredicate.SANGAT_BAIK));
        assertEquals(AxisLevel.MIDDLE, c.predicateLevel(PerformancePredicate.BAIK));
        assertEquals(AxisLevel.LOW, c.predicateLevel(PerformancePredicate.BUTUH_PERBAIKAN));
        assertEquals(AxisLevel.LOW, c.predicateLevel(PerformancePredicate.KURANG));
        assertEquals(AxisLevel.LOW, c.predicateLevel(PerformancePredicate.SANGAT_KURANG));
        assertEquals(List.of(100.0, 80.0, 60.0, 40.0, 20.0), List.of(
                c.predicateScore(PerformancePredicate.SANGAT_BAIK), c.predicateScore(PerformancePredicate.BAIK),
                c.predicateScore(PerformancePredicate.BUTUH_PERBAIKAN), c.predicateScore(PerformancePredicate.KURANG),
                c.predicateScore(PerformancePredicate.SANGAT_KURANG)));
        assertEquals(AxisBands.of(61, 81), c.performanceBands());
        assertEquals(AxisBands.of(61, 81), c.potentialBands());
        assertEquals(PotentialWeights.of(0.40, 0.25, 0.20, 0.15), c.potentialWeights());
        assertEquals(TalentWeights.of(0.5, 0.5), c.talentWeights());
        assertEquals(BoxNumbering.asn(), c.numbering());
        assertEquals(0.8, c.nearBoundaryThreshold());
        assertEquals(java.util.Set.of(BoxNumbering.asn().cell(7), BoxNumbering.asn().cell(8),
                BoxNumbering.asn().cell(9)), c.successionCells());
    }

    @Test
    void defaultPredicateScoresFallInTheBandOfTheirLevel() {
        NineBoxConfig c = NineBoxConfig.defaults();
        for (PerformancePredicate p : PerformancePredicate.values()) {
            assertEquals(c.predicateLevel(p), c.performanceBands().level(c.predicateScore(p)), p::name);
        }
    }

    @Test
    void fingerprintChangesWithEverySetting() {
        String base = NineBoxConfig.builder("x", "1").build().fingerprint();
        assertEquals(base, NineBoxConfig.builder("x", "1").build().fingerprint());
        List<NineBoxConfig> changed = List.of(
                NineBoxConfig.builder("y", "1").build(),
                NineBoxConfig.builder("x", "2").build(),
                NineBoxConfig.builder("x", "1").predicateMatrix(PredicateMatrix.permenpanrb6of2022()
                        .with(SkpRating.SESUAI, SkpRating.DI_ATAS, PerformancePredicate.SANGAT_BAIK)).build(),
                NineBoxConfig.builder("x", "1").predicateLevel(PerformancePredicate.KURANG, AxisLevel.MIDDLE).build(),
                NineBoxConfig.builder("x", "1").predicateScore(PerformancePredicate.KURANG, 41).build(),
                NineBoxConfig.builder("x", "1").performanceBands(AxisBands.of(70, 90)).build(),
                NineBoxConfig.builder("x", "1").potentialBands(AxisBands.of(60, 80)).build(),
                NineBoxConfig.builder("x", "1").potentialWeights(PotentialWeights.of(0.4, 0.4, 0.2, 0)).build(),
                NineBoxConfig.builder("x", "1").talentWeights(TalentWeights.of(0.6, 0.4)).build(),
                NineBoxConfig.builder("x", "1").performanceWeights(PerformanceWeights.of(0.7, 0.3)).build(),
                NineBoxConfig.builder("x", "1").numbering(BoxNumbering.genericHr()).build(),
                NineBoxConfig.builder("x", "1").followUps(BoxNumbering.asn().cell(1), List.of()).build(),
                NineBoxConfig.builder("x", "1").successionCells(java.util.Set.of()).build(),
                NineBoxConfig.builder("x", "1").nearBoundaryThreshold(0.9).build());
        for (NineBoxConfig c : changed) {
            assertNotEquals(base, c.fingerprint(), c::toString);
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NineBoxConfig.builder(" ", "1"));
        assertThrows(IllegalArgumentException.class, () -> NineBoxConfig.builder("x", ""));
        IllegalArgumentException score = assertThrows(IllegalArgumentException.class,
                () -> NineBoxConfig.builder("x", "1").predicateScore(PerformancePredicate.BAIK, 101));
        assertTrue(score.getMessage().contains("BAIK") && score.getMessage().contains("101"), score.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> NineBoxConfig.builder("x", "1").nearBoundaryThreshold(0));
        assertThrows(IllegalArgumentException.class,
                () -> NineBoxConfig.builder("x", "1").nearBoundaryThreshold(Double.NaN));
    }

    @Test
    void libraryVersionMatchesThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(parent.find(), "no parent version in pom.xml");
        assertEquals(parent.group(1), AuditRecord.LIBRARY_VERSION);
    }
}

package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NineBoxTest {

    private final NineBox nineBox = NineBox.of(NineBoxConfig.defaults());

    private static PersonInput.Builder person(String id) {
        return PersonInput.builder(id);
    }

    private BoxResult placed(PersonInput input) {
        Placement p = nineBox.place(input);
        assertEquals(PlacementStatus.PLACED, p.status(), () -> p.reason().orElse(""));
        return p.result().orElseThrow();
    }

    @Test
    void predicateAndPotentialComponents() {
        // potential = 0.40 * 90 + 0.25 * 80 + 0.20 * 70 + 0.15 * 60 = 79 -> MIDDLE (61 <= 79 < 81)
        BoxResult g = placed(person("P1").predicate(PerformancePredicate.SANGAT_BAIK)
                .potentialComponents(90, 80, 70, 60).build());
        assertEquals(AxisLevel.HIGH, g.performanceLevel());
        assertEquals(AxisLevel.MIDDLE, g.potentialLevel());
        assertEquals(7, g.box());
        assertEquals(100, g.performanceScore());
        assertEquals(79, g.potentialScore(), 1e-12);
        assertEquals(0.5 * 100 + 0.5 * 79, g.talentScore(), 1e-12);
        assertEquals(1.0, g.boxProbability(7));
        assertFalse(g.uncertain());
        assertFalse(g.nearBoundary());
    }

    @Test
    void numericScoresUseTheBands() {
        BoxResult g = placed(person("P1").performanceScore(60.5).potentialScore(81).build());
        assertEquals(Cell.of(AxisLevel.LOW, AxisLevel.HIGH), g.cell());
        assertEquals(6, g.box());
        assertTrue(g.performancePredicate().isEmpty());
        assertEquals(0.5 * 60.5 + 0.5 * 81, g.talentScore(), 1e-12);
    }

    @Test
    void predicateScoresAreConfigurableForTheTalentScore() {
        NineBoxConfig config = NineBoxConfig.builder("test", "1")
                .predicateScore(PerformancePredicate.BAIK, 75)
                .talentWeights(TalentWeights.of(0.6, 0.4)).build();
        BoxResult g = NineBox.of(config).place(person("P1").predicate("baik").potentialScore(50).build())
                .result().orElseThrow();
        assertEquals(0.6 * 75 + 0.4 * 50, g.talentScore(), 1e-12);
        assertEquals(AxisLevel.MIDDLE, g.performanceLevel());
    }

    @Test
    void predicateLevelsAreConfigurable() {
        NineBoxConfig config = NineBoxConfig.builder("test", "1")
                .predicateLevel(PerformancePredicate.BUTUH_PERBAIKAN, AxisLevel.MIDDLE).build();
        Placement p = NineBox.of(config).place(person("P1").skp(SkpRating.DI_BAWAH, SkpRating.DI_ATAS)
                .potentialScore(90).build());
        assertEquals(AxisLevel.MIDDLE, p.result().orElseThrow().performanceLevel());
        assertEquals(8, p.result().orElseThrow().box());
    }

    @Test
    void genericNumberingChangesOnlyTheNumber() {
        NineBoxConfig config = NineBoxConfig.builder("generic", "1").numbering(BoxNumbering.genericHr()).build();
        PersonInput input = person("P1").predicate(PerformancePredicate.SANGAT_BAIK).potentialScore(10).build();
        BoxResult asn = placed(input);
        BoxResult generic = NineBox.of(config).place(input).result().orElseThrow();
        assertEquals(asn.cell(), generic.cell());
        assertEquals(4, asn.box());
        assertEquals(3, generic.box());
        assertEquals(asn.followUps(), generic.followUps());
        assertEquals(1.0, generic.boxProbability(3));
    }

    /** The follow-ups of every ASN box, as listed in docs/regulations.md#follow-ups. */
    @ParameterizedTest(name = "box {0}")
    @CsvSource(delimiter = '|', value = {
        "9 | DIPROMOSIKAN DIPERTAHANKAN SUKSESI_INSTANSI_NASIONAL PENGHARGAAN",
        "8 | DIPERTAHANKAN SUKSESI_INSTANSI ROTASI_PERLUASAN_JABATAN BIMBINGAN_KINERJA",
        "7 | DIPERTAHANKAN SUKSESI_INSTANSI ROTASI_PENGAYAAN_JABATAN PENGEMBANGAN_KOMPETENSI TUGAS_BELAJAR",
        "6 | PENEMPATAN_SESUAI BIMBINGAN_KINERJA KONSELING_KINERJA",
        "5 | PENEMPATAN_SESUAI BIMBINGAN_KINERJA PENGEMBANGAN_KOMPETENSI",
        "4 | ROTASI PENGEMBANGAN_KOMPETENSI",
        "3 | BIMBINGAN_KINERJA KONSELING_KINERJA PENGEMBANGAN_KOMPETENSI PENEMPATAN_SESUAI",
        "2 | BIMBINGAN_KINERJA PENGEMBANGAN_KOMPETENSI PENEMPATAN_SESUAI",
        "1 | DIPROSES_SESUAI_KETENTUAN",
    })
    void followUpsPerBox(int box, String followUps) {
        Cell cell = BoxNumbering.asn().cell(box);
        double perf = new double[] {30, 70, 90}[cell.performance().ordinal()];
        double pot = new double[] {30, 70, 90}[cell.potential().ordinal()];
        BoxResult g = placed(person("P1").performanceScore(perf).potentialScore(pot).build());
        assertEquals(box, g.box());
        assertEquals(followUps, g.followUps().stream().map(Enum::name).collect(Collectors.joining(" ")));
    }

    @Test
    void followUpsAreConfigurable() {
        Cell nine = BoxNumbering.asn().cell(9);
        NineBoxConfig config = NineBoxConfig.builder("test", "1").followUps(nine, List.of(FollowUp.PENGHARGAAN))
                .build();
        assertEquals(List.of(FollowUp.PENGHARGAAN), config.followUps(nine));
        assertThrows(IllegalArgumentException.class, () -> NineBoxConfig.builder("test", "1")
                .followUps(nine, List.of(FollowUp.ROTASI, FollowUp.ROTASI)));
    }

    @Test
    void aReinforcingScoreComposesWithThePredicateAtSixtyForty() {
        // Kepka BKN 411/2025: performance = 0.6 * predicate score + 0.4 * reinforcing score; BAIK scores 80,
        // so 0.6 * 80 + 0.4 * 90 = 84 is HIGH (≥ 81) though BAIK alone is MIDDLE
        BoxResult high = placed(person("P1").skp(SkpRating.SESUAI, SkpRating.SESUAI).reinforcingScore(90)
                .potentialScore(70).build());
        assertEquals(PerformancePredicate.BAIK, high.performancePredicate().orElseThrow());
        assertEquals(84, high.performanceScore(), 1e-12);
        assertEquals(AxisLevel.HIGH, high.performanceLevel());
        assertEquals(0.5 * 84 + 0.5 * 70, high.talentScore(), 1e-12);
        // 0.6 * 80 + 0.4 * 20 = 56 is LOW (< 61)
        assertEquals(AxisLevel.LOW, placed(person("P2").predicate(PerformancePredicate.BAIK).reinforcingScore(20)
                .potentialScore(70).build()).performanceLevel());
        NineBoxConfig equal = NineBoxConfig.builder("test", "1").performanceWeights(PerformanceWeights.of(0.5, 0.5))
                .build();
        BoxResult g = NineBox.of(equal).place(person("P3").predicate(PerformancePredicate.BAIK)
                .reinforcingScore(90).potentialScore(70).build()).result().orElseThrow();
        assertEquals(85, g.performanceScore(), 1e-12);
    }

    @Test
    void aReinforcingScoreIsCheckedAndGoesOnlyWithAPredicate() {
        Placement p = nineBox.place(person("P4").predicate(PerformancePredicate.BAIK).reinforcingScore(101)
                .potentialScore(70).build());
        assertEquals(UnplacedReason.OUT_OF_RANGE, p.reasonCode().orElseThrow());
        assertTrue(p.reason().orElseThrow().contains("person 'P4': reinforcingScore = 101.0 is outside [0, 100]"),
                p.reason().orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> person("P5").performanceScore(70).reinforcingScore(50).potentialScore(70).build());
        assertTrue(e.getMessage().startsWith("person 'P5': a reinforcing score composes with SKP ratings or a"
                + " predicate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> person("P6").reinforcingScore(Double.NaN));
        assertNotEquals(person("P7").predicate(PerformancePredicate.BAIK).potentialScore(70).build().canonicalForm(),
                person("P7").predicate(PerformancePredicate.BAIK).reinforcingScore(0).potentialScore(70).build()
                        .canonicalForm());
    }

    @Test
    void personWithoutPerformanceIsUnplacedWithTheReason() {
        Placement p = nineBox.place(person("P7").potentialScore(70).build());
        assertEquals(PlacementStatus.UNPLACED, p.status());
        assertEquals(UnplacedReason.NO_PERFORMANCE, p.reasonCode().orElseThrow());
        assertTrue(p.reason().orElseThrow().startsWith("person 'P7': no performance"), p.reason().orElseThrow());
        assertTrue(p.result().isEmpty());
        assertTrue(p.audit().recommendationForHumanDecision());
    }

    @Test
    void personWithoutPotentialIsUnplaced() {
        Placement p = nineBox.place(person("P8").predicate(PerformancePredicate.BAIK).build());
        assertEquals(UnplacedReason.NO_POTENTIAL, p.reasonCode().orElseThrow());
        assertTrue(p.reason().orElseThrow().contains("person 'P8': no potential"), p.reason().orElseThrow());
    }

    @Test
    void scoresOutside0To100AreUnplacedNamingPersonAndField() {
        Placement p = nineBox.place(person("P9").performanceScore(120).potentialComponents(-5, 80, 70, 101).build());
        assertEquals(PlacementStatus.UNPLACED, p.status());
        assertEquals(UnplacedReason.OUT_OF_RANGE, p.reasonCode().orElseThrow());
        String reason = p.reason().orElseThrow();
        assertTrue(reason.contains("person 'P9': performanceScore = 120.0 is outside [0, 100]"), reason);
        assertTrue(reason.contains("person 'P9': competencyJpm = -5.0 is outside"), reason);
        assertTrue(reason.contains("person 'P9': integrity = 101.0 is outside [0, 100]"), reason);
        assertFalse(reason.contains("qualification"), reason);

        Placement d = nineBox.place(person("P10").performanceScore(DiscreteDistribution.of(
                new double[] {90, 100.5}, new double[] {0.5, 0.5})).potentialScore(-0.1).build());
        assertTrue(d.reason().orElseThrow().contains("performanceScore value[1] = 100.5"), d.reason().orElseThrow());
        assertTrue(d.reason().orElseThrow().contains("potentialScore = -0.1"), d.reason().orElseThrow());
    }

    @Test
    void jpmAboveHundredIsAcceptedAndCapped() {
        BoxResult g = placed(person("P1").predicate(PerformancePredicate.BAIK)
                .potentialComponents(130, 100, 100, 100).build());
        assertEquals(100, g.potentialScore(), 1e-12);
    }

    @Test
    void nanAndInfinityThrowNamingPersonAndField() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> person("P3").performanceScore(Double.NaN));
        assertEquals("person 'P3': performanceScore is NaN, not a finite number", nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> person("P4").potentialComponents(80, 80, Double.POSITIVE_INFINITY, 80));
        assertTrue(inf.getMessage().contains("person 'P4': qualification is Infinity"), inf.getMessage());
        IllegalArgumentException pot = assertThrows(IllegalArgumentException.class,
                () -> person("P5").potentialScore(Double.NEGATIVE_INFINITY));
        assertTrue(pot.getMessage().contains("person 'P5': potentialScore"), pot.getMessage());
    }

    @Test
    void unknownPredicateThrowsNamingPerson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> person("P6").predicate("LUAR_BIASA"));
        assertTrue(e.getMessage().startsWith("person 'P6': predicate: unknown performance predicate 'LUAR_BIASA'"),
                e.getMessage());
        IllegalArgumentException skp = assertThrows(IllegalArgumentException.class,
                () -> person("P6").skp("DI_ATAS", "TINGGI"));
        assertTrue(skp.getMessage().startsWith("person 'P6': perilakuKerja: unknown SKP rating 'TINGGI'"),
                skp.getMessage());
    }

    @Test
    void blankIdsAndUnitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PersonInput.builder(" "));
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class, () -> person("P1").unit(""));
        assertTrue(unit.getMessage().contains("person 'P1'"), unit.getMessage());
    }

    @Test
    void duplicateIdsThrowNamingTheId() {
        PersonInput a = person("A").predicate(PerformancePredicate.BAIK).potentialScore(70).build();
        PersonInput b = person("B").predicate(PerformancePredicate.BAIK).potentialScore(70).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nineBox.placeAll(List.of(a, b, a)));
        assertEquals("duplicate person id 'A' at people[0] and people[2]", e.getMessage());
    }

    @Test
    void laterPerformanceInputReplacesEarlier() {
        PersonInput input = person("P1").performanceScore(10).predicate(PerformancePredicate.SANGAT_BAIK)
                .potentialScore(10).potentialComponents(90, 90, 90, 90).build();
        BoxResult g = placed(input);
        assertEquals(AxisLevel.HIGH, g.performanceLevel());
        assertEquals(AxisLevel.HIGH, g.potentialLevel());
        assertTrue(input.canonicalForm().contains("performance:predicate:SANGAT_BAIK"), input.canonicalForm());
    }

    @Test
    void cohortKeepsEveryPersonInInputOrderAndSummarises() {
        List<PersonInput> people = new ArrayList<>();
        people.add(person("Z1").unit("Dinas A").predicate(PerformancePredicate.SANGAT_BAIK).potentialScore(90).build());
        people.add(person("B2").unit("Dinas B").potentialScore(90).build()); // no performance
        people.add(person("A3").unit("Dinas A").predicate(PerformancePredicate.SANGAT_BAIK).potentialScore(85).build());
        people.add(person("C4").predicate(PerformancePredicate.BAIK).potentialScore(95).build()); // box 8, no unit
        people.add(person("D5").unit("Dinas B").predicate(PerformancePredicate.KURANG).potentialScore(30).build());
        people.add(person("E6").unit("Dinas A").predicate(PerformancePredicate.SANGAT_BAIK).potentialScore(90).build());
        CohortResult result = nineBox.placeAll(people);

        assertEquals(List.of("Z1", "B2", "A3", "C4", "D5", "E6"),
                result.placements().stream().map(Placement::personId).collect(Collectors.toList()));
        assertEquals(3, result.boxCounts().count(9));
        assertEquals(1, result.boxCounts().count(8));
        assertEquals(1, result.boxCounts().count(1));
        assertEquals(1, result.boxCounts().unplaced());
        assertEquals(5, result.boxCounts().placed());
        assertEquals(6, result.boxCounts().total());

        assertEquals(List.of("", "Dinas A", "Dinas B"), new ArrayList<>(result.unitCounts().keySet()));
        assertEquals(3, result.unitCounts().get("Dinas A").count(9));
        assertEquals(1, result.unitCounts().get("Dinas B").count(1));
        assertEquals(1, result.unitCounts().get("Dinas B").unplaced());
        assertEquals(1, result.unitCounts().get("").count(8));

        // talent: Z1 and E6 0.5*100 + 0.5*90 = 95; A3 92.5; C4 0.5*80 + 0.5*95 = 87.5; ties by id
        assertEquals(List.of("E6", "Z1", "A3", "C4"),
                result.successionPool().stream().map(Placement::personId).collect(Collectors.toList()));
    }

    @Test
    void successionCellsAreConfigurable() {
        NineBoxConfig config = NineBoxConfig.builder("only-9", "1")
                .successionCells(java.util.Set.of(BoxNumbering.asn().cell(9))).build();
        CohortResult result = NineBox.of(config).placeAll(List.of(
                person("A").predicate(PerformancePredicate.SANGAT_BAIK).potentialScore(90).build(),
                person("B").predicate(PerformancePredicate.BAIK).potentialScore(95).build()));
        assertEquals(List.of("A"),
                result.successionPool().stream().map(Placement::personId).collect(Collectors.toList()));
    }

    @Test
    void auditRecordIsDeterministicAndTracksEveryInput() {
        PersonInput input = person("P1").unit("Biro Umum").skp("DI_ATAS", "SESUAI")
                .potentialComponents(DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.4, 0.6}),
                        DiscreteDistribution.pointMass(80), 70, 60).build();
        PersonInput same = person("P1").unit("Biro Umum").skp(SkpRating.DI_ATAS, SkpRating.SESUAI)
                .potentialComponents(DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.4, 0.6}),
                        DiscreteDistribution.pointMass(80), 70, 60).build();
        Placement p = nineBox.place(input);
        assertEquals(p, nineBox.place(same));
        assertEquals(p.toString(), nineBox.place(same).toString());

        AuditRecord audit = p.audit();
        assertEquals(NineBoxConfig.DEFAULT_NAME, audit.configName());
        assertEquals(NineBoxConfig.DEFAULT_VERSION, audit.configVersion());
        assertEquals(NineBoxConfig.defaults().fingerprint(), audit.configFingerprint());
        assertEquals(AuditRecord.LIBRARY_VERSION, audit.libraryVersion());
        assertTrue(audit.recommendationForHumanDecision());
        assertTrue(audit.inputSha256().matches("[0-9a-f]{64}"), audit.inputSha256());

        List<PersonInput> variants = List.of(
                person("P2").unit("Biro Umum").skp("DI_ATAS", "SESUAI").potentialComponents(
                        DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.4, 0.6}),
                        DiscreteDistribution.pointMass(80), 70, 60).build(),
                person("P1").unit("Biro Lain").skp("DI_ATAS", "SESUAI").potentialComponents(
                        DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.4, 0.6}),
                        DiscreteDistribution.pointMass(80), 70, 60).build(),
                person("P1").unit("Biro Umum").skp("SESUAI", "DI_ATAS").potentialComponents(
                        DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.4, 0.6}),
                        DiscreteDistribution.pointMass(80), 70, 60).build(),
                person("P1").unit("Biro Umum").skp("DI_ATAS", "SESUAI").potentialComponents(
                        DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.6, 0.4}),
                        DiscreteDistribution.pointMass(80), 70, 60).build(),
                person("P1").unit("Biro Umum").skp("DI_ATAS", "SESUAI").potentialComponents(
                        DiscreteDistribution.of(new double[] {70, 90}, new double[] {0.4, 0.6}),
                        DiscreteDistribution.pointMass(80), 70, 61).build());
        for (PersonInput variant : variants) {
            assertNotEquals(audit.inputSha256(), nineBox.place(variant).audit().inputSha256(), variant::toString);
        }
    }

    @Test
    void inputHashIsTheSha256OfTheCanonicalForm() throws Exception {
        PersonInput input = person("P1").predicate(PerformancePredicate.BAIK).potentialScore(0.1).build();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(input.canonicalForm().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), nineBox.place(input).audit().inputSha256());
        assertEquals("cact-ninebox.person/1\nid:2:P1\nunit:0:\nperformance:predicate:BAIK\n"
                + "potential:score:d1;" + Double.toHexString(0.1) + "@0x1.0p0\n", input.canonicalForm());
    }

    @Test
    void personInputToStringShowsNoScores() {
        PersonInput input = person("P1").performanceScore(87.25).potentialScore(64.5).build();
        assertEquals("PersonInput[id=P1, unit=, performance=score, potential=score]", input.toString());
    }
}

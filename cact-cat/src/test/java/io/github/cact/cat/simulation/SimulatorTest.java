package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.StoppingRule;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
    private static final ItemBank BANK = GpcmBanks.of(List.of("A", "B", "C"), 15, 4, 8);
    private static final List<CutScores> CUTS = List.of(CutScores.of("A", -1.5, -0.5, 0.5, 1.5),
            CutScores.of("B", -1, 0, 1, 2), CutScores.of("C", -1.5, -0.5, 0.5, 1.5));

    @AfterAll
    static void shutDown() {
        POOL.shutdownNow();
    }

    private static CatDesign fixedLength(int items) {
        return CatDesign.builder(BANK).stopping(StoppingRule.fixedLength(items)).build();
    }

    private static double[] thetas(DesignOutcome outcome) {
        double[] values = new double[outcome.examinees() * outcome.scales().size() * 3];
        int k = 0;
        for (int n = 0; n < outcome.examinees(); n++) {
            for (int s = 0; s < outcome.scales().size(); s++) {
                values[k++] = outcome.theta(n, s);
                values[k++] = outcome.se(n, s);
                values[k++] = outcome.items(n, s);
            }
        }
        return values;
    }

    @Test
    void theResultDoesNotDependOnTheWorkers() {
        CatDesign design = fixedLength(4);
        SimulationResult one = Simulator.builder(design, CUTS).examinees(70, 0.5).seed(3).parallelism(1).build().run();
        SimulationResult four = Simulator.builder(design, CUTS).examinees(70, 0.5).seed(3).parallelism(4)
                .executor(POOL).build().run();
        assertArrayEquals(thetas(one.adaptive()), thetas(four.adaptive()));
        assertArrayEquals(thetas(one.fixed()), thetas(four.fixed()));
        SimulationResult other = Simulator.builder(design, CUTS).examinees(70, 0.5).seed(4).parallelism(1).build().run();
        assertTrue(one.adaptive().theta(0, 0) != other.adaptive().theta(0, 0), "another seed, other answers");
    }

    @Test
    void lengthsAndExposureAddUp() {
        SimulationResult result = Simulator.builder(fixedLength(4), CUTS).examinees(50, 0.6).seed(5).build().run();
        DesignOutcome adaptive = result.adaptive();
        int given = 0;
        for (int i = 0; i < BANK.size(); i++) {
            given += adaptive.administered(i);
        }
        assertEquals(50 * 3 * 4, given, "every answer counted once");
        assertEquals(12, adaptive.summary().meanItems());
        assertEquals(List.of("E000001", "E000050"), List.of(result.ids().get(0), result.ids().get(49)));
        for (int n = 0; n < 50; n++) {
            for (int s = 0; s < 3; s++) {
                assertEquals(4, adaptive.items(n, s));
                assertEquals("MAX_ITEMS", adaptive.stopReason(n, s));
                assertEquals(CUTS.get(s).level(adaptive.trueTheta(n, s)), adaptive.trueLevel(n, s));
                assertEquals(result.fixed().trueTheta(n, s), adaptive.trueTheta(n, s));
                assertEquals(15, result.fixed().items(n, s), "the default form is the whole bank");
                assertEquals(Simulator.FIXED_FORM, result.fixed().stopReason(n, s));
            }
        }
        assertEquals(1, result.fixed().summary().maxExposure());
        assertEquals(1 - 12 / 45.0, result.saving(), 1e-12);
    }

    @Test
    void theFixedFormIsScoredByEapOnTheDesignsGridFromItsOwnStream() {
        // re-draw examinee 2's fixed-form answers on scale B from the same stream and score them independently
        List<String> form = List.of("A-01", "A-07", "B-03", "B-09", "B-15", "C-02");
        double[][] theta = {{0.1, -0.4, 1.2}, {1.0, 0.0, -2.0}, {-0.3, 0.8, 0.5}};
        SimulationResult result = Simulator.builder(fixedLength(2), CUTS)
                .abilities(List.of("p1", "p2", "p3"), theta).fixedForm(form).seed(9).build().run();
        SplittableRandom random = Seeds.stream(9, Seeds.FIXED, 2);
        int[] pattern = new int[3];
        Simulator.draw(BANK.model(BANK.indexOf("A-01")), theta[2][0], random);
        Simulator.draw(BANK.model(BANK.indexOf("A-07")), theta[2][0], random);
        for (int k = 0; k < 3; k++) {
            pattern[k] = Simulator.draw(BANK.model(BANK.indexOf(form.get(2 + k))), theta[2][1], random);
        }
        var expected = Scorer.of(BANK.select(form.subList(2, 5)),
                ScoringOptions.builder().quadrature(Quadrature.scoringDefault()).build()).score(pattern);
        assertEquals(expected.theta(), result.fixed().theta(2, 1));
        assertEquals(expected.se(), result.fixed().se(2, 1));
        assertEquals(3, result.fixed().items(2, 1));
        assertEquals(List.of("p1", "p2", "p3"), result.ids());
        assertEquals(1.2, result.adaptive().trueTheta(0, 2));
        assertEquals(form, result.fixedForm());
        assertEquals(1.0, result.fixed().exposureRate(BANK.indexOf("B-09")));
        assertEquals(0.0, result.fixed().exposureRate(BANK.indexOf("B-10")));
    }

    @Test
    void decisionsAgainstAStandardAreCountedWhenOneIsGiven() {
        SimulationResult result = Simulator.builder(fixedLength(3), CUTS).standard(Map.of("A", 3, "B", 4, "C", 1))
                .examinees(40, 0.6).seed(2).build().run();
        DesignOutcome adaptive = result.adaptive();
        assertTrue(adaptive.hasStandard());
        assertEquals(4, adaptive.requiredLevel(1));
        for (int n = 0; n < 40; n++) {
            assertTrue(adaptive.meetsStandard(n, 2), "level 1 is always met");
            assertEquals(adaptive.level(n, 0) >= 3, adaptive.meetsStandard(n, 0));
        }
        assertEquals(1.0, adaptive.summary().perScale().get("C").decisionAccuracy());
    }

    @Test
    void badSettingsAreRefusedNamingTheirPart() {
        CatDesign design = fixedLength(2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Simulator.builder(design, CUTS.subList(0, 2)))
                .getMessage().contains("'C' has no cut scores"));
        List<CutScores> twice = new ArrayList<>(CUTS);
        twice.add(CUTS.get(0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Simulator.builder(design, twice))
                .getMessage().contains("'A' has cut scores twice"));
        Simulator.Builder builder = Simulator.builder(design, CUTS);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.fixedForm(List.of("A-01", "B-01")))
                .getMessage().contains("no item of scale 'C'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.fixedForm(List.of("Z")))
                .getMessage().contains("'Z'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> builder.fixedForm(List.of("A-01", "A-01", "B-01", "C-01"))).getMessage().contains("twice"));
        assertThrows(IllegalArgumentException.class, () -> builder.examinees(10, -0.6));
        assertThrows(IllegalArgumentException.class, () -> builder.examinees(0, 0.5));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> builder.abilities(List.of("p"), new double[][] {{0, 1}})).getMessage().contains("3 scales"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> builder.abilities(List.of("p"), new double[][] {{0, Double.NaN, 1}})).getMessage().contains("NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.standard(Map.of("A", 3, "B", 6)))
                .getMessage().contains("'B'"));
    }
}

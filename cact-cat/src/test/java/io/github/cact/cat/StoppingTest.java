package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.competency.CutScores;
import io.github.cact.competency.LevelDistribution;
import io.github.cact.irt.ItemBank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoppingTest {

    private static final ItemBank BANK = Banks.gpcm(3, 40, 5);

    @Test
    void aScaleStopsAtTheFirstAnswerThatBringsItsStandardErrorToTheThreshold() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK)
                .stopping(StoppingRule.builder().itemsPerScale(2, 30).standardError(0.45).build()).build());
        CatSession session = Banks.run(engine, new double[] {0, 1, -1}, 3);
        CatResult result = engine.result(session);
        for (ScaleResult s : result.scales()) {
            assertEquals(StopReason.STANDARD_ERROR, s.stopReason().orElseThrow());
            assertTrue(s.standardError() <= 0.45);
        }
        // replaying the answers, no scale's SE was at the threshold before its last item
        CatSession replay = engine.start(3);
        for (Response r : session.responses()) {
            ScaleEstimate before = replay.estimate(r.scale());
            assertTrue(before.items() < 2 || before.standardError() > 0.45, "scale " + r.scale() + " went on");
            replay = engine.answer(engine.next(replay).session(), r.itemId(), r.category());
        }
    }

    @Test
    void theTotalMaximumEndsTheTestAndKeepsRoomForEveryScalesMinimum() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK)
                .content(ContentRules.builder().order(ScaleOrder.SCALE_BY_SCALE).build())
                .stopping(StoppingRule.builder().itemsPerScale(3, 20).totalItems(0, 14).build()).build());
        CatResult result = engine.result(Banks.run(engine, new double[] {0, 0, 0}, 9));
        assertEquals(14, result.totalItems());
        assertEquals(List.of(8, 3, 3), result.scales().stream().map(ScaleResult::items).toList());
        assertEquals(StopReason.TOTAL_MAX_ITEMS, result.scale("S1").stopReason().orElseThrow());
    }

    @Test
    void theTotalMinimumKeepsTheTestGoingAfterEveryScaleMetItsCriterion() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK)
                .stopping(StoppingRule.builder().itemsPerScale(1, 10).standardError(0.9).totalItems(12, 30).build())
                .build());
        CatResult result = engine.result(Banks.run(engine, new double[] {0, 0, 0}, 9));
        assertEquals(12, result.totalItems());
        assertTrue(result.finished());
    }

    @Test
    void aScaleOwnLimitsOverrideTheCommonOnes() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK)
                .stopping(StoppingRule.builder().itemsPerScale(4, 4).itemsForScale("S2", 6, 6).build()).build());
        CatResult result = engine.result(Banks.run(engine, new double[] {0, 0, 0}, 2));
        assertEquals(List.of(4, 6, 4), result.scales().stream().map(ScaleResult::items).toList());
    }

    @Test
    void posteriorClassificationStopsOnceOneLevelHasTheConfidence() {
        List<CutScores> cuts = List.of(CutScores.of("S1", -1.5, -0.5, 0.5, 1.5), CutScores.of("S2", -1.5, -0.5, 0.5, 1.5),
                CutScores.of("S3", -1.5, -0.5, 0.5, 1.5));
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK)
                .stopping(StoppingRule.builder().itemsPerScale(2, 40)
                        .classification(ClassificationStop.posterior(cuts, 0.9)).build()).build());
        CatResult result = engine.result(Banks.run(engine, new double[] {-2.5, 2.5, -2.5}, 4));
        for (ScaleResult s : result.scales()) {
            LevelDistribution levels = s.levelProbabilities().orElseThrow();
            if (s.stopReason().orElseThrow() == StopReason.CLASSIFIED) {
                assertTrue(levels.probability(levels.mostLikely()) >= 0.9, s.toString());
            }
        }
        assertTrue(result.scales().stream().allMatch(s -> s.stopReason().orElseThrow() == StopReason.CLASSIFIED),
                "far from every cut, 40 items decide: " + result.scales());
    }

    @Test
    void posteriorClassificationAgainstAStandardDecidesOnlyTheSide() {
        CutScores cuts = CutScores.of("S1", -1.5, -0.5, 0.5, 1.5);
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).scales(List.of("S1"))
                .stopping(StoppingRule.builder().itemsPerScale(1, 40)
                        .classification(ClassificationStop.posterior(List.of(cuts), 0.95).atStandard(Map.of("S1", 3)))
                        .build()).build());
        ScaleResult s = engine.result(Banks.run(engine, new double[] {2.0}, 4)).scale("S1");
        assertEquals(StopReason.CLASSIFIED, s.stopReason().orElseThrow());
        assertTrue(s.levelProbabilities().orElseThrow().atLeast(3) >= 0.95);
        assertEquals(Boolean.TRUE, s.meetsStandard().orElseThrow());
        assertEquals(3, s.standard().orElseThrow());
    }
}

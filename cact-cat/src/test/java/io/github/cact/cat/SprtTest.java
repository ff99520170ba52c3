package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.competency.CutScores;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SPRT of Eggen (1999) on a worked example: cut c₂ = 0 (the lowest θ of level 3, the standard),
 * indifference δ = 0.5, α = β = 0.1, so the bounds are ±log(0.9/0.1) = ±2.1972245773362196. Each 2PL answer
 * adds log P_x(0.5) − log P_x(−0.5) to the log-likelihood ratio; worked out by hand (log σ(z) = −log(1 + e^{−z})):
 *
 * <pre>
 * item  a    b     correct              incorrect
 * I1    2.0  0.0   1.0                  −1.0
 * I2    1.8  0.2   1.0505479829222315   −0.7494520170777688
 * I3    1.6 −0.1   0.7393189110273456   −0.8606810889726546
 * I4    1.4  0.3   0.8394625424476294   −0.5605374575523703
 * I5    0.8  2.5   0.7029354112656114   −0.09706458873438915
 * </pre>
 */
class SprtTest {

    private static final Map<String, double[]> STEP = Map.of(
            "I1", new double[] {-1.0, 1.0},
            "I2", new double[] {-0.7494520170777688, 1.0505479829222315},
            "I3", new double[] {-0.8606810889726546, 0.7393189110273456},
            "I4", new double[] {-0.5605374575523703, 0.8394625424476294},
            "I5", new double[] {-0.09706458873438915, 0.7029354112656114});
    private static final double BOUND = 2.1972245773362196;

    private static final ItemBank BANK = ItemBank.of(item("I1", 2.0, 0.0), item("I2", 1.8, 0.2),
            item("I3", 1.6, -0.1), item("I4", 1.4, 0.3), item("I5", 0.8, 2.5));
    private static final CutScores CUTS = CutScores.of("M1", -1, 0, 1, 2);
    private static final CatEngine ENGINE = CatEngine.of(CatDesign.builder(BANK)
            .stopping(StoppingRule.builder().itemsPerScale(1, 5)
                    .classification(ClassificationStop.sprt(List.of(CUTS), 0.5, 0.1, 0.1).atStandard(Map.of("M1", 3)))
                    .build())
            .build());

    @Test
    void theRatioFollowsTheWorkedExampleAndStopsWhenItCrossesTheUpperBound() {
        double llr = 0;
        CatSession session = ENGINE.start(1);
        int given = 0;
        for (Step step = ENGINE.next(session); !step.finished(); step = ENGINE.next(session)) {
            String id = step.item().orElseThrow().id();
            assertFalse(llr >= BOUND, "the test went on after the ratio crossed the bound");
            session = ENGINE.answer(step.session(), 1);
            llr += STEP.get(id)[1];
            given++;
            assertEquals(llr, session.scales[0].logLikelihoodRatio[1], 1e-12);
        }
        assertTrue(llr >= BOUND);
        assertEquals(3, given, "1 + 1.05 is below the bound, a third correct answer crosses it");
        ScaleResult result = ENGINE.result(session).scale("M1");
        assertEquals(StopReason.CLASSIFIED, result.stopReason().orElseThrow());
        assertEquals(Boolean.TRUE, result.meetsStandard().orElseThrow());
    }

    @Test
    void wrongAnswersDecideBelowTheStandard() {
        double llr = 0;
        CatSession session = ENGINE.start(1);
        for (Step step = ENGINE.next(session); !step.finished(); step = ENGINE.next(session)) {
            assertTrue(llr > -BOUND);
            String id = step.item().orElseThrow().id();
            session = ENGINE.answer(step.session(), 0);
            llr += STEP.get(id)[0];
        }
        assertTrue(llr <= -BOUND);
        ScaleResult result = ENGINE.result(session).scale("M1");
        assertEquals(StopReason.CLASSIFIED, result.stopReason().orElseThrow());
        assertEquals(Boolean.FALSE, result.meetsStandard().orElseThrow());
    }

    @Test
    void anUndecidedPatternRunsToTheMaximum() {
        CatSession session = ENGINE.start(1);
        int k = 0;
        for (Step step = ENGINE.next(session); !step.finished(); step = ENGINE.next(session)) {
            session = ENGINE.answer(step.session(), k++ % 2);
        }
        assertEquals(5, session.itemCount());
        assertEquals(StopReason.MAX_ITEMS, ENGINE.result(session).scale("M1").stopReason().orElseThrow());
    }

    private static Item item(String id, double a, double b) {
        return Item.ofIrt(id, ModelType.TWO_PL, a, new double[] {b}, Double.NaN, Double.NaN, "M1");
    }
}

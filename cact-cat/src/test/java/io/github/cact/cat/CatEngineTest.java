package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatEngineTest {

    private static final ItemBank BANK = Banks.gpcm(3, 30, 11);

    @Test
    void aTestRunsToItsMaximumLengthPerScaleWithoutRepeatingAnItem() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK)
                .stopping(StoppingRule.fixedLength(7)).build());
        CatSession session = Banks.run(engine, new double[] {-1, 0, 1.5}, 5);
        CatResult result = engine.result(session);
        assertTrue(result.finished());
        assertEquals(21, result.totalItems());
        Set<String> seen = new HashSet<>();
        for (Response r : result.responses()) {
            assertTrue(seen.add(r.itemId()), "repeated " + r.itemId());
        }
        for (ScaleResult s : result.scales()) {
            assertEquals(7, s.items());
            assertEquals(StopReason.MAX_ITEMS, s.stopReason().orElseThrow());
        }
    }

    @Test
    void interleavedScalesTakeTurns() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).stopping(StoppingRule.fixedLength(3)).build());
        List<Response> responses = Banks.run(engine, new double[] {0, 0, 0}, 1).responses();
        for (int k = 0; k < responses.size(); k++) {
            assertEquals("S" + (k % 3 + 1), responses.get(k).scale());
        }
    }

    @Test
    void scaleByScaleFinishesEachScaleBeforeTheNext() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).stopping(StoppingRule.fixedLength(3))
                .content(ContentRules.builder().order(ScaleOrder.SCALE_BY_SCALE).build()).build());
        List<Response> responses = Banks.run(engine, new double[] {0, 0, 0}, 1).responses();
        for (int k = 0; k < responses.size(); k++) {
            assertEquals("S" + (k / 3 + 1), responses.get(k).scale());
        }
    }

    @Test
    void nextIsIdempotentWhileAnAnswerIsAwaited() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).build());
        Step first = engine.next(engine.start(3));
        Step again = engine.next(first.session());
        assertEquals(first.item(), again.item());
        assertEquals(first.session(), again.session());
    }

    @Test
    void answersAreChecked() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).build());
        CatSession start = engine.start(3);
        assertThrows(IllegalStateException.class, () -> engine.answer(start, 0));
        Step step = engine.next(start);
        Item item = step.item().orElseThrow();
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> engine.answer(step.session(), 5));
        assertTrue(range.getMessage().contains(item.id()) && range.getMessage().contains("0..4"), range.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> engine.answer(step.session(), "S9-9", 1));
        assertTrue(other.getMessage().contains("S9-9"), other.getMessage());
        assertFalse(engine.answer(step.session(), item.id(), 4).pendingItem().isPresent());
    }

    @Test
    void theSameSeedAndAnswersGiveTheSameTest() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).exposure(ExposureControl.randomesque(5))
                .stopping(StoppingRule.fixedLength(6)).build());
        CatSession a = Banks.run(engine, new double[] {0.3, -0.2, 1}, 42);
        CatSession b = Banks.run(engine, new double[] {0.3, -0.2, 1}, 42);
        assertEquals(a.responses(), b.responses());
        assertEquals(a.toJson(), b.toJson());
    }
}

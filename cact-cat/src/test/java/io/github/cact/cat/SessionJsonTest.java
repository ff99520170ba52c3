package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import io.github.cact.irt.ItemBank;
import org.junit.jupiter.api.Test;

class SessionJsonTest {

    private static final ItemBank BANK = Banks.gpcm(2, 25, 3);
    private static final CatEngine ENGINE = CatEngine.of(CatDesign.builder(BANK).bankVersion("2026-11")
            .exposure(ExposureControl.randomesque(4)).stopping(StoppingRule.fixedLength(5)).build());

    @Test
    void aRestoredSessionWritesTheSameJsonAndChoosesTheSameNextItem() {
        CatSession session = ENGINE.start(9);
        for (int k = 0; k < 4; k++) {
            Step step = ENGINE.next(session);
            session = ENGINE.answer(step.session(), k % 5);
        }
        CatSession restored = CatSession.fromJson(session.toJson(), ENGINE);
        assertEquals(session, restored);
        assertEquals(session.toJson(), restored.toJson());
        assertEquals(ENGINE.next(session).item(), ENGINE.next(restored).item());
        assertEquals(ENGINE.next(session).session(), ENGINE.next(restored).session());
        Step awaiting = ENGINE.next(session);
        assertEquals(awaiting.session(), ENGINE.restore(awaiting.session().toJson()));
    }

    @Test
    void aSessionOfAnotherDesignIsRefusedWithThePath() {
        CatEngine other = CatEngine.of(CatDesign.builder(BANK).bankVersion("2026-11")
                .stopping(StoppingRule.fixedLength(6)).build());
        String json = ENGINE.next(ENGINE.start(1)).session().toJson();
        DataFormatException e = assertThrows(DataFormatException.class, () -> CatSession.fromJson(json, other));
        assertTrue(e.getMessage().contains("$.designFingerprint"), e.getMessage());
    }

    @Test
    void anAlteredSummaryIsRefused() {
        CatSession session = ENGINE.answer(ENGINE.next(ENGINE.start(1)).session(), 2);
        String json = session.toJson();
        double theta = session.estimates().get(0).items() == 1 ? session.estimates().get(0).theta()
                : session.estimates().get(1).theta();
        String altered = json.replace("\"theta\": " + theta, "\"theta\": 0.125");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ENGINE.restore(altered));
        assertTrue(e.getMessage().contains(".theta"), e.getMessage());
    }

    @Test
    void aCategoryOutOfRangeIsRefused() {
        CatSession session = ENGINE.answer(ENGINE.next(ENGINE.start(1)).session(), 2);
        String altered = session.toJson().replace("\"category\": 2", "\"category\": 7");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ENGINE.restore(altered));
        assertTrue(e.getMessage().contains("$.responses[0].category") && e.getMessage().contains("0..4"),
                e.getMessage());
    }
}

package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionRulesTest {

    private static final ItemBank BANK = Banks.twoPl(200, 31);

    @Test
    void aStratifiedSpendsTheLowSlopeStratumFirstAndMatchesLocationToTheta() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).selection(SelectionRule.aStratified(4))
                .stopping(StoppingRule.fixedLength(8)).build());
        CatSession session = Banks.run(engine, new double[] {0.4}, 6);
        List<Response> responses = session.responses();
        double[] slopes = responses.stream().mapToDouble(r -> BANK.find(r.itemId()).orElseThrow().model().slope())
                .toArray();
        // stages of 2 items each: the mean slope rises from the first stage to the last
        assertTrue(slopes[0] + slopes[1] < slopes[6] + slopes[7], java.util.Arrays.toString(slopes));
        // the first item is, of the lowest-slope stratum, the one whose b is nearest the starting θ̂ = 0
        List<Item> byB = BANK.items().stream().sorted(Comparator.comparingDouble((Item i) -> i.model().thresholds()[0])
                .thenComparing(Item::id)).toList();
        Item expected = null;
        for (int start = 0; start < byB.size(); start += 4) {
            Item lowest = byB.subList(start, start + 4).stream().min(Comparator.comparingDouble(
                    (Item i) -> i.model().slope())).orElseThrow();
            if (expected == null || Math.abs(lowest.model().thresholds()[0])
                    < Math.abs(expected.model().thresholds()[0])) {
                expected = lowest;
            }
        }
        assertEquals(expected.id(), responses.get(0).itemId());
    }

    @Test
    void posteriorWeightedInformationAtTheStartWeighsTheWholePrior() {
        CatEngine engine = CatEngine.of(CatDesign.builder(BANK).selection(SelectionRule.posteriorWeightedInformation())
                .build());
        CatSession start = engine.start(1);
        Item chosen = engine.next(start).item().orElseThrow();
        double[] nodes = engine.design().quadrature().nodes();
        double[] weights = engine.design().quadrature().weights();
        Item best = null;
        double bestValue = -1;
        for (Item item : BANK.items()) {
            double value = 0;
            for (int q = 0; q < nodes.length; q++) {
                value += weights[q] * item.model().information(nodes[q]);
            }
            if (value > bestValue + 1e-12) {
                bestValue = value;
                best = item;
            }
        }
        assertEquals(best.id(), chosen.id());
    }

    @Test
    void switchingUsesTheEarlyRuleForTheFirstItemsOnly() {
        SelectionRule rule = SelectionRule.switching(SelectionRule.random(), 2, SelectionRule.maximumInformation());
        CatEngine switching = CatEngine.of(CatDesign.builder(BANK).selection(rule).build());
        CatEngine mfi = CatEngine.of(CatDesign.builder(BANK).build());
        CatSession session = switching.start(5);
        for (int k = 0; k < 2; k++) {
            session = switching.answer(switching.next(session).session(), 1);
        }
        // from the third item on, the same choice maximum information makes after the same answers
        CatSession same = mfi.start(5);
        for (Response r : session.responses()) {
            same = mfi.answer(new CatSessionForcing(mfi).present(same, r.itemId()), r.category());
        }
        assertEquals(mfi.next(same).item(), switching.next(session).item());
        assertNotEquals(mfi.next(mfi.start(5)).item(), switching.next(switching.start(5)).item());
    }

    /** Presents a chosen item, as a replay of answers does. */
    private record CatSessionForcing(CatEngine engine) {
        CatSession present(CatSession session, String id) {
            return new CatSession(engine, session.items, session.categories, engine.tables.indexOf(id),
                    session.excluded, session.randomState, session.scales);
        }
    }
}

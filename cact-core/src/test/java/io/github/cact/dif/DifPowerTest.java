package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.ItemBank;
import org.junit.jupiter.api.Test;

/**
 * Power: a 2PL item made 0.5 logit harder for the focal group (uniform DIF: its intercept d lowered by 0.5)
 * among ten items, N = 2,000 per group, the focal group 0.5 SD less able (impact), seed 11.
 */
class DifPowerTest {

    @Test
    void halfLogitShiftIsFlaggedByEveryMethod() {
        ItemBank bank = DifSimulation.twoPl(10);
        DifSimulation sim = DifSimulation.of(bank, DifSimulation.shifted(bank, 4, 0.5), 2000, -0.5, 1, 11);
        DifResult result = DifAnalysis.withDefaults().run(sim.responses(), bank, sim.groups());
        ItemDif studied = result.item("i5").orElseThrow();
        for (DifMethod method : DifMethod.values()) {
            assertTrue(studied.flagged(method), method + ": " + studied);
        }
        assertTrue(studied.mantelHaenszel().orElseThrow().delta().orElseThrow() < 0, studied.toString());
        assertTrue(studied.logistic().orElseThrow().uniformChiSquare() > 20, studied.toString());
        assertEquals(2, studied.irt().orElseThrow().df());
        assertEquals(java.util.List.of("a", "d"), studied.irt().orElseThrow().freedParameters());
        // the IRT test, free of the matching problem under impact, flags no other item
        for (ItemDif item : result.items()) {
            if (!item.itemId().equals("i5")) {
                assertFalse(item.flagged(DifMethod.IRT_LIKELIHOOD_RATIO), item.toString());
            }
        }
        double mean = result.focalLatentMean("").orElseThrow();
        assertTrue(mean < -0.4 && mean > -0.75, "focal mean " + mean);
    }
}

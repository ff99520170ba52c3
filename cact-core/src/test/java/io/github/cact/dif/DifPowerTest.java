package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.ItemBank;
import org.junit.jupiter.api.Test;

/**
 * Power: a 2PL item made 0.5 logit harder for the focal group (uniform DIF) among 10 DIF-free items,
 * N = 2,000 per group, the focal group 0.5 SD less able (impact), seed 11.
 */
class DifPowerTest {

    @Test
    void halfLogitShiftIsFlaggedByEveryMethod() {
        ItemBank bank = DifSimulation.twoPl(10);
        DifSimulation sim = DifSimulation.of(bank, DifSimulation.shifted(bank, 4, 0.5), 2000, -0.5, 1, 11);
        long start = System.nanoTime();
        DifResult result = DifAnalysis.withDefaults().run(sim.responses(), bank, sim.groups());
        double seconds = (System.nanoTime() - start) / 1e9;
        ItemDif studied = result.item("i5").orElseThrow();
        for (DifMethod method : DifMethod.values()) {
            assertTrue(studied.flagged(method), method + ": " + studied);
        }
        assertTrue(studied.mantelHaenszel().orElseThrow().delta().orElseThrow() < 0, studied.toString());
        assertEquals(2, studied.irt().orElseThrow().df());
        assertTrue(seconds < 60, "took " + seconds + " s");
        System.err.println(result + " " + seconds + " s");
        for (ItemDif item : result.items()) {
            System.err.println(item + " padj " + item.pAdjusted());
        }
        System.err.println(result.focalLatentMean("") + " " + result.focalLatentVariance("") + " " + result.warnings());
    }
}

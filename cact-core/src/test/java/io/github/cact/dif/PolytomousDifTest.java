package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polytomous items: six graded-response items with four categories, one of them 0.5 logit harder for the
 * focal group at every threshold (uniform DIF), N = 1,500 per group, equal abilities, seed 31. Mantel's
 * test, the cumulative-logit regression and the IRT test (df = 4: a and three intercepts) all flag it.
 */
class PolytomousDifTest {

    private static ItemBank bank(double shift) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double a = 1.0 + 0.2 * (i % 3);
            double[] d = {1.5 - 0.2 * i, 0.2 - 0.2 * i, -1.2 - 0.2 * i};
            if (i == 2) {
                for (int k = 0; k < d.length; k++) {
                    d[k] -= shift;
                }
            }
            items.add(Item.of("p" + (i + 1), GradedResponseItem.of(a, d)));
        }
        return ItemBank.of(items);
    }

    @Test
    void shiftedGradedItemIsFlaggedByEveryMethod() {
        ItemBank reference = bank(0);
        DifSimulation sim = DifSimulation.of(reference, bank(0.5), 1500, 0, 1, 31);
        DifResult result = DifAnalysis.withDefaults().run(sim.responses(), reference, sim.groups());
        ItemDif studied = result.item("p3").orElseThrow();
        for (DifMethod method : DifMethod.values()) {
            assertTrue(studied.flagged(method), method + ": " + studied);
        }
        MantelHaenszelDif mantel = studied.mantelHaenszel().orElseThrow();
        assertTrue(mantel.polytomous());
        assertTrue(mantel.standardizedMeanDifference() < 0, "the focal group scores lower: " + mantel);
        assertEquals(4, studied.logistic().orElseThrow().categories());
        assertEquals(4, studied.irt().orElseThrow().df());
        assertEquals(List.of("a", "d1", "d2", "d3"), studied.irt().orElseThrow().freedParameters());
    }
}

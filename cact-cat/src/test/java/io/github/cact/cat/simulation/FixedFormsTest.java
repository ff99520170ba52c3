package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.PartialCreditItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedFormsTest {

    /** Scale A: items A0..A9 at locations 9, 7, ..., -9 (given hardest first); scale B: B0..B3 at 0. */
    private static ItemBank ladder() {
        List<Item> items = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            double location = 9 - 2 * j;
            items.add(Item.of("A" + j, PartialCreditItem.gpcmOfIrt(1, new double[] {location - 0.5, location + 0.5}), "A"));
        }
        for (int j = 0; j < 4; j++) {
            items.add(Item.of("B" + j, PartialCreditItem.gpcmOfIrt(0.5 + j, new double[] {-0.5, 0.5}), "B"));
        }
        return ItemBank.of(items);
    }

    @Test
    void theSpreadFormTakesEvenlySpacedRanksOfDifficulty() {
        // A sorted by location: A9 (-9), A8, ..., A0 (9); m of n take ranks floor((j + 1/2) n / m):
        // 2 of 10 ranks 2 and 7, 2 of 4 ranks 1 and 3 (B's items tie on location 0 and stay in bank order)
        assertEquals(List.of("A7", "A2", "B1", "B3"), FixedForms.spread(ladder(), 2));
        assertEquals(List.of("A8", "A6", "A4", "A2", "A0"), FixedForms.spread(ladder().forScale("A"), 5));
        assertEquals(List.of("A4"), FixedForms.spread(ladder().forScale("A"), 1));
        assertEquals(List.of("A9", "A8", "A7", "A6", "A5", "A4", "A3", "A2", "A1", "A0"),
                FixedForms.spread(ladder().forScale("A"), 10));
    }

    @Test
    void theFormAtTheCutsTakesTheMostInformativeItemAtEachCutInTurn() {
        // equal slopes: the item nearest the cut informs most. At -2.8 A6 (location -3), at 3 A3, then at
        // -2.8 again A5 (-1, 1.8 away; A7 at -5 is 2.2 away). At B's one cut 0 all sit at 0: steepest first.
        Map<String, double[]> cuts = Map.of("A", new double[] {-2.8, 3}, "B", new double[] {0});
        List<String> form = FixedForms.atCuts(ladder(), 3, cuts);
        assertEquals(List.of("A6", "A3", "A5", "B3", "B2", "B1"), form);
    }

    @Test
    void aBankWithoutScalesIsOneScale() {
        List<Item> items = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            items.add(Item.of("I" + j, PartialCreditItem.gpcmOfIrt(1, new double[] {j - 0.5, j + 0.5})));
        }
        assertEquals(List.of("I1", "I3"), FixedForms.spread(ItemBank.of(items), 2));
        assertEquals(List.of("I1"), FixedForms.atCuts(ItemBank.of(items), 1, Map.of(BankScales.SINGLE, new double[] {1})));
    }

    @Test
    void impossibleFormsAreRefusedNamingTheScale() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FixedForms.spread(ladder(), 5))
                .getMessage().contains("scale 'B' has 4"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FixedForms.atCuts(ladder(), 2, Map.of("A", new double[] {0}))).getMessage().contains("'B' has no cuts"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FixedForms.atCuts(ladder(), 2, Map.of("A", new double[] {0}, "B", new double[] {Double.NaN})))
                .getMessage().contains("NaN"));
        List<Item> mixed = new ArrayList<>(ladder().items());
        mixed.add(Item.of("X", PartialCreditItem.gpcmOfIrt(1, new double[] {0, 1})));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FixedForms.spread(ItemBank.of(mixed), 1))
                .getMessage().contains("'X'"));
    }
}

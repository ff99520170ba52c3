package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Mantel–Haenszel test against a published worked example: Mantel's (1963) penicillin data (R's
 * {@code datasets} example of {@code mantelhaen.test}, "Rabbits"), five strata of 2 × 2 tables (delay of
 * the injection × cured or died). R 4.x prints for {@code mantelhaen.test(Rabbits)}, with the continuity
 * correction: "Mantel-Haenszel X-squared = 3.9286, df = 1, p-value = 0.04747 ... 95 percent confidence
 * interval: 1.026713 47.725133 ... common odds ratio 7". The interval is exp(ln α_MH ± 1.96 √Var), Var the
 * Robins–Breslow–Greenland variance that gives the standard error of Δ_MH. The data are laid out as a DIF
 * problem: the reference group is "no delay", 1 is "cured", and the stratum (penicillin level 1..5) is the
 * rest score over four further items, of which the examinee of stratum k answered the first k − 1.
 */
class MantelHaenszelReferenceTest {

    /** Per penicillin level: reference cured, reference died, focal cured, focal died. */
    private static final int[][] RABBITS = {{0, 6, 0, 5}, {3, 3, 0, 6}, {6, 0, 2, 4}, {5, 1, 6, 0}, {2, 0, 5, 0}};

    static DifResult rabbits() {
        List<String> items = List.of("studied", "r1", "r2", "r3", "r4");
        ResponseMatrix.Builder builder = ResponseMatrix.builder(items);
        List<String> groups = new ArrayList<>();
        int id = 0;
        for (int level = 0; level < RABBITS.length; level++) {
            for (int cell = 0; cell < 4; cell++) {
                for (int n = 0; n < RABBITS[level][cell]; n++) {
                    int[] row = new int[5];
                    row[0] = cell % 2 == 0 ? 1 : 0;
                    for (int r = 1; r <= level; r++) {
                        row[r] = 1;
                    }
                    builder.add("rabbit" + id++, row);
                    groups.add(cell < 2 ? "none" : "1.5h");
                }
            }
        }
        List<Item> bank = new ArrayList<>();
        for (String item : items) {
            bank.add(Item.of(item, DichotomousItem.twoPl(1, 0)));
        }
        DifOptions options = DifOptions.builder().methods(Set.of(DifMethod.MANTEL_HAENSZEL)).purification(false)
                .minGroupSize(2).build();
        return DifAnalysis.of(options).run(builder.build(), ItemBank.of(bank),
                DifGroups.ofRows(groups, "none", "1.5h"));
    }

    @Test
    void penicillinDataGiveRsMantelHaenszelTest() {
        DifResult result = rabbits();
        ItemDif item = result.item("studied").orElseThrow();
        assertEquals(26, item.nReference());
        assertEquals(28, item.nFocal());
        MantelHaenszelDif mh = item.mantelHaenszel().orElseThrow();
        assertEquals(3.9286, mh.chiSquare(), 0.5e-4);
        assertEquals(0.04747, mh.p(), 0.5e-5);
        assertEquals(7.0, mh.commonOddsRatio().orElseThrow(), 1e-12);
        double logSd = mh.deltaStandardError().orElseThrow() / 2.35;
        double z = 1.959963984540054;
        assertEquals(1.026713, 7 * Math.exp(-z * logSd), 0.5e-6);
        assertEquals(47.725133, 7 * Math.exp(z * logSd), 0.5e-6);
        assertEquals(-2.35 * Math.log(7), mh.delta().orElseThrow(), 1e-12);
        assertEquals(5, mh.strata());
    }

    @Test
    void penicillinDataAreClassifiedByTheEtsRule() {
        MantelHaenszelDif mh = rabbits().item("studied").orElseThrow().mantelHaenszel().orElseThrow();
        // |Δ| = 4.57 ≥ 1.5 and p < .05, but SE(Δ) = 2.30 is too large for |Δ| to be significantly above 1:
        // Φ((−1 − 4.57)/2.30) + Φ((1 − 4.57)/2.30) = 0.068 ≥ .05, so B, not C
        assertTrue(MantelHaenszel.aboveOne(Math.abs(mh.delta().orElseThrow()), mh.deltaStandardError().orElseThrow())
                > 0.05);
        assertEquals(DifClass.B, mh.etsClass());
    }
}

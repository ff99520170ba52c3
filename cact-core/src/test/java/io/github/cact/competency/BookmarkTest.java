package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookmarkTest {

    /** 2PL (a, b) of six items, listed out of booklet order. */
    private static final double[][] AB = {{1.0, 0.5}, {1.5, -1.0}, {0.8, 1.2}, {2.0, -0.2}, {1.2, 2.0}, {1.0, -2.0}};

    private static List<Item> itemList() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < AB.length; i++) {
            items.add(Item.of("i" + (i + 1), DichotomousItem.twoPl(AB[i][0], AB[i][1])));
        }
        return items;
    }

    private static ItemBank items() {
        return ItemBank.of(itemList());
    }

    private static double rpLocation(int item, double rp) {
        return AB[item - 1][1] + Math.log(rp / (1 - rp)) / AB[item - 1][0];
    }

    @Test
    void bookletIsOrderedByRpLocationWithDefaultRp067() {
        Bookmark b = Bookmark.of(items());
        assertEquals(0.67, b.rp());
        // θ* = b + ln(.67/.33)/a = b + 0.70818/a: i6 −1.292, i2 −0.528, i4 0.154, i1 1.208, i3 2.085, i5 2.590
        assertEquals(List.of("i6", "i2", "i4", "i1", "i3", "i5"), b.items());
        assertEquals(-2.0 + Math.log(0.67 / 0.33), b.location(1), 1e-12);
        assertEquals(6, b.pages());
    }

    @Test
    void cutsAreTheLocationsOfTheBookmarkedPages() {
        CutScores cuts = Bookmark.of(items()).cutScores("M1", 1, 3, 4, 6);
        assertArrayEquals(new double[] {rpLocation(6, .67), rpLocation(4, .67), rpLocation(1, .67),
            rpLocation(5, .67)}, cuts.cuts(), 1e-12);
    }

    @Test
    void rpIsConfigurable() {
        Bookmark half = Bookmark.of(items(), 0.5);
        assertEquals(-2.0, half.location(1), 1e-12); // at RP = 0.5 the location is b
        assertEquals(rpLocation(3, 0.8), Bookmark.of(items(), 0.8).location(5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Bookmark.of(items(), 1.0));
    }

    @Test
    void aThreePlItemIsLocatedNumerically() {
        ItemBank threePl = ItemBank.of(Item.of("g", DichotomousItem.threePl(1.3, 0.4, 0.2)));
        // 0.2 + 0.8/(1+e^(−1.3(θ−0.4))) = 0.67  ⇔  θ = 0.4 + ln(0.47/0.33)/1.3
        assertEquals(0.4 + Math.log(0.47 / 0.33) / 1.3, Bookmark.of(threePl, 0.67).location(1), 1e-8);
    }

    @Test
    void polytomousItemsEnterOncePerScoreStep() {
        GradedResponseItem grm = GradedResponseItem.ofIrt(1.1, new double[] {-1, 0.5});
        Bookmark b = Bookmark.of(ItemBank.of(Item.of("G", grm, "M2")), 0.5);
        assertEquals(List.of("G>=1", "G>=2"), b.items());
        // P(X >= k) of a graded item is the logistic curve of its threshold k, 0.5 at θ = b_k
        assertEquals(-1, b.location(1), 1e-8);
        assertEquals(0.5, b.location(2), 1e-8);
    }

    @Test
    void anItemThatNeverReachesRpIsNamed() {
        List<Item> m = itemList();
        m.add(Item.of("guessy", DichotomousItem.threePl(1, 0, 0.7)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bookmark.of(ItemBank.of(m), 0.67));
        assertTrue(e.getMessage().contains("'guessy'"), e.getMessage());
    }

    @Test
    void badBookmarksAreNamed() {
        Bookmark b = Bookmark.of(items());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.cutScores("M7", 1, 3, 3, 6));
        assertTrue(e.getMessage().contains("'M7'") && e.getMessage().contains("bookmark 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.cutScores("M7", 1, 3, 4, 7));
        assertTrue(e.getMessage().contains("page 7"), e.getMessage());
    }
}

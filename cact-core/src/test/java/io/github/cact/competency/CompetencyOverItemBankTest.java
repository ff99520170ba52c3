package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The competency methods fed straight from an item bank: Bookmark, Rudner's SE, the TCC, items by competency. */
class CompetencyOverItemBankTest {

    private static final double[][] AB = {{1.2, -1.0}, {0.8, 0.3}, {1.5, 1.1}};

    private final ItemBank twoPl = ItemBank.of(
            Item.of("A", DichotomousItem.twoPl(AB[0][0], AB[0][1]), "M1"),
            Item.of("B", DichotomousItem.twoPl(AB[1][0], AB[1][1]), "M1"),
            Item.of("C", DichotomousItem.twoPl(AB[2][0], AB[2][1]), "M1"));

    @Test
    void bookmarkOverTheBankEqualsTheClosedForm2plLocations() {
        Bookmark booklet = Bookmark.of(twoPl);
        assertEquals(List.of("A", "B", "C"), booklet.items());
        for (int i = 0; i < 3; i++) {
            double expected = AB[i][1] + Math.log(0.67 / 0.33) / AB[i][0];
            assertEquals(expected, booklet.location(i + 1), 1e-12);
        }
    }

    @Test
    void rudnerOverTheBankUsesOneOverRootTestInformation() {
        CutScores cuts = CutScores.of("M1", -1.5, -0.5, 0.5, 1.5);
        Classification byHand = Classification.rudner(cuts, theta -> {
            double info = 0;
            for (double[] item : AB) {
                double p = 1 / (1 + Math.exp(-item[0] * (theta - item[1])));
                info += item[0] * item[0] * p * (1 - p);
            }
            return 1 / Math.sqrt(info);
        });
        Classification fromBank = Classification.rudner(cuts, twoPl);
        for (double theta = -3; theta <= 3; theta += 0.5) {
            assertArrayEquals(byHand.classified(theta).toArray(), fromBank.classified(theta).toArray(), 1e-12);
        }
    }

    @Test
    void summedScoreCutsThroughTheBanksTestCharacteristicCurve() {
        CutScores cuts = CutScores.fromSummedScores("M1", twoPl::expectedScore, 0.5, 1, 1.5, 2.5);
        for (int k = 0; k < 4; k++) {
            double theta = cuts.cuts()[k];
            double tcc = 0;
            for (double[] item : AB) {
                tcc += 1 / (1 + Math.exp(-item[0] * (theta - item[1])));
            }
            assertEquals(new double[] {0.5, 1, 1.5, 2.5}[k], tcc, 1e-8);
        }
    }

    @Test
    void itemsWithoutScaleOrWithUnknownCompetencyAreNamed() {
        CompetencyFramework framework = CompetencyFramework.of("two", List.of(Competency.of("M1", "a", "b"),
                Competency.of("M2", "c", "d")));
        ItemBank bank = ItemBank.of(Item.of("Q1", DichotomousItem.rasch(0), "M2"),
                Item.of("Q2", DichotomousItem.rasch(0), "M1"), Item.of("Q3", DichotomousItem.rasch(1), "M2"));
        assertEquals(Map.of("M1", List.of("Q2"), "M2", List.of("Q1", "Q3")), framework.itemsByCompetency(bank));
        IllegalArgumentException noScale = assertThrows(IllegalArgumentException.class,
                () -> framework.itemsByCompetency(ItemBank.of(Item.of("Q1", DichotomousItem.rasch(0)))));
        assertTrue(noScale.getMessage().contains("'Q1'"), noScale.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> framework.itemsByCompetency(ItemBank.of(Item.of("Q2", DichotomousItem.rasch(0), "M9"))));
        assertTrue(unknown.getMessage().contains("Q2") && unknown.getMessage().contains("M9"), unknown.getMessage());
    }
}

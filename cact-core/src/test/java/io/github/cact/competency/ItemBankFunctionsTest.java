package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemBankFunctionsTest {

    private final ItemBank twoPl = ItemBank.of(
            Item.of("A", DichotomousItem.twoPl(1.2, -1.0), "M1"),
            Item.of("B", DichotomousItem.twoPl(0.8, 0.3), "M1"),
            Item.of("C", DichotomousItem.twoPl(1.5, 1.1), "M1"));

    @Test
    void bookmarkOverTheBankEqualsTheClosedForm2plLocations() {
        Map<String, ResponseFunction> items = ItemBankFunctions.bookmarkItems(twoPl);
        assertEquals(List.of("A", "B", "C"), List.copyOf(items.keySet()));
        double[][] ab = {{1.2, -1.0}, {0.8, 0.3}, {1.5, 1.1}};
        for (int i = 0; i < 3; i++) {
            double expected = ab[i][1] + Math.log(0.67 / 0.33) / ab[i][0];
            assertEquals(expected, items.get(List.of("A", "B", "C").get(i)).location(0.67), 1e-8);
        }
    }

    @Test
    void polytomousItemsEnterOncePerScoreStep() {
        GradedResponseItem grm = GradedResponseItem.ofIrt(1.1, new double[] {-1, 0.5});
        Map<String, ResponseFunction> items = ItemBankFunctions.bookmarkItems(ItemBank.of(Item.of("G", grm, "M2")));
        assertEquals(List.of("G>=1", "G>=2"), List.copyOf(items.keySet()));
        // P(X >= k) of a graded item is the logistic curve of its threshold k
        assertEquals(0.5, items.get("G>=1").probability(-1), 1e-12);
        assertEquals(0.5, items.get("G>=2").probability(0.5), 1e-12);
    }

    @Test
    void rudnerStandardErrorIsOneOverRootTestInformation() {
        double theta = 0.4;
        double info = 0;
        double[][] ab = {{1.2, -1.0}, {0.8, 0.3}, {1.5, 1.1}};
        for (double[] item : ab) {
            double p = 1 / (1 + Math.exp(-item[0] * (theta - item[1])));
            info += item[0] * item[0] * p * (1 - p);
        }
        assertEquals(1 / Math.sqrt(info), ItemBankFunctions.standardError(twoPl).applyAsDouble(theta), 1e-12);
        double expected = 0;
        for (double[] item : ab) {
            expected += 1 / (1 + Math.exp(-item[0] * (theta - item[1])));
        }
        assertEquals(expected, ItemBankFunctions.testCharacteristicCurve(twoPl).applyAsDouble(theta), 1e-12);
    }

    @Test
    void leeOverTheBankEqualsLeeOverHandWrittenItems() {
        double[][] ab = {{1.2, -1.0}, {0.8, 0.3}, {1.5, 1.1}, {1.0, -0.2}, {0.9, 0.6}};
        List<Item> items = new java.util.ArrayList<>();
        List<CategoryResponseFunction> byHand = new java.util.ArrayList<>();
        for (int i = 0; i < ab.length; i++) {
            items.add(Item.of("I" + i, DichotomousItem.twoPl(ab[i][0], ab[i][1]), "M1"));
            byHand.add(CategoryResponseFunction.dichotomous(ResponseFunction.twoPl(ab[i][0], ab[i][1])));
        }
        Classification fromBank = Classification.lee("M1", ItemBankFunctions.categoryFunctions(ItemBank.of(items)), 1, 2, 3, 4);
        Classification direct = Classification.lee("M1", byHand, 1, 2, 3, 4);
        for (double theta = -3; theta <= 3; theta += 0.5) {
            assertEquals(direct.accuracy(theta), fromBank.accuracy(theta), 1e-12);
            assertEquals(direct.consistency(theta), fromBank.consistency(theta), 1e-12);
        }
    }

    @Test
    void itemsWithoutScaleOrWithUnknownCompetencyAreNamed() {
        CompetencyFramework framework = CompetencyFramework.permenPanRb38();
        IllegalArgumentException noScale = assertThrows(IllegalArgumentException.class, () -> ItemBankFunctions
                .itemsByCompetency(framework, ItemBank.of(Item.of("Q1", DichotomousItem.rasch(0)))));
        assertTrue(noScale.getMessage().contains("'Q1'"), noScale.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ItemBankFunctions
                .itemsByCompetency(framework, ItemBank.of(Item.of("Q2", DichotomousItem.rasch(0), "M9"))));
        assertTrue(unknown.getMessage().contains("Q2") && unknown.getMessage().contains("M9"), unknown.getMessage());
        new NullPointerTester().setDefault(ItemBank.class, twoPl).setDefault(CompetencyFramework.class, framework)
                .testAllPublicStaticMethods(ItemBankFunctions.class);
    }
}

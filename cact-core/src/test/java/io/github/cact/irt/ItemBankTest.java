package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBankTest {

    private final ItemBank bank = ItemBankFilesTest.mixedBank();

    @Test
    void duplicateIdsAreRefusedWithBothPositions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItemBank.of(
                Item.of("A", DichotomousItem.rasch(0)), Item.of("B", DichotomousItem.rasch(0)),
                Item.of("A", DichotomousItem.rasch(1))));
        assertTrue(e.getMessage().contains("'A'") && e.getMessage().contains("1 and 3"), e.getMessage());
    }

    @Test
    void scalesAreListedInOrderOfFirstAppearanceAndSelectable() {
        assertEquals(List.of("M1", "M2", "SK1"), bank.scales());
        assertEquals(List.of("T2", "T3", "T4"), bank.forScale("M2").ids());
        assertEquals(1, bank.forScale("M2").indexOf("T3"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bank.forScale("M9"));
        assertTrue(e.getMessage().contains("'M9'"), e.getMessage());
    }

    @Test
    void selectKeepsTheGivenOrderAndNamesUnknownIds() {
        assertEquals(List.of("G1", "R1"), bank.select(List.of("G1", "R1")).ids());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bank.select(List.of("X")));
        assertTrue(e.getMessage().contains("'X'"), e.getMessage());
    }

    @Test
    void testFunctionsAreSumsOverItems() {
        double theta = 0.37;
        double info = 0;
        double score = 0;
        for (Item item : bank.items()) {
            info += item.model().information(theta);
            score += item.model().expectedScore(theta);
        }
        assertEquals(info, bank.testInformation(theta), 1e-12);
        assertEquals(score, bank.expectedScore(theta), 1e-12);
        assertEquals(5 + 4 + 2 + 3, bank.maxScore());
        assertEquals(5, bank.maxCategories());
        assertEquals(-1, bank.indexOf("nope"));
    }

    @Test
    void valueSemanticsAndNulls() {
        new EqualsTester()
                .addEqualityGroup(bank, ItemBankFilesTest.mixedBank())
                .addEqualityGroup(bank.forScale("M1"))
                .testEquals();
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(Item.class, Item.of("Z", DichotomousItem.rasch(0)));
        tester.setDefault(ItemBank.class, bank);
        tester.testAllPublicStaticMethods(ItemBank.class);
        tester.testAllPublicInstanceMethods(bank);
        tester.testAllPublicStaticMethods(ItemBankFiles.class);
    }
}

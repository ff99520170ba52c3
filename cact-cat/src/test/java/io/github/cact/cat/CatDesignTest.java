package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.competency.CutScores;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatDesignTest {

    private static final ItemBank BANK = Banks.gpcm(2, 5, 1);

    @Test
    void defaultsTestEveryScaleWithMaximumInformationAndEap() {
        CatDesign design = CatDesign.builder(BANK).build();
        assertEquals(List.of("S1", "S2"), design.scales());
        assertEquals(SelectionRule.maximumInformation(), design.selection());
        assertEquals(ExposureControl.none(), design.exposure());
        assertEquals(AbilityEstimator.EAP, design.estimator());
        assertEquals(1, design.stopping().minItems("S1"));
        assertEquals(20, design.stopping().maxItems("S1"));
        assertEquals(List.of(""), CatDesign.builder(Banks.twoPl(3, 1)).build().scales());
    }

    @Test
    void theFingerprintChangesWithEveryRuleAndNotOtherwise() {
        CatDesign design = CatDesign.builder(BANK).build();
        assertEquals(design.fingerprint(), CatDesign.builder(BANK).build().fingerprint());
        assertEquals(design.fingerprint(), design.toBuilder().build().fingerprint());
        assertNotEquals(design.fingerprint(), design.toBuilder().estimator(AbilityEstimator.MAP).build().fingerprint());
        assertNotEquals(design.fingerprint(), design.toBuilder().stopping(StoppingRule.fixedLength(3)).build()
                .fingerprint());
        assertNotEquals(design.fingerprint(), design.toBuilder().exposure(ExposureControl.sympsonHetter(
                Map.of("S1-1", 0.5))).build().fingerprint());
        assertNotEquals(design.bankFingerprint(), CatDesign.builder(Banks.gpcm(2, 5, 2)).build().bankFingerprint());
    }

    @Test
    void mistakesAreNamed() {
        assertMessage(() -> CatDesign.builder(BANK).scales(List.of("S3")).build(), "'S3'");
        assertMessage(() -> CatDesign.builder(BANK).scales(List.of("S1", "S1")).build(), "twice");
        assertMessage(() -> CatDesign.builder(BANK).stopping(StoppingRule.builder().itemsPerScale(6, 8).build()).build(),
                "scale 'S1' needs at least 6 items but the bank has only 5");
        assertMessage(() -> CatDesign.builder(BANK).stopping(StoppingRule.builder().itemsPerScale(3, 5)
                .totalItems(0, 5).build()).build(), "add up to 6");
        assertMessage(() -> CatDesign.builder(BANK).stopping(StoppingRule.builder().itemsForScale("X", 1, 2).build())
                .build(), "'X'");
        assertMessage(() -> CatDesign.builder(BANK).content(ContentRules.builder().enemies(List.of("S1-1", "Q"))
                .build()).build(), "item 'Q' is not in the bank");
        assertMessage(() -> CatDesign.builder(BANK).content(ContentRules.builder().together(List.of("S1-1", "S1-2"))
                .together(List.of("S1-2", "S1-3")).build()).build(), "item 'S1-2' is in together sets 1 and 2");
        assertMessage(() -> CatDesign.builder(BANK).content(ContentRules.builder().together(List.of("S1-1", "S1-2"))
                .enemies(List.of("S1-2", "S1-1")).build()).build(), "enemies");
        assertMessage(() -> CatDesign.builder(BANK).scales(List.of("S1")).stopping(StoppingRule.builder()
                .classification(ClassificationStop.posterior(List.of(CutScores.of("S2", -1, 0, 1, 2)), 0.9)).build())
                .build(), "'S2'");
        assertMessage(() -> ContentRules.builder().enemies(List.of("A")), "at least two");
        assertMessage(() -> StoppingRule.builder().itemsPerScale(3, 2), "3..2");
        assertMessage(() -> ClassificationStop.sprt(List.of(CutScores.of("S1", -1, 0, 1, 2)), 0.3, 0.5, 0.1), "alpha");
        assertMessage(() -> ExposureControl.sympsonHetter(Map.of("S1-1", 1.5)), "'S1-1'");
        Item unnamed = Item.ofIrt("U", ModelType.TWO_PL, 1, new double[] {0}, Double.NaN, Double.NaN, "");
        List<Item> mixed = new java.util.ArrayList<>(BANK.items());
        mixed.add(unnamed);
        assertMessage(() -> CatDesign.builder(ItemBank.of(mixed)).build(), "item 'U' names no scale");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}

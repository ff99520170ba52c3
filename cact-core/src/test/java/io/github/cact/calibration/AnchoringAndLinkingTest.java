package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fixed-parameter calibration and linking onto a bank's scale. */
class AnchoringAndLinkingTest {

    private static void assertSameItems(ItemBank expected, ItemBank actual, double tol) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            ItemModel e = expected.model(i);
            ItemModel a = actual.model(i);
            assertEquals(e.slope(), a.slope(), tol, expected.item(i).id());
            double[] de = e.intercepts();
            double[] da = a.intercepts();
            for (int k = 0; k < de.length; k++) {
                assertEquals(de[k], da[k], tol, expected.item(i).id());
            }
            assertEquals(e.guessing(), a.guessing(), tol);
        }
    }

    @Test
    void anchoredCalibrationEstimatesNewItemsAndTheLatentDistributionOnTheBankScale() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 30, 2, 3);
        ResponseMatrix data = ResponseSimulator.of(truth, 33).withAbility(0.5, 1.2).simulate(5000).responses();
        ItemBank anchors = ItemBank.of(truth.items().subList(0, 15));
        CalibrationResult result = Calibrator.withDefaults().calibrate(data,
                ModelSpec.of(ModelType.TWO_PL).withAnchors(anchors));
        assertTrue(result.converged(), result::toString);
        assertEquals(0.5, result.latentMean(), 0.06);
        assertEquals(1.44, result.latentVariance(), 0.12);
        for (int i = 0; i < 15; i++) {
            assertEquals(truth.item(i), result.bank().item(i), "anchors keep their parameters");
        }
        assertSameItems(ItemBank.of(truth.items().subList(15, 30)),
                ItemBank.of(result.bank().items().subList(15, 30)), 0.25);
        assertEquals(15 * 2 + 2, result.parameterCount());
        assertTrue(result.parameterNames().contains("latent.mean"));
    }

    @ParameterizedTest
    @EnumSource(LinkingMethod.class)
    void recoversKnownConstantsOfATransformedBank(LinkingMethod method) {
        List<Item> items = new ArrayList<>(ResponseSimulator.randomBank(ModelType.THREE_PL, 8, 2, 5).items());
        for (Item item : ResponseSimulator.randomBank(ModelType.GRM, 3, 4, 6).items()) {
            items.add(Item.of("G" + item.id(), item.model()));
        }
        for (Item item : ResponseSimulator.randomBank(ModelType.GPCM, 3, 3, 7).items()) {
            items.add(Item.of("P" + item.id(), item.model()));
        }
        ItemBank form = ItemBank.of(items);
        ItemBank base = Linking.transform(form, 1.3, -0.4);
        LinkingResult result = Linking.link(base, form, method);
        assertEquals(1.3, result.a(), 1e-6, method.toString());
        assertEquals(-0.4, result.b(), 1e-6, method.toString());
        assertEquals(14, result.commonItems().size());
        assertSameItems(base, result.transformed(), 1e-5);
    }

    @ParameterizedTest
    @EnumSource(LinkingMethod.class)
    void linksSeparateCalibrationsOfTwoGroups(LinkingMethod method) {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 25, 2, 12);
        CalibrationOptions options = CalibrationOptions.builder().itemFit(false)
                .standardErrors(StandardErrorMethod.NONE).build();
        // the base group is N(0, 1); the new form's group N(0.5, 1.2²), calibrated on its own N(0, 1) scale
        ItemBank base = Calibrator.of(options).calibrate(ResponseSimulator.of(truth, 1).simulate(4000).responses(),
                ModelType.TWO_PL).bank();
        ItemBank form = Calibrator.of(options).calibrate(ResponseSimulator.of(truth, 2).withAbility(0.5, 1.2)
                .simulate(4000).responses(), ModelType.TWO_PL).bank();
        LinkingResult result = Linking.link(base, form, method);
        assertEquals(1.2, result.a(), 0.12, method.toString());
        assertEquals(0.5, result.b(), 0.1, method.toString());
    }

    @Test
    void raschItemsBecomeOnePlWhenTheUnitChanges() {
        ItemBank rasch = ResponseSimulator.randomBank(ModelType.RASCH, 3, 2, 1);
        ItemBank shifted = Linking.transform(rasch, 1.0, 0.5);
        assertEquals(ModelType.RASCH, shifted.model(0).type());
        assertEquals(rasch.model(0).thresholds()[0] + 0.5, shifted.model(0).thresholds()[0], 1e-12);
        ItemBank scaled = Linking.transform(rasch, 2.0, 0.0);
        assertEquals(ModelType.ONE_PL, scaled.model(0).type());
        assertEquals(0.5, scaled.model(0).slope(), 1e-12);
    }

    @Test
    void linkingNeedsTwoCommonItems() {
        ItemBank a = ResponseSimulator.randomBank(ModelType.TWO_PL, 3, 2, 1);
        ItemBank b = ItemBank.of(Item.of("X1", a.model(0)), Item.of("I001", a.model(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Linking.link(a, b, LinkingMethod.MEAN_SIGMA));
        assertTrue(e.getMessage().contains("I001"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Linking.transform(a, 0, 1));
    }
}

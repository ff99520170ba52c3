package io.github.cact.ctt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginalReliabilityTest {

    /**
     * mirt's 2PL estimates of LSAT7 (slope-intercept, see reference/lsat7-mirt.json); the reference is
     * ∫ I/(I + 1) φ dθ by scipy.integrate.quad over the real line (absolute error 7e-14), mirt's marginal_rxx
     * definition.
     */
    @Test
    void matchesAnAdaptiveQuadratureOfMirtsDefinitionOnLsat7() {
        double[] a = {0.988, 1.081, 1.706, 0.765, 0.736};
        double[] d = {1.856, 0.808, 1.804, 0.486, 1.855};
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            items.add(Item.of("item" + (i + 1), DichotomousItem.of(ModelType.TWO_PL, a[i], d[i], 0, 1)));
        }
        assertEquals(0.441788980596, MarginalReliability.of(ItemBank.of(items)), 1e-10);
    }
}

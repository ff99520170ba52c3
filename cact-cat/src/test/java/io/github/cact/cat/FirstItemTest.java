package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Maximum information picks, for each scale's first item, the brute-force argmax of I_i at θ̂ = prior mean. */
class FirstItemTest {

    @Test
    void theFirstItemOfEachScaleMaximisesTheInformationAtTheStartingEstimate() {
        ItemBank bank = Banks.gpcm(4, 50, 77);
        CatEngine engine = CatEngine.of(CatDesign.builder(bank).stopping(StoppingRule.fixedLength(1)).build());
        CatSession session = engine.start(1);
        for (String scale : bank.scales()) {
            Step step = engine.next(session);
            Item chosen = step.item().orElseThrow();
            double theta = session.estimate(scale).theta();
            assertEquals(0.0, theta, 1e-15);
            assertEquals(scale, chosen.scale().orElseThrow());
            assertEquals(bruteForce(bank.forScale(scale).items(), theta).id(), chosen.id());
            session = engine.answer(step.session(), 2);
        }
    }

    @Test
    void on2plBanksOfManySeedsTheFirstItemIsTheArgmax() {
        for (long seed = 1; seed <= 20; seed++) {
            ItemBank bank = Banks.twoPl(300, seed);
            CatEngine engine = CatEngine.of(CatDesign.builder(bank).build());
            Item chosen = engine.next(engine.start(seed)).item().orElseThrow();
            assertEquals(bruteForce(bank.items(), 0.0).id(), chosen.id(), "seed " + seed);
        }
    }

    private static Item bruteForce(List<Item> items, double theta) {
        Item best = null;
        double bestInformation = -1;
        for (Item item : items) {
            double information = item.model().information(theta);
            if (information > bestInformation) {
                bestInformation = information;
                best = item;
            }
        }
        return best;
    }
}

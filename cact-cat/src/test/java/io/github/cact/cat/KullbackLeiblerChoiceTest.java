package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tabulated Kullback–Leibler selection picks the item the straightforward definition picks: for every
 * eligible item, h Σ_q Σ_k P_k(θ̂) log(P_k(θ̂) / P_k(θ_q)) over the grid nodes θ_q within θ̂ ± 3/√n, each
 * probability computed by the item's model, and the largest (the first on ties) wins.
 */
class KullbackLeiblerChoiceTest {

    private static final double WIDTH = 3;

    @Test
    void theChoiceIsTheArgmaxOfTheDefinitionAtEveryStepOfManyTests() {
        List<Item> items = new ArrayList<>(Banks.gpcm(1, 150, 31).items());
        SplitMix random = new SplitMix(8);
        for (int i = 1; i <= 50; i++) {
            items.add(Item.ofIrt("D" + i, ModelType.TWO_PL, 0.5 + 2 * random.nextDouble(),
                    new double[] {-3 + 6 * random.nextDouble()}, Double.NaN, Double.NaN, "S1"));
        }
        ItemBank bank = ItemBank.of(items);
        CatEngine engine = CatEngine.of(CatDesign.builder(bank).selection(SelectionRule.kullbackLeibler(WIDTH))
                .stopping(StoppingRule.fixedLength(15)).build());
        int checked = 0;
        for (int person = 0; person < 40; person++) {
            double theta = -3 + 6 * random.nextDouble();
            CatSession session = engine.start(person);
            for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
                assertEquals(straightforwardChoice(engine, bank, session), step.item().orElseThrow().id(),
                        "person " + person + ", after " + session.items.length + " items");
                checked++;
                Item item = step.item().orElseThrow();
                session = engine.answer(step.session(), Banks.draw(item, theta, random));
            }
        }
        assertEquals(40 * 15, checked);
    }

    private static String straightforwardChoice(CatEngine engine, ItemBank bank, CatSession session) {
        ScaleState state = session.scales[0];
        double thetaHat = state.theta;
        double delta = WIDTH / Math.sqrt(Math.max(1, state.count));
        double[] nodes = engine.design().quadrature().nodes();
        double h = nodes[1] - nodes[0];
        Set<String> given = new HashSet<>(session.responses().stream().map(Response::itemId).toList());
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Item item : bank.items()) {
            if (given.contains(item.id())) {
                continue;
            }
            ItemModel m = item.model();
            double[] at = new double[m.categories()];
            double[] there = new double[m.categories()];
            m.probabilities(thetaHat, at);
            double score = 0;
            for (double node : nodes) {
                if (node >= thetaHat - delta - 1e-9 * h && node <= thetaHat + delta + 1e-9 * h) {
                    m.probabilities(node, there);
                    for (int k = 0; k < at.length; k++) {
                        score += h * at[k] * Math.log(at[k] / there[k]);
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = item.id();
            }
        }
        return best;
    }
}

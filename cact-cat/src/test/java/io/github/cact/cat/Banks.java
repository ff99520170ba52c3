package io.github.cact.cat;

import io.github.cact.cat.internal.InverseTransform;
import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.List;

/** Seeded test banks. */
final class Banks {

    private Banks() {
    }

    /**
     * {@code scales} scales of {@code perScale} GPCM items with 5 categories: a ~ lognormal(0, 0.25),
     * thresholds spread around a location uniform on [−2.5, 2.5].
     */
    static ItemBank gpcm(int scales, int perScale, long seed) {
        SplitMix random = new SplitMix(seed);
        List<Item> items = new ArrayList<>();
        for (int s = 1; s <= scales; s++) {
            for (int i = 1; i <= perScale; i++) {
                double a = Math.exp(0.25 * random.nextGaussian());
                double location = -2.5 + 5 * random.nextDouble();
                double[] b = {location - 1.2, location - 0.4, location + 0.4, location + 1.2};
                items.add(Item.ofIrt("S" + s + "-" + i, ModelType.GPCM, a, b, Double.NaN, Double.NaN, "S" + s));
            }
        }
        return ItemBank.of(items);
    }

    /** One unnamed scale of 2PL items: a uniform on [0.5, 2.5], b uniform on [−3, 3]. */
    static ItemBank twoPl(int size, long seed) {
        SplitMix random = new SplitMix(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            double a = 0.5 + 2 * random.nextDouble();
            double b = -3 + 6 * random.nextDouble();
            items.add(Item.ofIrt("I" + i, ModelType.TWO_PL, a, new double[] {b}, Double.NaN, Double.NaN, ""));
        }
        return ItemBank.of(items);
    }

    /** A category drawn from P(X = k | θ). */
    static int draw(Item item, double theta, SplitMix random) {
        return InverseTransform.category(item.model(), theta, random.nextDouble());
    }

    /** Runs a whole test for an examinee with the given true θ per scale (design order). */
    static CatSession run(CatEngine engine, double[] theta, long seed) {
        SplitMix random = new SplitMix(seed ^ 0x5DEECE66DL);
        List<String> scales = engine.design().scales();
        CatSession session = engine.start(seed);
        for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
            Item item = step.item().orElseThrow();
            session = engine.answer(step.session(), item.id(),
                    draw(item, theta[scales.indexOf(item.scale().orElse(""))], random));
        }
        return session;
    }
}

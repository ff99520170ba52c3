package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.cat.internal.SplitMix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A session restored from its JSON at any point continues exactly as the original. */
class SessionJsonProperties {

    @Property(tries = 200, seed = "20261129")
    void aRestoredSessionContinuesTheSameTest(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int cut,
            @ForAll boolean awaiting) {
        CatEngine engine = CatEngine.of(RandomDesigns.design(seed));
        SplitMix answers = new SplitMix(seed + 1);
        CatSession original = engine.start(seed);
        CatSession restored = null;
        for (int step = 0; ; step++) {
            if (step == cut && !awaiting) {
                restored = engine.restore(original.toJson());
                assertEquals(original, restored);
            }
            Step next = engine.next(original);
            if (restored != null) {
                Step other = engine.next(restored);
                assertEquals(next.item(), other.item());
                assertEquals(next.session(), other.session());
                restored = other.session();
            }
            if (next.finished()) {
                break;
            }
            original = next.session();
            if (step == cut && awaiting) {
                restored = engine.restore(original.toJson());
                assertEquals(original, restored);
            }
            int category = answers.nextInt(next.item().orElseThrow().model().categories());
            original = engine.answer(original, category);
            if (restored != null) {
                restored = engine.answer(restored, category);
                assertEquals(original.toJson(), restored.toJson());
            }
        }
        if (restored != null) {
            assertEquals(engine.result(original), engine.result(restored));
        }
    }
}

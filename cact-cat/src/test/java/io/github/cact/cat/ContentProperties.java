package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Enemy and together sets and the length limits hold in every test of every random design. */
class ContentProperties {

    @Property(tries = 300, seed = "20261129")
    void enemiesNeverMeetAndTogetherSetsComeWholeAndInOrder(@ForAll long seed) {
        CatDesign design = RandomDesigns.design(seed);
        CatEngine engine = CatEngine.of(design);
        CatSession session = Banks.run(engine, new double[] {0.5, -0.5}, seed);
        List<String> given = new ArrayList<>();
        session.responses().forEach(r -> given.add(r.itemId()));
        for (List<String> enemies : design.content().enemySets()) {
            assertTrue(enemies.stream().filter(given::contains).count() <= 1, "enemies " + enemies + " in " + given);
        }
        for (List<String> set : design.content().togetherSets()) {
            List<Integer> at = set.stream().map(given::indexOf).filter(i -> i >= 0).sorted().toList();
            if (at.isEmpty()) {
                continue;
            }
            assertEquals(set.size(), at.size(), "together set " + set + " broken in " + given);
            assertEquals(set.size() - 1, at.get(at.size() - 1) - at.get(0), "together set " + set + " split in " + given);
            List<String> rest = new ArrayList<>(set);
            rest.remove(given.get(at.get(0)));
            assertEquals(rest, given.subList(at.get(0) + 1, at.get(0) + set.size()));
        }
        StoppingRule stop = design.stopping();
        assertTrue(given.size() <= stop.maxTotal());
        CatResult result = engine.result(session);
        assertTrue(result.finished());
        for (ScaleResult s : result.scales()) {
            assertTrue(s.items() <= stop.maxItems(s.scale()), s.toString());
            assertTrue(s.stopReason().isPresent(), s.toString());
        }
    }
}

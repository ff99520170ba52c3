package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.competency.CutScores;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Information at the decision: every choice is the free item with the most Fisher information (computed by
 * its model) at the cut nearest the current θ̂, or at the standard's cut, or at θ̂ without cut scores.
 */
class CutInformationTest {

    private static final ItemBank BANK = Banks.twoPl(200, 31);
    private static final CutScores CUTS = CutScores.of("", -1.2, 0.2, 1.0, 2.0);

    @Test
    void eachItemIsTheMostInformativeAtTheCutNearestTheta() {
        CatEngine engine = engine(ClassificationStop.posterior(List.of(CUTS), 0.999));
        int checked = walk(engine, 0.9, session -> {
            double theta = session.scales[0].theta;
            double nearest = CUTS.cut(1);
            for (double c : CUTS.cuts()) {
                nearest = Math.abs(c - theta) < Math.abs(nearest - theta) ? c : nearest;
            }
            return nearest;
        });
        assertEquals(10, checked);
    }

    @Test
    void withAStandardEveryItemIsChosenAtThatStandardsCut() {
        CatEngine engine = engine(ClassificationStop.posterior(List.of(CUTS), 0.999).atStandard(Map.of("", 4)));
        walk(engine, -2, session -> 1.0);
    }

    @Test
    void withoutCutScoresTheRuleIsMaximumInformationAtTheta() {
        CatEngine cut = CatEngine.of(CatDesign.builder(BANK).selection(SelectionRule.cutInformation())
                .stopping(StoppingRule.fixedLength(10)).build());
        CatEngine mfi = CatEngine.of(CatDesign.builder(BANK).stopping(StoppingRule.fixedLength(10)).build());
        assertEquals(Banks.run(mfi, new double[] {0.7}, 5).responses(), Banks.run(cut, new double[] {0.7}, 5)
                .responses());
    }

    private static CatEngine engine(ClassificationStop rule) {
        return CatEngine.of(CatDesign.builder(BANK).selection(SelectionRule.cutInformation())
                .stopping(StoppingRule.builder().itemsPerScale(10, 10).classification(rule).build()).build());
    }

    /** Runs a test at true θ, checking each choice against the cut {@code at} names; returns the choices. */
    private static int walk(CatEngine engine, double truth, java.util.function.ToDoubleFunction<CatSession> at) {
        io.github.cact.cat.internal.SplitMix random = new io.github.cact.cat.internal.SplitMix(4);
        CatSession session = engine.start(2);
        Set<String> given = new HashSet<>();
        int checked = 0;
        for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
            double c = at.applyAsDouble(session);
            Item best = null;
            for (Item item : BANK.items()) {
                if (!given.contains(item.id()) && (best == null
                        || item.model().information(c) > best.model().information(c))) {
                    best = item;
                }
            }
            Item chosen = step.item().orElseThrow();
            assertEquals(best.id(), chosen.id(), "after " + given.size() + " items, θ̂ " + session.scales[0].theta);
            given.add(chosen.id());
            session = engine.answer(step.session(), Banks.draw(chosen, truth, random));
            checked++;
        }
        return checked;
    }
}

package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatResult;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.ClassificationStop;
import io.github.cact.cat.Response;
import io.github.cact.cat.ScaleResult;
import io.github.cact.cat.Step;
import io.github.cact.cat.StoppingRule;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The level rule of a simulation: the posterior level probabilities the simulator computes from a scale's
 * answers equal those the engine keeps for the same answers, and the rule changes the levels only, the
 * same people and estimates.
 */
class LevelRuleTest {

    private static final ItemBank BANK = GpcmBanks.of(List.of("A", "B"), 12, 5, 21);
    private static final List<CutScores> CUTS = List.of(CutScores.of("A", -1.5, -0.5, 0.5, 1.5),
            CutScores.of("B", -1, 0, 0.7, 1.9));
    private static final CatDesign DESIGN = CatDesign.builder(BANK).stopping(StoppingRule.builder()
            .itemsPerScale(2, 6).classification(ClassificationStop.posterior(CUTS, 0.8)).build()).build();

    @Test
    void theSimulatorsPosteriorLevelsAreTheEnginesForTheSameAnswers() {
        CatEngine engine = CatEngine.of(DESIGN);
        PosteriorLevels posterior = new PosteriorLevels(DESIGN.quadrature());
        SplittableRandom random = new SplittableRandom(5);
        for (int person = 0; person < 20; person++) {
            double theta = -2.5 + 5 * random.nextDouble();
            CatSession session = engine.start(person);
            for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
                session = engine.answer(step.session(), Simulator.draw(step.item().orElseThrow().model(), theta,
                        random));
            }
            CatResult result = engine.result(session);
            for (int s = 0; s < 2; s++) {
                ScaleResult r = result.scales().get(s);
                List<Response> answers = result.responses().stream().filter(x -> x.scale().equals(r.scale())).toList();
                List<Item> items = answers.stream().map(x -> BANK.find(x.itemId()).orElseThrow()).toList();
                int[] categories = answers.stream().mapToInt(Response::category).toArray();
                double[] mine = posterior.of(CUTS.get(s), items.stream().map(Item::model).toArray(ItemModel[]::new),
                        categories).toArray();
                double[] engines = r.levelProbabilities().orElseThrow().toArray();
                for (int k = 0; k < 5; k++) {
                    assertEquals(engines[k], mine[k], 1e-9, "person " + person + ", scale " + r.scale());
                }
            }
        }
    }

    @Test
    void theRuleChangesTheLevelsOnly() {
        SimulationResult estimate = Simulator.builder(DESIGN, CUTS).examinees(300, 0.5).seed(3)
                .fixedForm(FixedForms.spread(BANK, 4)).build().run();
        SimulationResult probable = Simulator.builder(DESIGN, CUTS).examinees(300, 0.5).seed(3)
                .fixedForm(FixedForms.spread(BANK, 4)).levelRule(LevelRule.MOST_PROBABLE).build().run();
        int differ = 0;
        for (int n = 0; n < 300; n++) {
            for (int s = 0; s < 2; s++) {
                assertEquals(estimate.adaptive().theta(n, s), probable.adaptive().theta(n, s));
                assertEquals(estimate.fixed().theta(n, s), probable.fixed().theta(n, s));
                differ += estimate.fixed().level(n, s) != probable.fixed().level(n, s) ? 1 : 0;
                differ += estimate.adaptive().level(n, s) != probable.adaptive().level(n, s) ? 1 : 0;
            }
        }
        assertArrayEquals(new int[] {estimate.adaptive().trueLevel(0, 0), estimate.adaptive().trueLevel(0, 1)},
                new int[] {probable.adaptive().trueLevel(0, 0), probable.adaptive().trueLevel(0, 1)});
        org.junit.jupiter.api.Assertions.assertTrue(differ > 0,
                "the level of θ̂ and the most probable level differ for some pairs");
    }
}

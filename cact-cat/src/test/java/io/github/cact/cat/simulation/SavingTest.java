package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.ClassificationStop;
import io.github.cact.cat.StoppingRule;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small version of the adaptive-testing target (the full one, with Sympson–Hetter exposure control and
 * 3,000 examinees, is {@code CatTargets} in cact-benchmarks): on the 9 × 40 GPCM bank with cuts −1.5, −0.5,
 * 0.5, 1.5, maximum-information selection with classification stopping needs at most half the items of the
 * 12-per-competency paper form and classifies the levels at least as accurately, on the same 300 simulated
 * people (2,700 person-competency pairs).
 */
class SavingTest {

    @Test
    void theAdaptiveTestClassifiesAsWellAsThePaperFormWithHalfTheItems() {
        ItemBank bank = GpcmBanks.nineCompetencies(2026);
        List<CutScores> cuts = new ArrayList<>();
        for (String scale : bank.scales()) {
            cuts.add(CutScores.of(scale, -1.5, -0.5, 0.5, 1.5));
        }
        CatDesign design = CatDesign.builder(bank)
                .stopping(StoppingRule.builder().itemsPerScale(3, 10)
                        .classification(ClassificationStop.posterior(cuts, 0.75)).build())
                .build();
        SimulationResult result = Simulator.builder(design, cuts).examinees(300, 0.6).seed(5)
                .fixedForm(FixedForms.spread(bank, 12)).build().run();
        DesignSummary adaptive = result.adaptive().summary();
        DesignSummary paper = result.fixed().summary();
        assertTrue(paper.meanItems() == 108, "12 items on each of 9 competencies");
        assertTrue(adaptive.meanItems() <= 54, "mean items " + adaptive.meanItems());
        assertTrue(adaptive.overall().classificationAccuracy() >= paper.overall().classificationAccuracy(),
                "accuracy " + adaptive.overall().classificationAccuracy() + " against the paper form's "
                        + paper.overall().classificationAccuracy());
    }
}

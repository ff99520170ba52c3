package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.ItemBank;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Type-I error on DIF-free data: both groups answer the same 2PL items ({@link DifSimulation#twoPl}, 10
 * items) from the same N(0, 1), N = 500 per group, seeds 1000..; each test at α = 0.05 on its unadjusted
 * p-value, purification off (a single test per item, as its nominal level assumes). Over R replications of
 * 10 items the rejection rate of a level-α test has SD about √(α(1 − α)/(10 R)) (more, since items of one
 * replication share their examinees); the bounds are four such SDs. The IRT test runs fewer replications
 * of 5 items, as each needs six multiple-group calibrations; {@code -Dcact.dif.heavy=true} runs 200 of them.
 */
class TypeOneErrorTest {

    private static final double ALPHA = 0.05;

    static double[] rejectionRates(Set<DifMethod> methods, int items, int perGroup, int replications) {
        ItemBank bank = DifSimulation.twoPl(items);
        DifAnalysis analysis = DifAnalysis.of(DifOptions.builder().methods(methods).purification(false)
                .build());
        double[] rejected = new double[DifMethod.values().length + 2];
        for (int r = 0; r < replications; r++) {
            DifSimulation sim = DifSimulation.of(bank, bank, perGroup, 0, 1, 1000 + r);
            DifResult result = analysis.run(sim.responses(), bank, sim.groups());
            for (ItemDif item : result.items()) {
                item.mantelHaenszel().ifPresent(mh -> rejected[0] += mh.p() < ALPHA ? 1 : 0);
                item.logistic().ifPresent(lr -> {
                    rejected[1] += lr.p() < ALPHA ? 1 : 0;
                    rejected[3] += lr.uniformP() < ALPHA ? 1 : 0;
                    rejected[4] += lr.nonUniformP() < ALPHA ? 1 : 0;
                });
                item.irt().ifPresent(irt -> rejected[2] += irt.p() < ALPHA ? 1 : 0);
            }
        }
        for (int k = 0; k < rejected.length; k++) {
            rejected[k] /= (double) replications * items;
        }
        return rejected;
    }

    private static double bound(int tests) {
        return 4 * Math.sqrt(ALPHA * (1 - ALPHA) / tests);
    }

    @Test
    void observedScoreTestsRejectAtAboutTheNominalLevel() {
        int replications = 200;
        double[] rate = rejectionRates(EnumSet.of(DifMethod.MANTEL_HAENSZEL, DifMethod.LOGISTIC), 10, 500,
                replications);
        double bound = bound(replications * 10);
        assertEquals(ALPHA, rate[0], bound, "Mantel–Haenszel");
        assertEquals(ALPHA, rate[1], bound, "logistic, 2 df");
        assertEquals(ALPHA, rate[3], bound, "logistic, uniform");
        assertEquals(ALPHA, rate[4], bound, "logistic, non-uniform");
    }

    @Test
    void irtLikelihoodRatioRejectsAtAboutTheNominalLevel() {
        int replications = Boolean.getBoolean("cact.dif.heavy") ? 200 : 20;
        double[] rate = rejectionRates(EnumSet.of(DifMethod.IRT_LIKELIHOOD_RATIO), 5, 500, replications);
        assertEquals(ALPHA, rate[2], bound(replications * 5), "IRT likelihood ratio");
    }
}

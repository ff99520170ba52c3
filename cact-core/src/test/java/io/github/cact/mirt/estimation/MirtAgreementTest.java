package io.github.cact.mirt.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.MultidimensionalSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On three correlated factors, MH-RM and QMC-EM reach the optimum that quadrature EM reaches: slopes and
 * intercepts within 1e-2, correlations within 5e-3 (the tolerances asked of mirt's quadrature EM).
 */
class MirtAgreementTest {

    private static MultidimensionalBank truth;
    private static ResponseMatrix data;
    private static QuadratureReference reference;

    @BeforeAll
    static void fitReference() {
        truth = MirtFixtures.simpleStructure(3, 5, 0.6, 3);
        data = MultidimensionalSimulator.of(truth, 4).simulate(1000).responses();
        int[] factor = truth.items().stream().mapToInt(i -> i.loadings()[0]).toArray();
        reference = new QuadratureReference(factor, 3, 15);
        reference.fit(data, 1e-7, 3000);
    }

    @Test
    void gaussHermiteRuleIntegratesMomentsOfTheNormal() {
        double[][] gh = QuadratureReference.gaussHermite(15);
        double m0 = 0;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < 15; i++) {
            m0 += gh[1][i];
            m2 += gh[1][i] * Math.pow(gh[0][i], 2);
            m4 += gh[1][i] * Math.pow(gh[0][i], 4);
        }
        assertEquals(1, m0, 1e-12);
        assertEquals(1, m2, 1e-12);
        assertEquals(3, m4, 1e-11);
    }

    @Test
    void qmcEmAgreesWithQuadratureEm() {
        MirtResult r = MirtCalibrator.of(MirtOptions.builder().method(EstimationMethod.QMCEM).qmcPoints(4000)
                .emTolerance(1e-6).maxCycles(3000).build()).calibrate(data, MirtFixtures.modelOf(truth));
        assertTrue(r.converged(), r.warnings().toString());
        assertAgrees(r);
    }

    @Test
    void mhRmAgreesWithQuadratureEm() {
        MirtResult r = MirtCalibrator.of(MirtOptions.builder().averagingCycles(300).tolerance(1e-4)
                .maxCycles(5000).build()).calibrate(data, MirtFixtures.modelOf(truth));
        assertTrue(r.converged(), r.warnings().toString());
        assertAgrees(r);
    }

    private static void assertAgrees(MirtResult r) {
        MultidimensionalBank bank = r.bank();
        double worstItem = 0;
        for (int j = 0; j < bank.size(); j++) {
            MultidimensionalItem item = bank.item(j);
            double a = item.slope(item.loadings()[0]);
            worstItem = Math.max(worstItem, Math.abs(a - reference.slopes[j]));
            worstItem = Math.max(worstItem, Math.abs(item.intercepts()[0] - reference.intercepts[j]));
        }
        double worstR = 0;
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < i; k++) {
                worstR = Math.max(worstR, Math.abs(bank.latent().correlation(i, k) - reference.latent.correlation(i, k)));
            }
        }
        System.out.printf("%s against quadrature EM (%d cycles): largest item difference %.5f, correlation %.5f%n",
                r.method(), reference.cycles, worstItem, worstR);
        assertTrue(worstItem <= 1e-2, "largest slope/intercept difference " + worstItem);
        assertTrue(worstR <= 5e-3, "largest correlation difference " + worstR);
    }
}

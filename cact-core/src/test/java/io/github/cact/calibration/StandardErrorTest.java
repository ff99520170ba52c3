package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.numerics.Logistic;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standard errors against an independent numerical Hessian: the LSAT7 2PL marginal log-likelihood is
 * written out here from scratch (patterns × 61 nodes) and differentiated twice by central differences.
 */
class StandardErrorTest {

    private static final Quadrature GRID = Quadrature.calibrationDefault();

    private static Map<String, Integer> patterns(ResponseMatrix data) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int n = 0; n < data.examinees(); n++) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < data.items(); i++) {
                key.append(data.response(n, i));
            }
            counts.merge(key.toString(), 1, Integer::sum);
        }
        return counts;
    }

    /** ℓ(a1, d1, ..., a5, d5) of a 2PL with θ ~ N(0, 1) on the grid. */
    private static double logLikelihood(Map<String, Integer> counts, double[] x) {
        double ll = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            double marginal = 0;
            for (int q = 0; q < GRID.size(); q++) {
                double like = GRID.weight(q);
                for (int i = 0; i < key.length(); i++) {
                    double p = Logistic.sigmoid(x[2 * i] * GRID.node(q) + x[2 * i + 1]);
                    like *= key.charAt(i) == '1' ? p : 1 - p;
                }
                marginal += like;
            }
            ll += e.getValue() * Math.log(marginal);
        }
        return ll;
    }

    private static double[] numericalStandardErrors(Map<String, Integer> counts, double[] x) {
        int n = x.length;
        double h = 1e-3;
        TestMatrix info = new TestMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double[] pp = x.clone();
                double[] pm = x.clone();
                double[] mp = x.clone();
                double[] mm = x.clone();
                pp[i] += h;
                pp[j] += h;
                pm[i] += h;
                pm[j] -= h;
                mp[i] -= h;
                mp[j] += h;
                mm[i] -= h;
                mm[j] -= h;
                double second = (logLikelihood(counts, pp) - logLikelihood(counts, pm) - logLikelihood(counts, mp)
                        + logLikelihood(counts, mm)) / (4 * h * h);
                info.set(i, j, -second);
                info.set(j, i, -second);
            }
        }
        TestMatrix cov = info.inverse();
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            se[i] = Math.sqrt(cov.get(i, i));
        }
        return se;
    }

    @Test
    void centralDifferenceMatchesAnIndependentNumericalHessian() {
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().tolerance(1e-7)
                .standardErrors(StandardErrorMethod.CENTRAL_DIFFERENCE).build()).calibrate(data, ModelType.TWO_PL);
        double[] x = result.estimates();
        assertEquals(result.logLikelihood(), logLikelihood(patterns(data), x), 1e-8);
        double[] expected = numericalStandardErrors(patterns(data), x);
        double[] se = result.standardErrors();
        for (int j = 0; j < x.length; j++) {
            assertEquals(expected[j], se[j], 1e-3 * expected[j], result.parameterNames().get(j));
        }
        assertEquals(se[0], result.standardError("item1", "a").orElseThrow());
        assertEquals(x.length * x.length, result.covariance().length);
    }

    @Test
    void crossProductIsCloseToTheObservedInformation() {
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder().tolerance(1e-7).build())
                .calibrate(data, ModelType.TWO_PL);
        assertEquals(StandardErrorMethod.CROSS_PRODUCT, result.standardErrorMethod());
        double[] expected = numericalStandardErrors(patterns(data), result.estimates());
        double[] se = result.standardErrors();
        for (int j = 0; j < se.length; j++) {
            // both estimate the same information; at N = 1,000 they differ by a few per cent
            assertEquals(expected[j], se[j], 0.1 * expected[j], result.parameterNames().get(j));
        }
    }

    @Test
    void crossProductOfTheSharedSlopeIsCloseToTheObservedInformation() {
        // the 1PL slope is shared: its score adds θ (x − P_i(θ)) over all items
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult crossProduct = Calibrator.of(CalibrationOptions.builder().tolerance(1e-7).build())
                .calibrate(data, ModelType.ONE_PL);
        CalibrationResult observed = Calibrator.of(CalibrationOptions.builder().tolerance(1e-7)
                .standardErrors(StandardErrorMethod.CENTRAL_DIFFERENCE).build()).calibrate(data, ModelType.ONE_PL);
        double[] expected = observed.standardErrors();
        double[] se = crossProduct.standardErrors();
        assertEquals(expected.length, se.length);
        for (int j = 0; j < se.length; j++) {
            assertEquals(expected[j], se[j], 0.1 * expected[j], crossProduct.parameterNames().get(j));
        }
    }

    @Test
    void latentVarianceGetsAStandardError() {
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder()
                .standardErrors(StandardErrorMethod.CENTRAL_DIFFERENCE).build())
                .calibrate(Lsat.load("lsat6"), ModelType.RASCH);
        double se = result.standardError("latent", "variance").orElseThrow();
        assertTrue(se > 0.05 && se < 0.5, "SE of the variance " + se);
    }

    @Test
    void noStandardErrorsWhenNotAsked() {
        CalibrationResult result = Calibrator.of(CalibrationOptions.builder()
                .standardErrors(StandardErrorMethod.NONE).build()).calibrate(Lsat.load("lsat7"), ModelType.TWO_PL);
        assertEquals(0, result.standardErrors().length);
        assertTrue(result.standardError("item1", "a").isEmpty());
    }
}

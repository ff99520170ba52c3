package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.numerics.HighPrecision;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.scoring.Quadrature;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * M2 against its definition through the full multinomial of the 2^5 LSAT7 patterns, its χ² reference
 * distribution under a true model, and its power against a wrong one.
 */
class M2Test {

    private static final Quadrature GRID = Quadrature.calibrationDefault();
    private static final CalibrationOptions NO_SE = CalibrationOptions.builder()
            .standardErrors(StandardErrorMethod.NONE).build();

    /** P(pattern) for the 32 patterns of five 2PL items with slopes a and intercepts d. */
    private static double[] patternProbabilities(double[] a, double[] d) {
        double[] prob = new double[32];
        for (int q = 0; q < GRID.size(); q++) {
            double[] p = new double[5];
            for (int i = 0; i < 5; i++) {
                p[i] = DichotomousItem.of(ModelType.TWO_PL, a[i], d[i], 0, 1).probability(1, GRID.node(q));
            }
            for (int pattern = 0; pattern < 32; pattern++) {
                double like = GRID.weight(q);
                for (int i = 0; i < 5; i++) {
                    like *= (pattern >> i & 1) == 1 ? p[i] : 1 - p[i];
                }
                prob[pattern] += like;
            }
        }
        return prob;
    }

    /** The 15 × 32 matrix that sums pattern probabilities into the univariate and bivariate margins. */
    private static TestMatrix margins() {
        TestMatrix t = new TestMatrix(15, 32);
        for (int pattern = 0; pattern < 32; pattern++) {
            int row = 0;
            for (int i = 0; i < 5; i++) {
                t.set(row++, pattern, pattern >> i & 1);
            }
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    t.set(row++, pattern, (pattern >> i & 1) * (pattern >> j & 1));
                }
            }
        }
        return t;
    }

    @Test
    void m2EqualsTheDefinitionThroughTheFullMultinomial() {
        ResponseMatrix data = Lsat.load("lsat7");
        CalibrationResult result = Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL);
        double[] par = new double[10];
        for (int i = 0; i < 5; i++) {
            String id = "item" + (i + 1);
            par[i] = result.estimates()[result.parameterNames().indexOf(id + ".a")];
            par[5 + i] = result.estimates()[result.parameterNames().indexOf(id + ".d")];
        }
        double[] frequencies = new double[32];
        for (int n = 0; n < data.examinees(); n++) {
            int pattern = 0;
            for (int i = 0; i < 5; i++) {
                pattern |= data.response(n, i) << i;
            }
            frequencies[pattern] += 1.0 / data.examinees();
        }
        double m2 = m2ByDefinition(margins(), x -> patternProbabilities(Arrays.copyOfRange(x, 0, 5),
                Arrays.copyOfRange(x, 5, 10)), par, frequencies, data.examinees());

        LimitedInformationFit fit = result.limitedInformationFit().orElseThrow();
        assertEquals(m2, fit.m2(), 1e-5 * m2);
        assertEquals(15 - 10, fit.df());
        assertEquals(HighPrecision.chiSquareUpperTail(m2, 5), fit.pValue(), 1e-6);
        assertEquals(Math.sqrt(Math.max(0, (m2 - 5) / (5 * 999.0))), fit.rmsea(), 1e-6);
        assertEquals(1000, fit.examinees());
        assertFalse(fit.collapsed());
        assertTrue(fit.srmsr() > 0 && fit.srmsr() < 0.1, fit.toString());
    }

    /** P(pattern) for 4 GPCM items of 3 categories, parameters (a, c1, c2) per item; pattern digits base 3. */
    private static double[] gpcmPatternProbabilities(double[] par) {
        double[] prob = new double[81];
        double[][] p = new double[4][3];
        for (int q = 0; q < GRID.size(); q++) {
            for (int i = 0; i < 4; i++) {
                PartialCreditItem.gpcm(par[3 * i], new double[] {par[3 * i + 1], par[3 * i + 2]})
                        .probabilities(GRID.node(q), p[i]);
            }
            for (int pattern = 0; pattern < 81; pattern++) {
                double like = GRID.weight(q);
                for (int i = 0, rest = pattern; i < 4; i++, rest /= 3) {
                    like *= p[i][rest % 3];
                }
                prob[pattern] += like;
            }
        }
        return prob;
    }

    /**
     * C2 for polytomous items against its definition through the full multinomial of 3^4 patterns: the
     * moments are P(X_i = 1), P(X_i = 2) per item and E[X_i X_j] per pair.
     */
    @Test
    void c2EqualsTheDefinitionThroughTheFullMultinomial() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.GPCM, 4, 3, 27);
        ResponseMatrix data = ResponseSimulator.of(truth, 28).simulate(3000).responses();
        CalibrationResult result = Calibrator.of(NO_SE).calibrate(data, ModelType.GPCM);
        double[] par = new double[12];
        for (int i = 0; i < 4; i++) {
            String id = data.itemId(i);
            String[] names = {".a", ".c1", ".c2"};
            for (int j = 0; j < 3; j++) {
                par[3 * i + j] = result.estimates()[result.parameterNames().indexOf(id + names[j])];
            }
            double[] mine = new double[3];
            double[] bank = new double[3];
            PartialCreditItem.gpcm(par[3 * i], new double[] {par[3 * i + 1], par[3 * i + 2]}).probabilities(0.3, mine);
            result.bank().model(i).probabilities(0.3, bank);
            assertEquals(bank[2], mine[2], 1e-12, "the parameters rebuild the calibrated item");
        }
        TestMatrix t = new TestMatrix(8 + 6, 81);
        for (int pattern = 0; pattern < 81; pattern++) {
            int[] x = new int[4];
            for (int i = 0, rest = pattern; i < 4; i++, rest /= 3) {
                x[i] = rest % 3;
            }
            int row = 0;
            for (int i = 0; i < 4; i++) {
                t.set(row++, pattern, x[i] == 1 ? 1 : 0);
                t.set(row++, pattern, x[i] == 2 ? 1 : 0);
            }
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    t.set(row++, pattern, x[i] * x[j]);
                }
            }
        }
        double[] frequencies = new double[81];
        for (int n = 0; n < data.examinees(); n++) {
            int pattern = 0;
            for (int i = 3; i >= 0; i--) {
                pattern = 3 * pattern + data.response(n, i);
            }
            frequencies[pattern] += 1.0 / data.examinees();
        }
        double m2 = m2ByDefinition(t, M2Test::gpcmPatternProbabilities, par, frequencies, data.examinees());

        LimitedInformationFit fit = result.limitedInformationFit().orElseThrow();
        assertTrue(fit.collapsed());
        assertEquals(14 - 12, fit.df());
        assertEquals(m2, fit.m2(), 1e-5 * m2);
    }

    /**
     * M2 through the full multinomial: with π the pattern probabilities, T the moments' indicator matrix and
     * p the observed pattern frequencies, Ξ = T (diag π − ππ') T', Δ = T ∂π/∂γ' (central differences),
     * e = T (p − π) and M2 = N e' [Ξ⁻¹ − Ξ⁻¹Δ(Δ'Ξ⁻¹Δ)⁻¹Δ'Ξ⁻¹] e.
     */
    private static double m2ByDefinition(TestMatrix t, Function<double[], double[]> probabilities,
            double[] parameters, double[] frequencies, int examinees) {
        double[] pi = probabilities.apply(parameters);
        int patterns = pi.length;
        TestMatrix multinomial = new TestMatrix(patterns, patterns);
        for (int r = 0; r < patterns; r++) {
            for (int c = 0; c < patterns; c++) {
                multinomial.set(r, c, (r == c ? pi[r] : 0) - pi[r] * pi[c]);
            }
        }
        TestMatrix xi = t.times(multinomial).times(t.transpose());
        TestMatrix jacobian = new TestMatrix(patterns, parameters.length);
        double h = 1e-6;
        for (int j = 0; j < parameters.length; j++) {
            double[] shifted = parameters.clone();
            shifted[j] = parameters[j] + h;
            double[] up = probabilities.apply(shifted);
            shifted[j] = parameters[j] - h;
            double[] down = probabilities.apply(shifted);
            for (int pattern = 0; pattern < patterns; pattern++) {
                jacobian.set(pattern, j, (up[pattern] - down[pattern]) / (2 * h));
            }
        }
        TestMatrix delta = t.times(jacobian);
        double[] observed = t.times(frequencies);
        double[] model = t.times(pi);
        double[] e = new double[observed.length];
        for (int m = 0; m < e.length; m++) {
            e[m] = observed[m] - model[m];
        }
        TestMatrix xiInverse = xi.inverse();
        TestMatrix middle = delta.transpose().times(xiInverse).times(delta).inverse();
        TestMatrix c2 = xiInverse.minus(xiInverse.times(delta).times(middle).times(delta.transpose())
                .times(xiInverse));
        return examinees * TestMatrix.dot(e, c2.times(e));
    }

    /**
     * Under the true model M2 is asymptotically χ²_df: over 100 simulated data sets its mean is near df
     * (the mean of 100 draws has SD √(2 df / 100)) and it rejects at the 5 % level about 5 times.
     */
    @Test
    void m2FollowsItsChiSquareReferenceUnderTheTrueModel() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 6, 2, 21);
        double sum = 0;
        int rejected = 0;
        int replications = 100;
        for (int r = 0; r < replications; r++) {
            ResponseMatrix data = ResponseSimulator.of(truth, 1000 + r).simulate(1000).responses();
            LimitedInformationFit fit = Calibrator.of(NO_SE).calibrate(data, ModelType.TWO_PL)
                    .limitedInformationFit().orElseThrow();
            assertEquals(21 - 12, fit.df());
            sum += fit.m2();
            rejected += fit.pValue() < 0.05 ? 1 : 0;
        }
        double mean = sum / replications;
        double sd = Math.sqrt(2 * 9.0 / replications);
        assertEquals(9.0, mean, 3 * sd, "mean M2 over " + replications + " true-model data sets");
        assertTrue(rejected <= 12, rejected + " rejections at 5 % in " + replications);
    }

    @Test
    void c2FollowsItsChiSquareReferenceForGeneralizedPartialCredit() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.GPCM, 8, 3, 22);
        double sum = 0;
        int replications = 40;
        for (int r = 0; r < replications; r++) {
            ResponseMatrix data = ResponseSimulator.of(truth, 2000 + r).simulate(1500).responses();
            CalibrationResult result = Calibrator.of(NO_SE).calibrate(data, ModelType.GPCM);
            LimitedInformationFit fit = result.limitedInformationFit()
                    .orElseThrow(() -> new AssertionError(result.warnings()));
            assertTrue(fit.collapsed());
            assertEquals(8 * 2 + 28 - 8 * 3, fit.df());
            sum += fit.m2();
        }
        double sd = Math.sqrt(2 * 20.0 / replications);
        assertEquals(20.0, sum / replications, 3 * sd);
    }

    @Test
    void m2RejectsRaschForItemsOfVeryDifferentDiscrimination() {
        List<Item> items = new ArrayList<>();
        double[] slopes = {0.4, 0.7, 1.0, 1.5, 2.2, 3.0};
        for (int i = 0; i < slopes.length; i++) {
            items.add(Item.of("I" + i, DichotomousItem.twoPl(slopes[i], -1 + 0.4 * i)));
        }
        ResponseMatrix data = ResponseSimulator.of(ItemBank.of(items), 5).simulate(2000).responses();
        LimitedInformationFit rasch = Calibrator.of(NO_SE).calibrate(data, ModelType.RASCH)
                .limitedInformationFit().orElseThrow();
        LimitedInformationFit twoPl = Calibrator.of(NO_SE).calibrate(data, ModelType.TWO_PL)
                .limitedInformationFit().orElseThrow();
        assertEquals(21 - 7, rasch.df(), "6 difficulties and the latent variance");
        assertTrue(rasch.pValue() < 1e-6, rasch.toString());
        assertTrue(twoPl.pValue() > 0.01, twoPl.toString());
        assertTrue(rasch.rmsea() > twoPl.rmsea() && rasch.srmsr() > twoPl.srmsr());
    }

    @Test
    void noDegreesOfFreedomIsAWarningNotAStatistic() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.GPCM, 3, 5, 23);
        ResponseMatrix data = ResponseSimulator.of(truth, 24).simulate(800).responses();
        CalibrationResult result = Calibrator.of(NO_SE).calibrate(data, ModelType.GPCM);
        assertTrue(result.limitedInformationFit().isEmpty());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("M2 not computed: 15 first- and"
                + " second-order moments leave no degrees of freedom for 15 estimated parameters")),
                result.warnings().toString());
    }

    /**
     * The noncentral χ² distribution function against a simulation of Σ (Z_i + μ_i)² with Σ μ_i² = λ
     * (200,000 draws: the empirical value has SD ≤ 0.0012), and against the central one at λ = 0.
     */
    @Test
    void noncentralChiSquareMatchesSimulation() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(41);
        int df = 5;
        double lambda = 4;
        double mu = Math.sqrt(lambda / df);
        int draws = 200_000;
        double[] x = {3, 6, 10, 16};
        int[] below = new int[x.length];
        for (int d = 0; d < draws; d++) {
            double sum = 0;
            for (int i = 0; i < df; i++) {
                double z = random.nextGaussian() + mu;
                sum += z * z;
            }
            for (int k = 0; k < x.length; k++) {
                below[k] += sum <= x[k] ? 1 : 0;
            }
        }
        for (int k = 0; k < x.length; k++) {
            assertEquals((double) below[k] / draws, FitStatistics.noncentralChiSquareCdf(x[k], df, lambda), 0.005,
                    "x = " + x[k]);
            assertEquals(1 - HighPrecision.chiSquareUpperTail(x[k], df),
                    FitStatistics.noncentralChiSquareCdf(x[k], df, 0), 1e-12);
        }
        assertEquals(0.0, FitStatistics.noncentralChiSquareCdf(0, df, lambda));
        // far in the mixture (λ = 3,000): still a distribution function, near 0.5 at its mean df + λ
        assertEquals(0.5, FitStatistics.noncentralChiSquareCdf(3005, df, 3000), 0.02);
    }

    @Test
    void rmseaIntervalBoundsAreTheNoncentralQuantilesAndHoldThePointValue() {
        LimitedInformationFit lsat7 = Calibrator.withDefaults().calibrate(Lsat.load("lsat7"), ModelType.TWO_PL)
                .limitedInformationFit().orElseThrow();
        double scale = lsat7.df() * (lsat7.examinees() - 1.0);
        double lower = lsat7.rmseaLower() * lsat7.rmseaLower() * scale;
        double upper = lsat7.rmseaUpper() * lsat7.rmseaUpper() * scale;
        assertEquals(0.95, FitStatistics.noncentralChiSquareCdf(lsat7.m2(), lsat7.df(), lower), 1e-9);
        assertEquals(0.05, FitStatistics.noncentralChiSquareCdf(lsat7.m2(), lsat7.df(), upper), 1e-9);
        assertTrue(0 < lsat7.rmseaLower() && lsat7.rmseaLower() < lsat7.rmsea() && lsat7.rmsea() < lsat7.rmseaUpper(),
                lsat7.toString());
        // M2 below its df's 95th percentile: the interval starts at 0
        LimitedInformationFit lsat6 = Calibrator.withDefaults().calibrate(Lsat.load("lsat6"), ModelType.TWO_PL)
                .limitedInformationFit().orElseThrow();
        assertEquals(0.0, lsat6.rmseaLower());
        assertEquals(0.0, lsat6.rmsea());
        assertTrue(lsat6.rmseaUpper() > 0);
    }

    @Test
    void m2MaxMomentsBoundsTheTestsItIsComputedFor() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 32, 2, 29);
        ResponseMatrix data = ResponseSimulator.of(truth, 30).simulate(1000).responses();
        CalibrationOptions.Builder options = CalibrationOptions.builder().standardErrors(StandardErrorMethod.NONE);
        assertEquals(500, options.build().m2MaxMoments());
        assertTrue(Calibrator.of(options.build()).calibrate(data, ModelType.TWO_PL).limitedInformationFit().isEmpty(),
                "32 + 496 = 528 moments are over the default limit");
        LimitedInformationFit fit = Calibrator.of(options.m2MaxMoments(528).build()).calibrate(data, ModelType.TWO_PL)
                .limitedInformationFit().orElseThrow();
        assertEquals(528 - 64, fit.df());
        assertTrue(Calibrator.of(options.m2MaxMoments(0).build()).calibrate(Lsat.load("lsat7"), ModelType.TWO_PL)
                .limitedInformationFit().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CalibrationOptions.builder().m2MaxMoments(-1));
    }

    @Test
    void missingResponsesLeaveOnlyCompletePatternsAndSaySo() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 6, 2, 25);
        ResponseMatrix data = ResponseSimulator.of(truth, 26).withMissingRate(0.05).simulate(1000).responses();
        CalibrationResult result = Calibrator.of(NO_SE).calibrate(data, ModelType.TWO_PL);
        LimitedInformationFit fit = result.limitedInformationFit().orElseThrow();
        int complete = 0;
        for (int n = 0; n < data.examinees(); n++) {
            boolean all = true;
            for (int i = 0; i < data.items(); i++) {
                all &= data.response(n, i) >= 0;
            }
            complete += all ? 1 : 0;
        }
        assertTrue(complete < 1000 && complete > 600);
        assertEquals(complete, fit.examinees());
        assertTrue(result.warnings().contains("M2 uses the " + complete + " of 1000 examinees who answered every item"),
                result.warnings().toString());
    }

    /**
     * 40 right/wrong items have 40 + 780 = 820 moments, above the default limit of 500: M2 is left out and
     * a warning gives both numbers and the option; with the limit raised to 820 it is computed, with
     * df = 820 − 80 parameters = 740.
     */
    @Test
    void m2AboveTheMomentLimitIsAWarningNamingTheLimit() {
        ItemBank truth = ResponseSimulator.randomBank(ModelType.TWO_PL, 40, 2, 41);
        ResponseMatrix data = ResponseSimulator.of(truth, 42).simulate(1000).responses();
        CalibrationResult capped = Calibrator.of(NO_SE).calibrate(data, ModelType.TWO_PL);
        assertTrue(capped.limitedInformationFit().isEmpty());
        assertTrue(capped.warnings().stream().anyMatch(w -> w.startsWith("M2 not computed: 40 items have 820 first-"
                + " and second-order moments, above the limit of 500 (CalibrationOptions.m2MaxMoments); raise the"
                + " limit to at least 820")), capped.warnings().toString());
        CalibrationResult raised = Calibrator.of(NO_SE.toBuilder().m2MaxMoments(820).build())
                .calibrate(data, ModelType.TWO_PL);
        LimitedInformationFit fit = raised.limitedInformationFit().orElseThrow();
        assertEquals(740, fit.df());
        assertEquals(HighPrecision.chiSquareUpperTail(fit.m2(), 740), fit.pValue(), 1e-9);
        assertEquals(Math.sqrt(Math.max(0, (fit.m2() - 740) / (740.0 * 999))), fit.rmsea(), 1e-12);
        assertTrue(raised.warnings().stream().noneMatch(w -> w.startsWith("M2 not computed")),
                raised.warnings().toString());
        assertEquals(capped.bank(), raised.bank(), "the limit changes nothing but M2");
    }
}

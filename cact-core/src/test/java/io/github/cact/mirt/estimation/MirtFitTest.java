package io.github.cact.mirt.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.calibration.Calibrator;
import io.github.cact.calibration.CalibrationResult;
import io.github.cact.calibration.LimitedInformationFit;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalSimulator;
import io.github.cact.reference.References;
import io.github.cact.reference.References.Published;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The multidimensional engine with one factor against the unidimensional calibration and mirt's published
 * Rasch fit of LSAT6, and M2 against its definition.
 */
class MirtFitTest {

    private static final MirtOptions EM = MirtOptions.builder().method(EstimationMethod.QMCEM).qmcPoints(4000)
            .emTolerance(1e-7).maxCycles(5000).build();

    private static FactorModel oneFactor(ResponseMatrix data, ModelType type) {
        Map<String, String> scales = new LinkedHashMap<>();
        for (String id : data.itemIds()) {
            scales.put(id, "theta");
        }
        return FactorModel.simpleStructure(scales, type);
    }

    /**
     * mirt's Rasch convention (slopes 1, the latent variance free) in the correlated-factor engine: on LSAT6
     * the factor variance and intercepts are mirt's printed values (lsat6-mirt.json), to their printed
     * digits; the engine estimates them as the 1PL with a common slope √Var.
     */
    @Test
    void raschOnLsat6HasMirtsVarianceInterceptsAndLogLikelihood() {
        Published mirt = References.published("lsat6-mirt.json").section("rasch");
        ResponseMatrix data = References.lsatPatterns("lsat6");
        MirtResult r = MirtCalibrator.of(EM).calibrate(data, oneFactor(data, ModelType.RASCH));
        assertTrue(r.converged(), r.warnings().toString());
        assertEquals(mirt.number("latentVariance"), r.factorVariances()[0], 2e-3);
        double[] d = mirt.numbers("d");
        for (int j = 0; j < d.length; j++) {
            assertEquals(ModelType.ONE_PL, r.bank().item(j).type());
            assertEquals(d[j], r.bank().item(j).intercepts()[0], 2e-3, "d" + (j + 1));
        }
        assertEquals(mirt.number("logLikelihood"), r.logLikelihood(), 0.01);
        assertEquals(6, r.parameterCount());
    }

    /**
     * With one factor the model is the unidimensional one and its M2 the unidimensional M2 (quadrature);
     * they differ by the QMC error of the margins and of the estimates only (here within 0.2 %). LSAT7 2PL
     * (df 5) and LSAT6 Rasch (df 9, the variance a parameter).
     */
    @Test
    void withOneFactorM2IsTheUnidimensionalM2() {
        for (String name : new String[] {"lsat7", "lsat6"}) {
            ModelType type = name.equals("lsat7") ? ModelType.TWO_PL : ModelType.RASCH;
            ResponseMatrix data = References.lsatPatterns(name);
            CalibrationResult uni = Calibrator.withDefaults().calibrate(data, type);
            LimitedInformationFit expected = uni.limitedInformationFit().orElseThrow();
            MirtResult r = MirtCalibrator.of(EM).calibrate(data, oneFactor(data, type));
            LimitedInformationFit m2 = r.limitedInformationFit().orElseThrow(() -> new AssertionError(r.warnings()));
            System.out.printf("%s %s: M2 %.4f (unidimensional %.4f), df %d, p %.4f; SRMSR %.5f (%.5f)%n", name,
                    type.code(), m2.m2(), expected.m2(), m2.df(), m2.pValue(), m2.srmsr(), expected.srmsr());
            assertEquals(expected.df(), m2.df());
            assertEquals(uni.parameterCount(), r.parameterCount());
            assertEquals(expected.examinees(), m2.examinees());
            assertEquals(expected.m2(), m2.m2(), 2e-3 * expected.m2());
            assertEquals(expected.srmsr(), m2.srmsr(), 2e-3 * expected.srmsr());
            assertEquals(expected.rmsea(), m2.rmsea(), 2e-3 * expected.rmsea() + 1e-5);
        }
    }

    /**
     * Under the true model M2 is asymptotically χ²_df: the mean over 16 simulated two-factor data sets (2PL
     * items) lies within 3 standard deviations √(2 df / 16) of df.
     */
    @Test
    void underTheTrueModelM2AveragesItsDegreesOfFreedom() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(2, 4, 0.5, 31);
        FactorModel model = MirtFixtures.modelOf(truth);
        MirtOptions options = MirtOptions.builder().method(EstimationMethod.QMCEM).qmcPoints(1000).m2Points(2000)
                .standardErrors(false).build();
        int replications = 16;
        double sum = 0;
        int df = 0;
        for (int k = 0; k < replications; k++) {
            ResponseMatrix data = MultidimensionalSimulator.of(truth, 100 + k).simulate(800).responses();
            LimitedInformationFit m2 = MirtCalibrator.of(options).calibrate(data, model).limitedInformationFit()
                    .orElseThrow();
            sum += m2.m2();
            df = m2.df();
        }
        // 8 univariate and 28 bivariate margins, 16 item parameters and 1 correlation
        assertEquals(8 + 28 - 17, df);
        double mean = sum / replications;
        System.out.printf("mean M2 over %d replications %.2f, df %d%n", replications, mean, df);
        assertEquals(df, mean, 3 * Math.sqrt(2.0 * df / replications));
    }

    @Test
    void m2IsNotComputedAboveTheMomentLimitAndTheWarningSaysWhy() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(2, 4, 0.5, 31);
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 3).simulate(300).responses();
        MirtResult r = MirtCalibrator.of(MirtOptions.builder().method(EstimationMethod.QMCEM).qmcPoints(300)
                .m2MaxMoments(35).build()).calibrate(data, MirtFixtures.modelOf(truth));
        assertTrue(r.limitedInformationFit().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("M2 not computed: 8 items have 36 first- and"
                + " second-order moments, above the limit of 35 (MirtOptions.m2MaxMoments)")), r.warnings().toString());
    }

    /**
     * Two scales correlated 0.5: the separate scales are the model with R = I, one parameter fewer; the
     * likelihood ratio rejects them, and so does their M2, which sees the moments across the scales.
     */
    @Test
    void separateScalesAreComparedWithTheCorrelatedModel() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(2, 4, 0.5, 41);
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 42).simulate(800).responses();
        FactorModel model = MirtFixtures.modelOf(truth);
        MirtCalibrator calibrator = MirtCalibrator.of(MirtOptions.builder().method(EstimationMethod.QMCEM)
                .qmcPoints(1000).m2Points(2000).build());
        MirtResult fitted = calibrator.calibrate(data, model);
        ScaleComparison c = calibrator.compareWithSeparateScales(data, model, fitted);
        System.out.println(c);
        assertEquals(2, c.scales().size());
        assertEquals(fitted.parameterCount() - 1, c.separate().parameters());
        assertEquals(1, c.likelihoodRatioDf());
        assertEquals(c.scales().get(0).logLikelihood() + c.scales().get(1).logLikelihood(),
                c.separate().logLikelihood(), 1e-9);
        assertEquals(-2 * c.separate().logLikelihood() + 2 * 16, c.separate().aic(), 1e-9);
        assertEquals(fitted.bic(), c.correlated().bic(), 1e-9);
        assertTrue(c.likelihoodRatioPValue() < 1e-6 && c.likelihoodRatio() > 10 * c.likelihoodRatioError(),
                c.toString());
        LimitedInformationFit separateM2 = c.separate().m2().orElseThrow();
        LimitedInformationFit correlatedM2 = c.correlated().m2().orElseThrow();
        assertEquals(correlatedM2.df() + 1, separateM2.df());
        assertTrue(separateM2.pValue() < 1e-6 && separateM2.m2() > correlatedM2.m2() + 30, c.toString());
    }

    @Test
    void separateScalesNeedEveryItemOnOneFactor() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(2, 3, 0.5, 1);
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 2).simulate(300).responses();
        FactorModel.Builder b = FactorModel.builder(ModelType.TWO_PL).factors(List.of("F1", "F2"));
        for (String id : data.itemIds()) {
            b.item(id, id.equals("F1_1") ? List.of("F1", "F2") : List.of(id.substring(0, 2)));
        }
        FactorModel model = b.build();
        MirtCalibrator calibrator = MirtCalibrator.of(MirtOptions.builder().method(EstimationMethod.QMCEM)
                .qmcPoints(300).build());
        MirtResult fitted = calibrator.calibrate(data, model);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calibrator.compareWithSeparateScales(data, model, fitted));
        assertTrue(e.getMessage().startsWith("item 'F1_1' loads on several factors"), e.getMessage());
    }
}

package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null handling, value semantics and option validation of the public types. */
class ApiTest {

    @Test
    void nullsAreRejected() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ResponseMatrix.class, Lsat.load("lsat7"))
                .setDefault(ItemBank.class, io.github.cact.simulation.ResponseSimulator.randomBank(ModelType.TWO_PL,
                        3, 2, 1))
                .setDefault(ModelType.class, ModelType.TWO_PL)
                .setDefault(Quadrature.class, Quadrature.calibrationDefault())
                .setDefault(CalibrationOptions.class, CalibrationOptions.defaults())
                .setDefault(ModelSpec.class, ModelSpec.of(ModelType.TWO_PL))
                .setDefault(LinkingMethod.class, LinkingMethod.MEAN_SIGMA)
                .setDefault(Prior.class, Prior.none())
                .setDefault(String.class, "item1");
        tester.testAllPublicStaticMethods(Calibrator.class);
        tester.testAllPublicInstanceMethods(Calibrator.withDefaults());
        tester.testAllPublicStaticMethods(ModelSpec.class);
        tester.testAllPublicInstanceMethods(ModelSpec.of(ModelType.TWO_PL));
        tester.testAllPublicInstanceMethods(CalibrationOptions.builder());
        tester.testAllPublicStaticMethods(Linking.class);
        tester.testAllPublicInstanceMethods(Calibrator.withDefaults().calibrate(Lsat.load("lsat7"),
                ModelType.TWO_PL));
    }

    @Test
    void valueSemantics() {
        new EqualsTester()
                .addEqualityGroup(Prior.none(), Prior.none())
                .addEqualityGroup(Prior.beta(5, 17), Prior.beta(5, 17), CalibrationOptions.DEFAULT_GUESSING_PRIOR)
                .addEqualityGroup(Prior.normal(0, 2), Prior.normal(0, 2))
                .addEqualityGroup(Prior.logNormal(0, 2))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(CalibrationOptions.defaults(), CalibrationOptions.builder().build(),
                        CalibrationOptions.defaults().toBuilder().build())
                .addEqualityGroup(CalibrationOptions.builder().tolerance(1e-6).build())
                .addEqualityGroup(CalibrationOptions.builder().acceleration(false).build())
                .addEqualityGroup(CalibrationOptions.builder().guessingPrior(Prior.none()).build())
                .addEqualityGroup(CalibrationOptions.builder().m2MaxMoments(1000).build(),
                        CalibrationOptions.builder().m2MaxMoments(1000).build().toBuilder().build())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(ModelSpec.of(ModelType.TWO_PL), ModelSpec.of(ModelType.TWO_PL))
                .addEqualityGroup(ModelSpec.of(ModelType.TWO_PL).withModel("x", ModelType.GRM))
                .addEqualityGroup(ModelSpec.of(ModelType.TWO_PL).withCategories("x", 3))
                .testEquals();
    }

    @Test
    void defaultsAreMirts() {
        CalibrationOptions o = CalibrationOptions.defaults();
        assertEquals(Quadrature.calibrationDefault(), o.quadrature());
        assertEquals(1e-4, o.tolerance());
        assertEquals(500, o.maxCycles());
        assertTrue(o.acceleration());
        assertEquals(Prior.beta(5, 17), o.guessingPrior());
        assertEquals(Prior.none(), o.slopePrior());
        assertEquals(LatentScale.AUTO, o.latentScale());
    }

    @Test
    void badOptionsAreRefusedWithTheValue() {
        CalibrationOptions.Builder b = CalibrationOptions.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.tolerance(Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.maxCycles(0));
        assertThrows(IllegalArgumentException.class, () -> b.parallelism(0));
        assertThrows(IllegalArgumentException.class, () -> b.chunkSize(0));
        assertThrows(IllegalArgumentException.class, () -> b.guessingPrior(Prior.normal(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> b.slopePrior(Prior.beta(2, 2)));
        assertThrows(IllegalArgumentException.class, () -> b.interceptPrior(Prior.logNormal(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> Prior.beta(0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> Prior.normal(0, 0));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.of(ModelType.GRM).withCategories("x", 1));
    }

    @Test
    void m2SizeLimitMayBeZeroButNotNegative() {
        assertEquals(0, CalibrationOptions.builder().m2MaxMoments(0).build().m2MaxMoments());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalibrationOptions.builder().m2MaxMoments(-1));
        assertEquals("m2MaxMoments must be >= 0, got -1", e.getMessage());
    }

    @Test
    void resultListsItsParametersAndIsImmutable() {
        CalibrationResult result = Calibrator.withDefaults().calibrate(Lsat.load("lsat7"), ModelType.TWO_PL);
        assertEquals(List.of("item1.a", "item1.d", "item2.a", "item2.d", "item3.a", "item3.d", "item4.a", "item4.d",
                "item5.a", "item5.d"), result.parameterNames());
        double[] estimates = result.estimates();
        estimates[0] = 99;
        assertEquals(result.bank().model(0).slope(), result.estimates()[0]);
        assertThrows(UnsupportedOperationException.class, () -> result.warnings().add("x"));
        assertTrue(result.toString().contains("converged"));
    }

    @Test
    void priorsPullEstimates() {
        // a tight normal prior on the intercepts pulls them towards its mean
        CalibrationResult free = Calibrator.withDefaults().calibrate(Lsat.load("lsat7"), ModelType.TWO_PL);
        CalibrationResult pulled = Calibrator.of(CalibrationOptions.builder()
                .interceptPrior(Prior.normal(0, 0.1)).slopePrior(Prior.logNormal(0, 0.5)).build())
                .calibrate(Lsat.load("lsat7"), ModelType.TWO_PL);
        for (int i = 0; i < 5; i++) {
            assertTrue(Math.abs(pulled.bank().model(i).intercepts()[0])
                    < Math.abs(free.bank().model(i).intercepts()[0]));
        }
        assertTrue(pulled.logPosterior() < pulled.logLikelihood());
        assertTrue(pulled.logLikelihood() < free.logLikelihood());
    }
}

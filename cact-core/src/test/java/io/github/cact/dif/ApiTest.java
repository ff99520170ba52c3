package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cact.calibration.CalibrationOptions;
import io.github.cact.calibration.ModelSpec;
import io.github.cact.calibration.MultipleGroupCalibrator;
import io.github.cact.calibration.MultipleGroupResult;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Null handling, value semantics and validation of the public DIF types. */
class ApiTest {

    @Test
    void nullsAreRejected() {
        ItemBank bank = DifSimulation.twoPl(3);
        DifSimulation sim = DifSimulation.of(bank, bank, 20, 0, 1, 1);
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ResponseMatrix.class, sim.responses())
                .setDefault(ItemBank.class, bank)
                .setDefault(DifGroups.class, sim.groups())
                .setDefault(DifOptions.class, DifOptions.defaults())
                .setDefault(DifMethod.class, DifMethod.LOGISTIC)
                .setDefault(CalibrationOptions.class, CalibrationOptions.defaults())
                .setDefault(ModelSpec.class, ModelSpec.of(ModelType.TWO_PL))
                .setDefault(List.class, List.of(sim.responses()))
                .setDefault(MultipleGroupResult.class, MultipleGroupCalibrator.withDefaults().calibrate(
                        List.of(sim.responses()), ModelSpec.of(ModelType.TWO_PL), Set.of()))
                .setDefault(String.class, "R");
        tester.testAllPublicStaticMethods(DifAnalysis.class);
        tester.testAllPublicInstanceMethods(DifAnalysis.withDefaults());
        tester.testAllPublicStaticMethods(DifGroups.class);
        tester.testAllPublicStaticMethods(BenjaminiHochberg.class);
        tester.testAllPublicInstanceMethods(DifOptions.builder());
        tester.testAllPublicStaticMethods(MultipleGroupCalibrator.class);
        tester.testAllPublicInstanceMethods(MultipleGroupCalibrator.withDefaults());
        DifResult result = DifAnalysis.of(DifOptions.builder().minGroupSize(2).build()).run(sim.responses(), bank,
                sim.groups());
        tester.testAllPublicInstanceMethods(result);
        tester.testAllPublicInstanceMethods(result.items().get(0));
    }

    @Test
    void optionsAreValuesAndCheckTheirRanges() {
        new EqualsTester()
                .addEqualityGroup(DifOptions.defaults(), DifOptions.builder().build())
                .addEqualityGroup(DifOptions.builder().alpha(0.01).build())
                .addEqualityGroup(DifOptions.builder().methods(EnumSet.of(DifMethod.LOGISTIC)).build())
                .addEqualityGroup(DifOptions.builder().anchors(Set.of("i1")).build())
                .addEqualityGroup(DifOptions.builder().purification(false).build())
                .testEquals();
        assertThrows(IllegalArgumentException.class, () -> DifOptions.builder().alpha(0));
        assertThrows(IllegalArgumentException.class, () -> DifOptions.builder().alpha(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DifOptions.builder().minGroupSize(1));
        assertThrows(IllegalArgumentException.class, () -> DifOptions.builder().maxPurificationPasses(0));
        assertThrows(IllegalArgumentException.class, () -> DifOptions.builder().methods(Set.of()));
        DifOptions d = DifOptions.defaults();
        assertEquals(0.05, d.alpha());
        assertEquals(50, d.minGroupSize());
        assertEquals(10, d.maxPurificationPasses());
        assertTrue(d.purification() && !d.matchIncludesStudiedItem() && d.anchors().isEmpty());
        assertEquals(EnumSet.allOf(DifMethod.class), d.methods());
    }

    @Test
    void resultRecordsRefuseNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new MantelHaenszelDif(Double.NaN, 0.5,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, DifClass.A, 1));
        assertThrows(IllegalArgumentException.class, () -> new MantelHaenszelDif(1, 0.5,
                OptionalDouble.of(Double.POSITIVE_INFINITY), OptionalDouble.of(1), OptionalDouble.of(1), 0, 0,
                DifClass.A, 1));
        assertThrows(IllegalArgumentException.class, () -> new LogisticDif(1, 0.5, 1, 0.5, 2, Double.NaN, 0, 0, 0,
                DifClass.A, 2));
        assertThrows(IllegalArgumentException.class, () -> new IrtLrDif(1, 0, 0.5, List.of(), 3));
    }
}

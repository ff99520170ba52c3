package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Multiple-group calibration recovers a focal group's latent distribution: 2PL, 20 items from
 * {@link ResponseSimulator#randomBank} (seed 3), N = 2,000 per group, reference N(0, 1), focal
 * N(0.5, 1.2²). Sampling error, measured over ten replications (seeds 41, 43, .., 59): the focal mean
 * averaged 0.516 with SD 0.031, the focal variance 1.446 with SD 0.103 (a sample of 2,000 alone gives SDs
 * 0.027 and 0.046; estimating the items adds the rest). The bounds are about three of those SDs.
 */
class MultipleGroupRecoveryTest {

    private static final ItemBank BANK = ResponseSimulator.randomBank(ModelType.TWO_PL, 20, 2, 3);

    private static List<ResponseMatrix> groups(int n, long seed) {
        ResponseMatrix reference = ResponseSimulator.of(BANK, seed).withIdPrefix("r").simulate(n).responses();
        ResponseMatrix focal = ResponseSimulator.of(BANK, seed + 1).withAbility(0.5, 1.2).withIdPrefix("f")
                .simulate(n).responses();
        return List.of(reference, focal);
    }

    @Test
    void focalMeanAndVarianceAreRecovered() {
        MultipleGroupResult result = MultipleGroupCalibrator.withDefaults().calibrate(groups(2000, 41),
                ModelSpec.of(ModelType.TWO_PL), Set.of());
        assertTrue(result.converged());
        assertEquals(0, result.latentMean(0));
        assertEquals(1, result.latentVariance(0));
        assertEquals(0.5, result.latentMean(1), 0.1);
        assertEquals(1.44, result.latentVariance(1), 0.3);
        assertEquals(2 * 20 + 2, result.parameterCount());
        assertEquals(2000, result.examinees(1));
        assertEquals(result.bank(0), result.bank(1));
    }

    @Test
    void aFreedItemGetsItsOwnParametersInEachGroupAndTwoMoreParameters() {
        List<ResponseMatrix> groups = groups(1000, 43);
        String freed = BANK.item(5).id();
        MultipleGroupCalibrator calibrator = MultipleGroupCalibrator.withDefaults();
        MultipleGroupResult equal = calibrator.calibrate(groups, ModelSpec.of(ModelType.TWO_PL), Set.of());
        MultipleGroupResult free = calibrator.calibrate(groups, ModelSpec.of(ModelType.TWO_PL), Set.of(freed));
        assertEquals(equal.parameterCount() + 2, free.parameterCount());
        assertTrue(free.logLikelihood() >= equal.logLikelihood() - 1e-3, free.logLikelihood() + " < "
                + equal.logLikelihood());
        assertTrue(free.bank(0).model(5).slope() != free.bank(1).model(5).slope());
        assertEquals(free.bank(0).model(4), free.bank(1).model(4));
    }

    @Test
    void aWarmStartReachesTheSameMaximumInFewerCycles() {
        List<ResponseMatrix> groups = groups(1000, 49);
        String freed = BANK.item(7).id();
        MultipleGroupCalibrator calibrator = MultipleGroupCalibrator.withDefaults();
        ModelSpec spec = ModelSpec.of(ModelType.TWO_PL);
        MultipleGroupResult equal = calibrator.calibrate(groups, spec, Set.of());
        MultipleGroupResult cold = calibrator.calibrate(groups, spec, Set.of(freed));
        MultipleGroupResult warm = calibrator.calibrate(groups, spec, Set.of(freed), equal);
        assertEquals(cold.logLikelihood(), warm.logLikelihood(), 1e-3);
        assertEquals(cold.latentMean(1), warm.latentMean(1), 1e-3);
        assertTrue(warm.cycles() < cold.cycles(), warm.cycles() + " >= " + cold.cycles());
        assertTrue(warm.logLikelihood() >= equal.logLikelihood());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> calibrator.calibrate(
                List.of(groups.get(0)), spec, Set.of(), equal));
        assertTrue(other.getMessage().contains("the start has 2 groups"), other.getMessage());
    }

    @Test
    void aGroupWithoutResponsesIsRefused() {
        List<ResponseMatrix> groups = groups(100, 51);
        ResponseMatrix empty = ResponseMatrix.of(List.of("x"), groups.get(0).itemIds(),
                new int[][] {new int[BANK.size()]}).rows(0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MultipleGroupCalibrator
                .withDefaults().calibrate(List.of(groups.get(0), empty), ModelSpec.of(ModelType.TWO_PL), Set.of()));
        assertTrue(e.getMessage().contains("group 2 has no examinee"), e.getMessage());
    }

    @Test
    void oneGroupIsAnOrdinaryCalibration() {
        ResponseMatrix data = groups(1000, 45).get(0);
        MultipleGroupResult one = MultipleGroupCalibrator.withDefaults().calibrate(List.of(data),
                ModelSpec.of(ModelType.TWO_PL), Set.of());
        CalibrationResult single = Calibrator.withDefaults().calibrate(data, ModelType.TWO_PL);
        assertEquals(single.logLikelihood(), one.logLikelihood(), 1e-6);
        for (int i = 0; i < BANK.size(); i++) {
            assertEquals(single.bank().model(i).slope(), one.bank(0).model(i).slope(), 1e-6);
        }
    }

    @Test
    void badInputIsRefusedWithTheItem() {
        List<ResponseMatrix> groups = groups(200, 47);
        MultipleGroupCalibrator calibrator = MultipleGroupCalibrator.withDefaults();
        ModelSpec spec = ModelSpec.of(ModelType.TWO_PL);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> calibrator.calibrate(groups, spec, Set.of("nope")));
        assertTrue(unknown.getMessage().contains("'nope'"), unknown.getMessage());
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> calibrator.calibrate(groups, spec, Set.copyOf(BANK.ids())));
        assertTrue(all.getMessage().contains("every item is freed"), all.getMessage());
        ResponseMatrix other = groups.get(1).selectItems(BANK.ids().subList(0, 10));
        IllegalArgumentException items = assertThrows(IllegalArgumentException.class,
                () -> calibrator.calibrate(List.of(groups.get(0), other), spec, Set.of()));
        assertTrue(items.getMessage().contains("same items"), items.getMessage());
    }
}

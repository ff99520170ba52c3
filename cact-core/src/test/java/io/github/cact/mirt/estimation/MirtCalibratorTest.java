package io.github.cact.mirt.estimation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.MultidimensionalSimulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MirtCalibratorTest {

    private static final MirtOptions QUICK = MirtOptions.builder().burnInCycles(60).averagingCycles(40).build();

    @Test
    void theSameSeedGivesTheSameBytesOnOneAndTwoThreads() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(3, 4, 0.5, 21);
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 22).simulate(700).responses();
        FactorModel model = MirtFixtures.modelOf(truth);
        for (EstimationMethod method : EstimationMethod.values()) {
            MirtOptions options = QUICK.toBuilder().method(method).qmcPoints(300).chunkSize(64).build();
            MirtResult one = MirtCalibrator.of(options.toBuilder().parallelism(1).build()).calibrate(data, model);
            MirtResult two = MirtCalibrator.of(options.toBuilder().parallelism(2).build()).calibrate(data, model);
            assertArrayEquals(one.estimates(), two.estimates(), method.toString());
            assertArrayEquals(one.standardErrors().orElseThrow(), two.standardErrors().orElseThrow());
            assertEquals(one.logLikelihood(), two.logLikelihood());
            assertEquals(one.cycles(), two.cycles());
        }
        MirtResult seed2 = MirtCalibrator.of(QUICK.toBuilder().seed(2).build()).calibrate(data, model);
        MirtResult seed1 = MirtCalibrator.of(QUICK).calibrate(data, model);
        assertTrue(!Arrays.equals(seed1.estimates(), seed2.estimates()), "another seed draws other values");
    }

    @Test
    void itemsOnSeveralFactorsAndPolytomousModelsAreRecovered() {
        SplittableRandom random = new SplittableRandom(5);
        List<MultidimensionalItem> items = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int f = i < 8 ? 0 : 1;
            boolean both = i % 4 == 3;
            double[] a = new double[2];
            a[f] = 1 + random.nextDouble();
            if (both) {
                a[1 - f] = 0.6;
            }
            int[] loads = both ? new int[] {0, 1} : new int[] {f};
            if (i % 2 == 0) {
                items.add(MultidimensionalItem.of("g" + i, ModelType.GRM, a, loads, new double[] {1.5, 0, -1.5}, 0, 1));
            } else if (i % 4 == 1) {
                items.add(MultidimensionalItem.of("p" + i, ModelType.GPCM, a, loads, new double[] {0.5, -0.5}, 0, 1));
            } else {
                items.add(MultidimensionalItem.of("d" + i, ModelType.TWO_PL, a, loads, new double[] {0.3}, 0, 1));
            }
        }
        MultidimensionalBank truth = MultidimensionalBank.of(List.of("A", "B"), items,
                LatentNormal.ofCorrelations(new double[][] {{1, 0.5}, {0.5, 1}}));
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 6).simulate(3000).responses();
        for (EstimationMethod method : EstimationMethod.values()) {
            MirtResult r = MirtCalibrator.of(MirtOptions.builder().method(method).build())
                    .calibrate(data, MirtFixtures.modelOf(truth));
            assertTrue(r.converged(), method + " " + r.warnings());
            double[] est = r.estimates();
            double[] tru = Results.estimates(truth);
            double[] se = r.standardErrors().orElseThrow();
            double worstZ = 0;
            for (int k = 0; k < est.length; k++) {
                assertTrue(se[k] > 0 && Double.isFinite(se[k]), r.parameterNames().get(k) + " SE " + se[k]);
                worstZ = Math.max(worstZ, Math.abs(est[k] - tru[k]) / se[k]);
            }
            // 60 parameters: a |z| beyond 4 would be a 1-in-250 event for a correct estimate and SE
            assertTrue(worstZ < 4, method + ": largest |estimate − truth| / SE = " + worstZ);
            assertTrue(Double.isFinite(r.logLikelihood()) && r.logLikelihoodError() >= 0);
            assertEquals(-2 * r.logLikelihood() + 2 * est.length, r.aic(), 1e-9);
        }
    }

    /**
     * Factor A carries only Rasch and PCM items: its variance is free, estimated as their common slope (truth
     * 1.4, variance 1.96). Factor B has 1PL items with a common slope (0.9) beside 2PL items; factor C Rasch
     * items with slope 1 beside 2PL items (unit variance).
     */
    @Test
    void raschOnePlAndPartialCreditModelsAreRecoveredWithSharedSlopes() {
        SplittableRandom random = new SplittableRandom(8);
        List<MultidimensionalItem> truthItems = new ArrayList<>();
        Map<String, ModelType> declared = new LinkedHashMap<>();
        Map<String, String> scales = new LinkedHashMap<>();
        for (int i = 0; i < 24; i++) {
            int f = i / 8;
            double[] a = new double[3];
            double d = -1.5 + 3 * random.nextDouble();
            String id = "i" + i;
            MultidimensionalItem item;
            ModelType type;
            if (f == 0) {
                a[0] = 1.4;
                type = i % 4 == 3 ? ModelType.PCM : ModelType.RASCH;
                item = type == ModelType.PCM
                        ? MultidimensionalItem.of(id, ModelType.GPCM, a, new int[] {0}, new double[] {d + 0.6, d - 0.6}, 0, 1)
                        : MultidimensionalItem.of(id, ModelType.ONE_PL, a, new int[] {0}, new double[] {d}, 0, 1);
            } else if (f == 1) {
                type = i % 2 == 0 ? ModelType.ONE_PL : ModelType.TWO_PL;
                a[1] = type == ModelType.ONE_PL ? 0.9 : 0.8 + random.nextDouble();
                item = MultidimensionalItem.of(id, type, a, new int[] {1}, new double[] {d}, 0, 1);
            } else {
                type = i % 2 == 0 ? ModelType.RASCH : ModelType.TWO_PL;
                a[2] = type == ModelType.RASCH ? 1 : 0.8 + random.nextDouble();
                item = MultidimensionalItem.of(id, type, a, new int[] {2}, new double[] {d}, 0, 1);
            }
            truthItems.add(item);
            declared.put(id, type);
            scales.put(id, List.of("A", "B", "C").get(f));
        }
        MultidimensionalBank truth = MultidimensionalBank.of(List.of("A", "B", "C"), truthItems,
                LatentNormal.ofCorrelations(MirtFixtures.equicorrelated(3, 0.5)));
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 9).simulate(3000).responses();
        FactorModel.Builder b = FactorModel.builder(ModelType.TWO_PL).factors(List.of("A", "B", "C"));
        declared.forEach((id, type) -> b.item(id, scales.get(id)).model(id, type));
        FactorModel model = b.build();
        // 26 intercepts and 8 slopes of the 2PL items, one common slope on A and one on B, 3 correlations
        int free = 26 + 8 + 2 + 3;
        for (EstimationMethod method : EstimationMethod.values()) {
            MirtResult r = MirtCalibrator.of(MirtOptions.builder().method(method).m2MaxMoments(0).build())
                    .calibrate(data, model);
            assertTrue(r.converged(), method + " " + r.warnings());
            assertEquals(free, r.parameterCount());
            assertEquals(-2 * r.logLikelihood() + 2 * free, r.aic(), 1e-9);
            MultidimensionalBank bank = r.bank();
            for (int j = 0; j < 24; j++) {
                assertEquals(truthItems.get(j).type(), bank.item(j).type(), bank.item(j).id());
            }
            double slopeA = bank.item(0).slope(0);
            for (int j : bank.itemsOn(0)) {
                assertEquals(slopeA, bank.item(j).slope(0), 0.0, "one slope on A");
            }
            assertEquals(bank.item(8).slope(1), bank.item(10).slope(1), 0.0, "one 1PL slope on B");
            assertEquals(1.0, bank.item(16).slope(2), 0.0, "Rasch slope on C");
            assertArrayEquals(new double[] {slopeA * slopeA, 1, 1}, r.factorVariances(), 1e-12);
            double[] est = r.estimates();
            double[] tru = Results.estimates(truth);
            double[] se = r.standardErrors().orElseThrow();
            double worstZ = 0;
            for (int k = 0; k < est.length; k++) {
                assertTrue(se[k] > 0 && Double.isFinite(se[k]), r.parameterNames().get(k) + " SE " + se[k]);
                worstZ = Math.max(worstZ, Math.abs(est[k] - tru[k]) / se[k]);
            }
            assertTrue(worstZ < 4, method + ": largest |estimate − truth| / SE = " + worstZ);
            System.out.printf("%s: common slope on A %.3f (truth 1.4), on B %.3f (0.9), largest |z| %.2f%n",
                    method, slopeA, bank.item(8).slope(1), worstZ);
        }
    }

    @Test
    void aRaschItemOnAFreeVarianceFactorAndAUnitVarianceFactorIsRefused() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(2, 3, 0.5, 1);
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 2).simulate(200).responses();
        FactorModel.Builder b = FactorModel.builder(ModelType.TWO_PL).factors(List.of("F1", "F2"));
        for (MultidimensionalItem item : truth.items()) {
            boolean onFirst = item.loadsOn(0);
            b.item(item.id(), item.id().equals("F1_1") ? List.of("F1", "F2") : List.of(onFirst ? "F1" : "F2"))
                    .model(item.id(), onFirst ? ModelType.RASCH : ModelType.TWO_PL);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MirtCalibrator.withDefaults().calibrate(data, b.build()));
        assertTrue(e.getMessage().startsWith("item 'F1_1': a rasch item loads on factor 'F1', whose variance is free"),
                e.getMessage());
    }

    @Test
    void dataThatDoNotMatchTheModelAreRefusedNamingTheItem() {
        MultidimensionalBank truth = MirtFixtures.simpleStructure(2, 3, 0.5, 1);
        ResponseMatrix data = MultidimensionalSimulator.of(truth, 2).simulate(50).responses();
        Map<String, String> scales = new LinkedHashMap<>(MirtFixtures.scales(truth));
        scales.remove("F2_3");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MirtCalibrator.withDefaults()
                .calibrate(data, FactorModel.simpleStructure(scales, ModelType.TWO_PL)));
        assertTrue(e.getMessage().startsWith("item 'F2_3' is in the responses but not in the factor model"),
                e.getMessage());
        scales.put("F2_3", "F2");
        scales.put("extra", "F1");
        e = assertThrows(IllegalArgumentException.class, () -> MirtCalibrator.withDefaults()
                .calibrate(data, FactorModel.simpleStructure(scales, ModelType.TWO_PL)));
        assertTrue(e.getMessage().startsWith("item 'extra' is in the factor model but not in the responses"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MirtCalibrator.withDefaults().calibrate(data,
                FactorModel.builder(ModelType.GRM).factors(List.of("F1", "F2")).item("F1_1", "F1").item("F1_2", "F1")
                        .item("F1_3", "F1").item("F2_1", "F2").item("F2_2", "F2").item("F2_3", "F2")
                        .categories("F1_1", 3).build()));
        assertTrue(e.getMessage().startsWith("item 'F1_1': nobody chose category 2"), e.getMessage());
    }
}

package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis end to end: group sizes, reasons instead of numbers, purification, bad input. */
class DifAnalysisTest {

    private static final DifOptions OBSERVED = DifOptions.builder()
            .methods(EnumSet.of(DifMethod.MANTEL_HAENSZEL, DifMethod.LOGISTIC)).build();

    @Test
    void groupSizesAreReportedAndASmallGroupGivesAReasonNotANumber() {
        ItemBank bank = DifSimulation.twoPl(6);
        DifSimulation sim = DifSimulation.of(bank, bank, 300, 0, 1, 3);
        // the focal group keeps 40 of its 300 rows; the other focal rows become a third group
        List<String> labels = new ArrayList<>();
        int focal = 0;
        for (int e = 0; e < sim.responses().examinees(); e++) {
            labels.add(sim.groups().isFocal(e) && focal++ >= 40 ? "other" : sim.groups().isFocal(e) ? "F" : "R");
        }
        DifResult result = DifAnalysis.withDefaults().run(sim.responses(), bank, DifGroups.ofRows(labels, "R", "F"));
        assertEquals(300, result.referenceCount());
        assertEquals(40, result.focalCount());
        assertEquals(260, result.otherCount());
        for (ItemDif item : result.items()) {
            assertEquals(300, item.nReference());
            assertEquals(40, item.nFocal());
            for (DifMethod method : DifMethod.values()) {
                String reason = item.reason(method).orElseThrow();
                assertTrue(reason.contains("40 of the focal group 'F'") && reason.contains("at least 50"), reason);
                assertTrue(item.adjustedP(method).isEmpty());
            }
            assertTrue(item.mantelHaenszel().isEmpty() && item.logistic().isEmpty() && item.irt().isEmpty());
            assertTrue(item.pAdjusted().isEmpty());
        }
    }

    @Test
    void missingResponsesAreLeftOutOfTheItemsCountsAndScores() {
        ItemBank bank = DifSimulation.twoPl(5);
        DifSimulation sim = DifSimulation.of(bank, bank, 200, 0, 1, 5);
        ResponseMatrix full = sim.responses();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(full.itemIds());
        for (int e = 0; e < full.examinees(); e++) {
            int[] row = new int[full.items()];
            for (int i = 0; i < row.length; i++) {
                row[i] = full.response(e, i);
            }
            if (e % 4 == 0) {
                row[0] = ResponseMatrix.MISSING;
            }
            builder.add(full.examineeId(e), row);
        }
        DifResult result = DifAnalysis.of(OBSERVED).run(builder.build(), bank, sim.groups());
        assertEquals(150, result.item("i1").orElseThrow().nReference());
        assertEquals(150, result.item("i1").orElseThrow().nFocal());
        assertEquals(200, result.item("i2").orElseThrow().nReference());
        assertTrue(result.item("i1").orElseThrow().mantelHaenszel().isPresent());
    }

    @Test
    void purificationDropsAFlaggedItemFromTheMatchingScore() {
        ItemBank bank = DifSimulation.twoPl(8);
        DifSimulation sim = DifSimulation.of(bank, DifSimulation.shifted(bank, 2, 1.5), 1500, 0, 1, 17);
        DifOptions once = DifOptions.builder().methods(EnumSet.of(DifMethod.MANTEL_HAENSZEL)).purification(false)
                .build();
        DifOptions purified = DifOptions.builder().methods(EnumSet.of(DifMethod.MANTEL_HAENSZEL)).build();
        DifResult plain = DifAnalysis.of(once).run(sim.responses(), bank, sim.groups());
        DifResult pure = DifAnalysis.of(purified).run(sim.responses(), bank, sim.groups());
        assertEquals(1, plain.purificationPasses(DifMethod.MANTEL_HAENSZEL));
        assertTrue(pure.purificationPasses(DifMethod.MANTEL_HAENSZEL) >= 2);
        assertTrue(pure.item("i3").orElseThrow().flagged(DifMethod.MANTEL_HAENSZEL));
        // another item's statistic changes because its matching score lost the flagged i3
        double before = plain.item("i1").orElseThrow().mantelHaenszel().orElseThrow().chiSquare();
        double after = pure.item("i1").orElseThrow().mantelHaenszel().orElseThrow().chiSquare();
        assertTrue(before != after, before + " = " + after);
        assertEquals(0, pure.purificationPasses(DifMethod.LOGISTIC));
    }

    @Test
    void badInputIsRefusedWithItsPlace() {
        ItemBank bank = DifSimulation.twoPl(4);
        DifSimulation sim = DifSimulation.of(bank, bank, 60, 0, 1, 7);
        DifAnalysis analysis = DifAnalysis.of(OBSERVED);
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> analysis.run(
                sim.responses(), bank, DifGroups.ofRows(List.of("R", "F"), "R", "F")));
        assertTrue(rows.getMessage().contains("2 rows but the responses 120"), rows.getMessage());
        ItemBank smaller = bank.select(List.of("i1", "i2", "i3"));
        IllegalArgumentException notInBank = assertThrows(IllegalArgumentException.class,
                () -> analysis.run(sim.responses(), smaller, sim.groups()));
        assertTrue(notInBank.getMessage().contains("'i4'"), notInBank.getMessage());
        ResponseMatrix polytomous = ResponseMatrix.of(List.of("a", "b"), List.of("i1", "i2", "i3", "i4"),
                new int[][] {{0, 1, 0, 1}, {1, 0, 2, 1}});
        IllegalArgumentException category = assertThrows(IllegalArgumentException.class, () -> analysis.run(
                polytomous, bank, DifGroups.ofRows(List.of("R", "F"), "R", "F")));
        assertTrue(category.getMessage().contains("examinee 'b' (row 2), item 'i3': response 2"),
                category.getMessage());
        List<Item> mixed = new ArrayList<>(bank.items());
        mixed.set(0, Item.of("i1", DichotomousItem.twoPl(1, 0), "verbal"));
        IllegalArgumentException scales = assertThrows(IllegalArgumentException.class,
                () -> analysis.run(sim.responses(), ItemBank.of(mixed), sim.groups()));
        assertTrue(scales.getMessage().contains("have no scale"), scales.getMessage());
        DifAnalysis anchored = DifAnalysis.of(DifOptions.builder().anchors(Set.of("x9")).build());
        IllegalArgumentException anchor = assertThrows(IllegalArgumentException.class,
                () -> anchored.run(sim.responses(), bank, sim.groups()));
        assertTrue(anchor.getMessage().contains("'x9'"), anchor.getMessage());
    }

    @Test
    void groupsComeFromAnIdMapAndEveryExamineeNeedsOne() {
        ResponseMatrix data = ResponseMatrix.of(List.of("p1", "p2", "p3"), List.of("i1"),
                new int[][] {{0}, {1}, {1}});
        Map<String, String> byId = new HashMap<>(Map.of("p1", "L", "p2", "P", "p3", "X", "p9", "L"));
        DifGroups groups = DifGroups.of(data, byId, "L", "P");
        assertTrue(groups.isReference(0) && groups.isFocal(1) && !groups.isReference(2) && !groups.isFocal(2));
        assertEquals(1, groups.otherCount());
        byId.remove("p2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DifGroups.of(data, byId, "L", "P"));
        assertTrue(e.getMessage().contains("'p2' (row 2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DifGroups.ofRows(List.of("L"), "L", "L"));
        assertFalse(groups.toString().contains("p1"));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        ItemBank bank = DifSimulation.twoPl(7);
        DifSimulation sim = DifSimulation.of(bank, DifSimulation.shifted(bank, 1, 0.8), 400, 0.2, 1, 29);
        DifResult[] results = new DifResult[2];
        int[] threads = {1, 4};
        for (int k = 0; k < 2; k++) {
            // chunks of 8 patterns, so that the E-step is split among the threads
            results[k] = DifAnalysis.of(DifOptions.builder().calibration(DifOptions.defaults().calibration()
                    .toBuilder().parallelism(threads[k]).chunkSize(8).build()).build())
                    .run(sim.responses(), bank, sim.groups());
        }
        for (int i = 0; i < bank.size(); i++) {
            assertEquals(results[0].items().get(i).irt(), results[1].items().get(i).irt());
            assertEquals(results[0].items().get(i).mantelHaenszel(), results[1].items().get(i).mantelHaenszel());
            assertEquals(results[0].items().get(i).logistic(), results[1].items().get(i).logistic());
        }
        assertTrue(results[0].items().get(1).irt().isPresent());
        assertEquals(results[0].focalLatentMean(""), results[1].focalLatentMean(""));
    }

    @Test
    void userAnchorsAreNotTestedAndTheOthersAre() {
        ItemBank bank = DifSimulation.twoPl(5);
        DifSimulation sim = DifSimulation.of(bank, DifSimulation.shifted(bank, 4, 1.0), 1000, 0.3, 1, 23);
        DifOptions options = DifOptions.builder().methods(EnumSet.of(DifMethod.IRT_LIKELIHOOD_RATIO))
                .anchors(Set.of("i1", "i2")).build();
        DifResult result = DifAnalysis.of(options).run(sim.responses(), bank, sim.groups());
        assertTrue(result.item("i1").orElseThrow().reason(DifMethod.IRT_LIKELIHOOD_RATIO).orElseThrow()
                .contains("anchor"));
        IrtLrDif shifted = result.item("i5").orElseThrow().irt().orElseThrow();
        assertEquals(2, shifted.anchors());
        assertEquals(2, shifted.df());
        assertTrue(result.item("i5").orElseThrow().flagged(DifMethod.IRT_LIKELIHOOD_RATIO), shifted.toString());
        assertTrue(result.item("i3").orElseThrow().irt().isPresent());
        assertEquals(DifMethod.MANTEL_HAENSZEL, options.adjustedMethod());
        assertTrue(result.item("i5").orElseThrow().pAdjusted().isEmpty(), "MH was not run");
    }
}

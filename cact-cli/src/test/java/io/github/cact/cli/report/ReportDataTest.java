package io.github.cact.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDataTest {

    @Test
    void titleMustNotBeBlank() {
        assertThrows(IllegalArgumentException.class, () -> ReportData.builder(" "));
        assertThrows(NullPointerException.class, () -> ReportData.builder(null));
    }

    @Test
    void unsetBoxesCountZeroOnceOneIsSet() {
        assertTrue(ReportData.builder("t").build().nineBox().isEmpty());
        ReportData data = ReportData.builder("t").nineBoxCell(5, 2, List.of("A")).build();
        assertEquals(9, data.nineBox().size());
        for (int box = 1; box <= 9; box++) {
            NineBoxCell cell = data.nineBox().get(box - 1);
            assertEquals(box, cell.box());
            assertEquals(box == 5 ? 2 : 0, cell.count());
        }
    }

    @Test
    void nineBoxCellsAreChecked() {
        ReportData.Builder b = ReportData.builder("t").nineBoxCell(9, 1, List.of());
        assertThrows(IllegalArgumentException.class, () -> b.nineBoxCell(9, 2, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new NineBoxCell(0, 1, List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> new NineBoxCell(10, 1, List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> new NineBoxCell(3, 1, List.of("A", "B"), ""));
        assertThrows(IllegalArgumentException.class, () -> new NineBoxCell(3, -1, List.of(), ""));
        assertFalse(new NineBoxCell(6, 0, List.of(), "").inSuccessionPool());
        assertTrue(new NineBoxCell(7, 0, List.of(), "").inSuccessionPool());
    }

    @Test
    void meetingTheStandardFollowsFromTheCountsWhenTheStandardIsShared() {
        CompetencyDistribution c = CompetencyDistribution.withStandard("M2", "Kerja Sama", "Collaboration", 3, 1, 2, 3, 4, 5);
        assertEquals(12, c.meetingStandard());
        assertEquals(15, c.total());
        assertThrows(IllegalArgumentException.class,
                () -> new CompetencyDistribution("M2", "", "", List.of(1, 2, 3, 4, 5), 3, 11));
        assertThrows(IllegalArgumentException.class,
                () -> CompetencyDistribution.withStandard("M2", "", "", 3, 1, 2, 3, 4));
        assertThrows(IllegalArgumentException.class,
                () -> CompetencyDistribution.withStandard("M2", "", "", 6, 1, 2, 3, 4, 5));
        assertThrows(IllegalArgumentException.class,
                () -> CompetencyDistribution.perPosition("M2", "", "", 16, 1, 2, 3, 4, 5));
        assertEquals(7, CompetencyDistribution.perPosition("M2", "", "", 7, 1, 2, 3, 4, 5).meetingStandard());
    }

    @Test
    void curvesMustShareTheGrid() {
        double[] theta = {-1, 0, 1};
        ItemCurve ok = ItemCurve.of("I1", 1, new double[] {0.2, 0.5, 0.8}, new double[] {0.1, 0.2, 0.1});
        ItemCurve shorter = ItemCurve.of("I2", 1, new double[] {0.2, 0.5}, new double[] {0.1, 0.2});
        assertEquals(3, CurveSet.of(theta, List.of(ok), new double[3], new double[3]).theta().size());
        assertThrows(IllegalArgumentException.class, () -> CurveSet.of(theta, List.of(shorter), new double[3], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> CurveSet.of(theta, List.of(), new double[2], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> CurveSet.of(theta, List.of(), new double[3], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> CurveSet.of(new double[] {0, 0, 1}, List.of(), new double[3], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> ItemCurve.of("I3", 0, new double[1], new double[1]));
        assertThrows(IllegalArgumentException.class, () -> ItemCurve.of("I3", 1, new double[] {Double.NaN}, new double[1]));
    }

    @Test
    void curveArraysAreCopied() {
        double[] info = {1, 2, 3};
        CurveSet set = CurveSet.of(new double[] {-1, 0, 1}, List.of(), info, new double[0]);
        info[0] = 99;
        assertEquals(1.0, set.testInformation().get(0));
        assertEquals(set, CurveSet.of(new double[] {-1, 0, 1}, List.of(), new double[] {1, 2, 3}, new double[0]));
    }

    @Test
    void misfitMeansPBelowOnePercent() {
        assertTrue(fit(0.0099).misfit());
        assertFalse(fit(0.01).misfit());
        assertFalse(fit(Double.NaN).misfit());
        assertThrows(IllegalArgumentException.class, () -> fit(1.5));
    }

    private static ItemFit fit(double p) {
        return new ItemFit("I", "2PL", 1, List.of(0.0), 10, 8, p, Double.NaN, Double.NaN);
    }

    @Test
    void jpmCategoriesRunFromTheTopDown() {
        JpmDistribution.Category ms = new JpmDistribution.Category("Memenuhi Syarat", "MS", 80, 1);
        JpmDistribution.Category kms = new JpmDistribution.Category("Kurang Memenuhi Syarat", "KMS", 0, 1);
        assertEquals(100.0, new JpmDistribution("", "", 60, 10, List.of(1, 1, 0, 0), List.of(ms, kms)).binEnd());
        assertThrows(IllegalArgumentException.class, () -> new JpmDistribution("", "", 60, 10, List.of(1), List.of(kms, ms)));
        assertThrows(IllegalArgumentException.class, () -> new JpmDistribution("", "", 60, 0, List.of(1), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new JpmDistribution("", "", 60, 10, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new JpmDistribution("", "", 60, 10, List.of(-1), List.of()));
    }

    @Test
    void classificationEntriesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ClassificationAccuracy.of("M1", "", "", 1.2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ClassificationAccuracy("M1", "", "", 0.8, 0.7,
                List.of(List.of(0.5, 0.1), List.of(0.4))));
        assertThrows(IllegalArgumentException.class, () -> new ClassificationAccuracy("M1", "", "", 0.8, 0.7,
                List.of(List.of(-0.5))));
    }

    @Test
    void builtDataDoesNotChangeWithTheBuilderOrItsInputs() {
        List<String> names = new ArrayList<>(List.of("A"));
        ReportData.Builder b = ReportData.builder("t").nineBoxCell(9, 2, names).note("one");
        ReportData data = b.build();
        names.add("B");
        b.note("two");
        assertEquals(List.of("A"), data.nineBox().get(8).names());
        assertEquals(List.of("one"), data.notes());
        assertThrows(UnsupportedOperationException.class, () -> data.notes().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> data.nineBox().get(8).names().add("x"));
    }
}

package io.github.cact.ctt;

import static io.github.cact.data.ResponseMatrix.MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.RawResponses;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.data.ScoringKey;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionAnalysisTest {

    private static final String KEY = "item,option,score\nS1,A,2\nS1,B,1\nS1,C,0\nS2,A,1\nS2,B,0\n";
    /** S1 and S2 keyed; X already scored. p6 has no S2 answer, so it is not a complete case. */
    private static final String RAW = "id,S1,S2\np1,A,A\np2,B,A\np3,B,A\np4,A,B\np5,C,B\np6,C,NA\n";
    private static final int[] X = {2, 2, 1, 0, 1, 0};

    private static RawResponses raw() throws IOException {
        return RawResponses.read(new StringReader(RAW), "raw.csv", ScoringKey.read(new StringReader(KEY), "key.csv"));
    }

    private static ResponseMatrix scores(RawResponses raw) {
        ResponseMatrix keyed = raw.scored();
        int[][] cells = new int[keyed.examinees()][3];
        for (int e = 0; e < cells.length; e++) {
            cells[e] = new int[] {keyed.response(e, 0), keyed.response(e, 1), X[e]};
        }
        return ResponseMatrix.of(keyed.examineeIds(), List.of("S1", "S2", "X"), cells);
    }

    /** The Pearson correlation, computed the textbook way, as an independent check. */
    private static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int n = 0; n < x.length; n++) {
            mx += x[n] / x.length;
            my += y[n] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int n = 0; n < x.length; n++) {
            sxy += (x[n] - mx) * (y[n] - my);
            sxx += (x[n] - mx) * (x[n] - mx);
            syy += (y[n] - my) * (y[n] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void countsChoicesAndFlagsAHigherKeyedOptionTheAbleChooseLess() throws IOException {
        RawResponses raw = raw();
        List<OptionStatistics> options = OptionAnalysis.of(raw, scores(raw), List.of("S1", "S2", "X"));
        assertEquals(5, options.size());
        // rest of S1 over the complete cases p1..p5: S2 + X = 3, 3, 2, 0, 1
        double[] rest = {3, 3, 2, 0, 1};
        String[] chose = {"A", "B", "B", "A", "C"};
        for (int o = 0; o < 3; o++) {
            OptionStatistics option = options.get(o);
            List<Double> indicator = new ArrayList<>();
            double restSum = 0;
            int n = 0;
            for (int p = 0; p < 5; p++) {
                boolean chosen = chose[p].equals(option.option());
                indicator.add(chosen ? 1.0 : 0.0);
                if (chosen) {
                    restSum += rest[p];
                    n++;
                }
            }
            assertEquals("S1", option.item());
            assertEquals(n, option.chosen());
            assertEquals(n / 5.0, option.proportion().getAsDouble(), 1e-12);
            assertEquals(restSum / n, option.meanRest().getAsDouble(), 1e-12);
            assertEquals(pearson(indicator.stream().mapToDouble(Double::doubleValue).toArray(), rest),
                    option.pointBiserial().getAsDouble(), 1e-12);
        }
        // A (2 points) is chosen by those with rest 3 and 0, B (1 point) by rest 3 and 2: A is reversed
        assertTrue(options.get(0).reversed());
        assertFalse(options.get(1).reversed());
        assertFalse(options.get(2).reversed());
        assertEquals(List.of("A", "B"), List.of(options.get(3).option(), options.get(4).option()));
        assertFalse(options.get(3).reversed());
    }

    @Test
    void leavesStatisticsOfAnOptionNobodyChoseEmpty() throws IOException {
        RawResponses raw = RawResponses.read(new StringReader("id,S1,S2\np1,A,A\np2,B,B\np3,A,B\n"), "raw.csv",
                ScoringKey.read(new StringReader(KEY), "key.csv"));
        OptionStatistics c = OptionAnalysis.of(raw, raw.scored(), List.of("S1", "S2")).get(2);
        assertEquals(0, c.chosen());
        assertFalse(c.meanRest().isPresent());
        assertFalse(c.pointBiserial().isPresent());
        assertFalse(c.reversed());
    }

    @Test
    void refusesScoresThatDisagreeWithTheKey() throws IOException {
        RawResponses raw = raw();
        ResponseMatrix keyed = raw.scored();
        int[][] cells = new int[6][];
        for (int e = 0; e < 6; e++) {
            cells[e] = new int[] {keyed.response(e, 0), keyed.response(e, 1)};
        }
        cells[3][0] = 1;
        ResponseMatrix wrong = ResponseMatrix.of(keyed.examineeIds(), List.of("S1", "S2"), cells);
        String message = assertThrows(IllegalArgumentException.class,
                () -> OptionAnalysis.of(raw, wrong, List.of("S1", "S2"))).getMessage();
        assertTrue(message.contains("examinee 'p4', item S1") && message.contains("'A', which the key scores 2"), message);
        ResponseMatrix fewer = ResponseMatrix.of(List.of("p1"), List.of("S1", "S2"), new int[][] {{2, MISSING}});
        assertThrows(IllegalArgumentException.class, () -> OptionAnalysis.of(raw, fewer, List.of("S1", "S2")));
    }
}

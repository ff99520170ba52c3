package io.github.cact.ninebox.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LargeAssignmentTest {

    @Test
    void threeThousandCandidatesFiveHundredPositions() {
        int nc = 3000;
        int np = 500;
        Random random = new Random(20250101L);
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            candidates.add(Candidate.of(String.format("C%04d", c), random.nextDouble() * 100, 1 + random.nextInt(9)));
        }
        List<Position> positions = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            Position.Builder b = Position.builder(String.format("P%03d", p));
            if (p % 3 == 0) {
                b.minimumCategory(JpmCategory.MMS);
            }
            if (p % 5 == 0) {
                b.allowedBoxes(Set.of(5, 7, 8, 9));
            }
            positions.add(b.build());
        }
        double[][] jpm = new double[nc][np];
        for (double[] row : jpm) {
            for (int p = 0; p < np; p++) {
                row[p] = Math.round((40 + random.nextDouble() * 70) * 100) / 100.0;
            }
        }
        MatchingProblem problem = MatchingProblem.of(candidates, positions, jpm);
        Assignment a = problem.assign();

        assertEquals(np, a.matches().size(), "3,000 candidates are enough to fill every position");
        assertTrue(a.totalJpm() >= greedyTotal(problem) - 1e-6, () -> a.totalJpm() + " < greedy");
        AssignmentProperties.checkConsistent(problem, a);
    }

    /**
     * Takes eligible pairs by JPM descending while both sides are free. The JPM values of this test have two
     * decimals, so each pair sorts as one long: hundredths of JPM in the high bits, pair index in the low bits.
     */
    private static double greedyTotal(MatchingProblem problem) {
        int nc = problem.candidates().size();
        int np = problem.positions().size();
        long[] keys = new long[nc * np];
        int n = 0;
        for (int c = 0; c < nc; c++) {
            for (int p = 0; p < np; p++) {
                if (problem.eligible(c, p)) {
                    keys[n++] = (Math.round(problem.jpm(c, p) * 100) << 32) | ((long) c * np + p);
                }
            }
        }
        Arrays.sort(keys, 0, n);
        boolean[] candidateTaken = new boolean[nc];
        boolean[] positionTaken = new boolean[np];
        double total = 0;
        for (int k = n - 1; k >= 0; k--) {
            long pair = keys[k] & 0xFFFF_FFFFL;
            int c = (int) (pair / np);
            int p = (int) (pair % np);
            if (!candidateTaken[c] && !positionTaken[p]) {
                candidateTaken[c] = true;
                positionTaken[p] = true;
                total += problem.jpm(c, p);
            }
        }
        return total;
    }
}

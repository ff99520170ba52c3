package io.github.cact.ninebox.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AssignmentProperties {

    /** A random small problem; JPM values on a coarse grid so that ties are frequent. */
    static MatchingProblem randomProblem(int nc, int np, long seed) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            candidates.add(Candidate.of("c" + c, random.nextInt(5) * 25, 1 + random.nextInt(9)));
        }
        List<Position> positions = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            Position.Builder b = Position.builder("p" + p);
            if (random.nextBoolean()) {
                b.minimumJpm(60 + 10 * random.nextInt(4));
            }
            if (random.nextInt(3) == 0) {
                Set<Integer> boxes = new HashSet<>();
                for (int k = 0; k < 4; k++) {
                    boxes.add(1 + random.nextInt(9));
                }
                b.allowedBoxes(boxes);
            }
            positions.add(b.build());
        }
        double[][] jpm = new double[nc][np];
        for (int c = 0; c < nc; c++) {
            for (int p = 0; p < np; p++) {
                jpm[c][p] = random.nextInt(3) == 0 ? random.nextInt(11) * 10 : 40 + random.nextDouble() * 70;
            }
        }
        return MatchingProblem.of(candidates, positions, jpm);
    }

    /** The best total over every partial one-to-one assignment of eligible pairs. */
    static double bruteForce(MatchingProblem problem, int position, boolean[] taken) {
        if (position == problem.positions().size()) {
            return 0;
        }
        double best = bruteForce(problem, position + 1, taken); // leave it unfilled
        for (int c = 0; c < taken.length; c++) {
            if (!taken[c] && problem.eligible(c, position)) {
                taken[c] = true;
                best = Math.max(best, problem.jpm(c, position) + bruteForce(problem, position + 1, taken));
                taken[c] = false;
            }
        }
        return best;
    }

    @Property(tries = 500, seed = "20261122")
    void totalEqualsTheBruteForceOptimum(@ForAll @IntRange(min = 0, max = 6) int nc,
            @ForAll @IntRange(min = 0, max = 5) int np, @ForAll long seed) {
        MatchingProblem problem = randomProblem(nc, np, seed);
        Assignment a = problem.assign();
        assertEquals(bruteForce(problem, 0, new boolean[nc]), a.totalJpm(), 1e-9);
        checkConsistent(problem, a);
    }

    @Property(tries = 100, seed = "20261122")
    void resultDoesNotDependOnInputOrder(@ForAll @IntRange(min = 1, max = 6) int nc,
            @ForAll @IntRange(min = 1, max = 5) int np, @ForAll long seed) {
        MatchingProblem problem = randomProblem(nc, np, seed);
        List<Candidate> reversedCandidates = new ArrayList<>(problem.candidates());
        java.util.Collections.reverse(reversedCandidates);
        List<Position> reversedPositions = new ArrayList<>(problem.positions());
        java.util.Collections.reverse(reversedPositions);
        double[][] jpm = new double[nc][np];
        for (int c = 0; c < nc; c++) {
            for (int p = 0; p < np; p++) {
                jpm[c][p] = problem.jpm(nc - 1 - c, np - 1 - p);
            }
        }
        Assignment forward = problem.assign();
        Assignment backward = MatchingProblem.of(reversedCandidates, reversedPositions, jpm).assign();
        for (Position p : problem.positions()) {
            assertEquals(forward.candidateFor(p.id()), backward.candidateFor(p.id()), p.id());
        }
    }

    /** Every input appears once, matched pairs are eligible, and the reasons are true. */
    static void checkConsistent(MatchingProblem problem, Assignment a) {
        Set<String> matchedPositions = new HashSet<>();
        Set<String> matchedCandidates = new HashSet<>();
        for (Match m : a.matches()) {
            int c = problem.candidates().indexOf(m.candidate());
            int p = problem.positions().indexOf(m.position());
            assertTrue(problem.eligible(c, p), m::toString);
            assertEquals(problem.jpm(c, p), m.jpm());
            assertTrue(matchedPositions.add(m.position().id()));
            assertTrue(matchedCandidates.add(m.candidate().id()));
        }
        assertEquals(problem.positions().size(), a.matches().size() + a.unfilledPositions().size());
        assertEquals(problem.candidates().size(), a.matches().size() + a.unassignedCandidates().size());
        for (UnfilledPosition u : a.unfilledPositions()) {
            int p = problem.positions().indexOf(u.position());
            boolean anyEligible = false;
            for (int c = 0; c < problem.candidates().size(); c++) {
                if (problem.eligible(c, p)) {
                    anyEligible = true;
                    assertTrue(matchedCandidates.contains(problem.candidates().get(c).id()),
                            "an eligible candidate of an unfilled position is free");
                }
            }
            assertEquals(anyEligible ? UnfilledReason.ELIGIBLE_CANDIDATES_ASSIGNED_ELSEWHERE
                    : UnfilledReason.NO_ELIGIBLE_CANDIDATE, u.reason());
        }
        for (UnassignedCandidate u : a.unassignedCandidates()) {
            int c = problem.candidates().indexOf(u.candidate());
            assertNotEquals(-1, c);
            boolean anyEligible = false;
            for (int p = 0; p < problem.positions().size(); p++) {
                if (problem.eligible(c, p)) {
                    anyEligible = true;
                    assertTrue(matchedPositions.contains(problem.positions().get(p).id()));
                }
            }
            assertEquals(anyEligible ? UnassignedReason.ELIGIBLE_POSITIONS_FILLED
                    : UnassignedReason.NOT_ELIGIBLE_ANYWHERE, u.reason());
        }
    }
}

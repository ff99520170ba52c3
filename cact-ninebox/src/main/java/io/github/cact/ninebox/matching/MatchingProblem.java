package io.github.cact.ninebox.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Candidates, vacant positions and the JPM of every candidate for every position: the input of ranking and
 * assignment. The JPM matrix is computed by the caller (e.g. from competency levels and position standards)
 * and may exceed 100 % when surpluses are not capped.
 *
 * <p>A candidate is eligible for a position when the position {@linkplain Position#admits admits} them: the
 * JPM reaches the position's minimum (unrounded comparison) and the candidate's box is allowed.
 *
 * <p>{@link #assign()} finds a one-to-one assignment with the largest total JPM over eligible pairs; a
 * position may stay unfilled and a candidate unassigned. It is exact (up to floating-point rounding of the
 * sums): the Hungarian algorithm on positions × (candidates + one "unfilled" column per position), in
 * O(p² · (c + p)) time and O(p · (c + p)) memory for p positions and c candidates. Positions and candidates
 * are processed in a canonical order (positions by id; candidates by talent score descending, then id), so
 * the result depends on the ids and values, not on the input order. Among assignments with the same total
 * this leans towards candidates with higher talent scores but does not guarantee it; after the optimum is
 * found, any unfilled position with an eligible unassigned candidate (possible only at JPM 0) is filled.
 * Immutable and thread-safe.
 */
public final class MatchingProblem {

    private final List<Candidate> candidates;
    private final List<Position> positions;
    /** JPM at {@code candidate * positions + position}. */
    private final double[] jpm;

    private MatchingProblem(List<Candidate> candidates, List<Position> positions, double[] jpm) {
        this.candidates = candidates;
        this.positions = positions;
        this.jpm = jpm;
    }

    /**
     * Creates a problem. The matrix is copied.
     *
     * @param candidates the candidates, ids unique
     * @param positions the positions, ids unique
     * @param jpm {@code jpm[c][p]}: the JPM in percent of candidate c for position p, finite and ≥ 0
     * @return the problem
     * @throws IllegalArgumentException if an id repeats, the matrix shape does not match, or a JPM is NaN,
     *     infinite or negative; the message names the ids concerned
     * @throws NullPointerException if an argument, an element or a matrix row is null
     */
    public static MatchingProblem of(List<Candidate> candidates, List<Position> positions, double[][] jpm) {
        List<Candidate> cs = List.copyOf(candidates);
        List<Position> ps = List.copyOf(positions);
        Objects.requireNonNull(jpm, "jpm");
        unique(cs, Candidate::id, "candidate");
        unique(ps, Position::id, "position");
        if (jpm.length != cs.size()) {
            throw new IllegalArgumentException("jpm has " + jpm.length + " rows but there are " + cs.size()
                    + " candidates");
        }
        int np = ps.size();
        double[] flat = new double[cs.size() * np];
        for (int c = 0; c < jpm.length; c++) {
            double[] row = jpm[c];
            if (row == null) {
                throw new NullPointerException("jpm row of candidate '" + cs.get(c).id() + "' is null");
            }
            if (row.length != np) {
                throw new IllegalArgumentException("jpm row of candidate '" + cs.get(c).id() + "' has " + row.length
                        + " entries but there are " + np + " positions");
            }
            for (int p = 0; p < np; p++) {
                if (!(row[p] >= 0 && row[p] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("jpm of candidate '" + cs.get(c).id() + "' for position '"
                            + ps.get(p).id() + "' is " + row[p] + ", not a finite number >= 0");
                }
                flat[c * np + p] = row[p] + 0.0;
            }
        }
        return new MatchingProblem(cs, ps, flat);
    }

    private static <T> void unique(List<T> items, java.util.function.Function<T, String> id, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer before = seen.putIfAbsent(id.apply(items.get(i)), i);
            if (before != null) {
                throw new IllegalArgumentException("duplicate " + what + " id '" + id.apply(items.get(i)) + "' at "
                        + what + "s[" + before + "] and " + what + "s[" + i + "]");
            }
        }
    }

    /**
     * Returns the candidates.
     *
     * @return an unmodifiable list in input order
     */
    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * Returns the positions.
     *
     * @return an unmodifiable list in input order
     */
    public List<Position> positions() {
        return positions;
    }

    /**
     * Returns the JPM of a candidate for a position.
     *
     * @param candidate the candidate index in {@link #candidates()}
     * @param position the position index in {@link #positions()}
     * @return the JPM in percent
     */
    public double jpm(int candidate, int position) {
        Objects.checkIndex(candidate, candidates.size());
        return jpm[candidate * positions.size() + Objects.checkIndex(position, positions.size())];
    }

    /**
     * Tells whether a candidate is eligible for a position.
     *
     * @param candidate the candidate index
     * @param position the position index
     * @return true if the position admits the candidate
     */
    public boolean eligible(int candidate, int position) {
        return positions.get(position).admits(candidates.get(candidate), jpm(candidate, position));
    }

    /**
     * Ranks the eligible candidates of every position: JPM descending, then talent score descending, then
     * candidate id ascending.
     *
     * @return one ranking per position, in input order
     */
    public List<PositionRanking> rankings() {
        List<PositionRanking> rankings = new ArrayList<>(positions.size());
        for (int p = 0; p < positions.size(); p++) {
            int position = p;
            List<Integer> eligible = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                if (eligible(c, p)) {
                    eligible.add(c);
                }
            }
            eligible.sort(Comparator.comparingDouble((Integer c) -> -jpm(c, position))
                    .thenComparingDouble(c -> -candidates.get(c).talentScore())
                    .thenComparing(c -> candidates.get(c).id()));
            List<RankedCandidate> ranked = new ArrayList<>(eligible.size());
            for (int c : eligible) {
                ranked.add(new RankedCandidate(ranked.size() + 1, candidates.get(c), jpm(c, p)));
            }
            rankings.add(new PositionRanking(positions.get(p), ranked));
        }
        return rankings;
    }

    /**
     * Finds a one-to-one assignment with the largest total JPM over eligible pairs (see the class javadoc).
     *
     * @return the assignment, with unfilled positions and unassigned candidates and their reasons
     */
    public Assignment assign() {
        int nc = candidates.size();
        int np = positions.size();
        Integer[] rowOrder = new Integer[np];
        Integer[] colOrder = new Integer[nc];
        for (int p = 0; p < np; p++) {
            rowOrder[p] = p;
        }
        for (int c = 0; c < nc; c++) {
            colOrder[c] = c;
        }
        Arrays.sort(rowOrder, Comparator.comparing(p -> positions.get(p).id()));
        Arrays.sort(colOrder, Comparator.comparingDouble((Integer c) -> -candidates.get(c).talentScore())
                .thenComparing(c -> candidates.get(c).id()));

        // rows: positions; columns: candidates, then one zero-cost "unfilled" column per position
        int columns = nc + np;
        double[] cost = new double[np * columns];
        for (int r = 0; r < np; r++) {
            int p = rowOrder[r];
            for (int k = 0; k < nc; k++) {
                int c = colOrder[k];
                cost[r * columns + k] = eligible(c, p) ? -jpm(c, p) : Double.POSITIVE_INFINITY;
            }
        }
        int[] columnOfRow = Hungarian.solve(np, columns, cost);

        int[] candidateOfPosition = new int[np];
        boolean[] taken = new boolean[nc];
        Arrays.fill(candidateOfPosition, -1);
        for (int r = 0; r < np; r++) {
            if (columnOfRow[r] < nc) {
                int c = colOrder[columnOfRow[r]];
                candidateOfPosition[rowOrder[r]] = c;
                taken[c] = true;
            }
        }
        // fill what the optimum left open at no loss (JPM 0): the best free eligible candidate, canonical order
        for (int r = 0; r < np; r++) {
            int p = rowOrder[r];
            if (candidateOfPosition[p] < 0) {
                for (int k = 0; k < nc; k++) {
                    int c = colOrder[k];
                    if (!taken[c] && eligible(c, p)
                            && (candidateOfPosition[p] < 0 || jpm(c, p) > jpm(candidateOfPosition[p], p))) {
                        candidateOfPosition[p] = c;
                    }
                }
                if (candidateOfPosition[p] >= 0) {
                    taken[candidateOfPosition[p]] = true;
                }
            }
        }

        List<Match> matches = new ArrayList<>();
        List<UnfilledPosition> unfilled = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            int c = candidateOfPosition[p];
            if (c >= 0) {
                matches.add(new Match(positions.get(p), candidates.get(c), jpm(c, p)));
            } else {
                boolean anyEligible = false;
                for (int k = 0; k < nc && !anyEligible; k++) {
                    anyEligible = eligible(k, p);
                }
                unfilled.add(new UnfilledPosition(positions.get(p), anyEligible
                        ? UnfilledReason.ELIGIBLE_CANDIDATES_ASSIGNED_ELSEWHERE : UnfilledReason.NO_ELIGIBLE_CANDIDATE));
            }
        }
        List<UnassignedCandidate> unassigned = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            if (!taken[c]) {
                boolean anyEligible = false;
                for (int p = 0; p < np && !anyEligible; p++) {
                    anyEligible = eligible(c, p);
                }
                unassigned.add(new UnassignedCandidate(candidates.get(c), anyEligible
                        ? UnassignedReason.ELIGIBLE_POSITIONS_FILLED : UnassignedReason.NOT_ELIGIBLE_ANYWHERE));
            }
        }
        return new Assignment(matches, unfilled, unassigned);
    }

    @Override
    public String toString() {
        return "MatchingProblem[" + candidates.size() + " candidates, " + positions.size() + " positions]";
    }
}

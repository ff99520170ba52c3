package io.github.cact.ninebox.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.ninebox.NineBox;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PerformancePredicate;
import io.github.cact.ninebox.PersonInput;
import io.github.cact.ninebox.Placement;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatchingProblemTest {

    private static List<String> ids(List<RankedCandidate> ranked) {
        return ranked.stream().map(r -> r.candidate().id()).collect(Collectors.toList());
    }

    @Test
    void rankingIsJpmThenTalentThenId() {
        List<Candidate> candidates = List.of(Candidate.of("c", 70, 5), Candidate.of("b", 80, 5),
                Candidate.of("a", 80, 5), Candidate.of("d", 90, 5));
        double[][] jpm = {{85}, {85}, {85}, {84.99}};
        PositionRanking ranking = MatchingProblem.of(candidates, List.of(Position.of("P")), jpm).rankings().get(0);
        assertEquals(List.of("a", "b", "c", "d"), ids(ranking.candidates()));
        assertEquals(List.of(1, 2, 3, 4),
                ranking.candidates().stream().map(RankedCandidate::rank).collect(Collectors.toList()));
        assertEquals(84.99, ranking.candidates().get(3).jpm());
    }

    @Test
    void rankingKeepsOnlyEligibleCandidates() {
        List<Candidate> candidates = List.of(Candidate.of("low-box", 90, 3), Candidate.of("low-jpm", 90, 9),
                Candidate.of("edge", 60, 8), Candidate.of("ok", 50, 7));
        Position position = Position.builder("P").minimumCategory(JpmCategory.MS).allowedBoxes(Set.of(7, 8, 9))
                .build();
        double[][] jpm = {{95}, {79.99}, {80}, {90}};
        MatchingProblem problem = MatchingProblem.of(candidates, List.of(position), jpm);
        assertEquals(List.of("ok", "edge"), ids(problem.rankings().get(0).candidates()));
        assertEquals(OptionalDouble.of(80), position.minimumJpm());
        assertEquals(Set.of(7, 8, 9), position.allowedBoxes());
    }

    @Test
    void categoryThresholdsFollowDomainDoc() {
        assertEquals(80, JpmCategory.MS.lowerBound());
        assertEquals(68, JpmCategory.MMS.lowerBound());
        assertEquals(0, JpmCategory.KMS.lowerBound());
        assertEquals(90, JpmCategory.OPTIMAL.lowerBound());
        assertEquals(78, JpmCategory.CUKUP_OPTIMAL.lowerBound());
        assertEquals(0, JpmCategory.KURANG_OPTIMAL.lowerBound());
    }

    @Test
    void assignmentBeatsGreedyWhenItShould() {
        // greedy takes a -> X (95) and leaves Y empty; the optimum is a -> Y, b -> X: 90 + 80 = 170
        List<Candidate> candidates = List.of(Candidate.of("a", 80, 9), Candidate.of("b", 70, 5));
        List<Position> positions = List.of(Position.of("X"), Position.builder("Y").minimumJpm(85).build());
        double[][] jpm = {{95, 90}, {80, 60}};
        Assignment a = MatchingProblem.of(candidates, positions, jpm).assign();
        assertEquals(170, a.totalJpm(), 1e-12);
        assertEquals("b", a.candidateFor("X").orElseThrow().id());
        assertEquals("a", a.candidateFor("Y").orElseThrow().id());
        assertTrue(a.unfilledPositions().isEmpty());
        assertTrue(a.unassignedCandidates().isEmpty());
        assertEquals(List.of("X", "Y"), a.matches().stream().map(m -> m.position().id()).collect(Collectors.toList()));
    }

    @Test
    void leftoversCarryTheirReasons() {
        List<Candidate> candidates = List.of(Candidate.of("star", 95, 9), Candidate.of("second", 90, 9),
                Candidate.of("box1", 20, 1));
        List<Position> positions = List.of(
                Position.builder("A").allowedBoxes(Set.of(9)).build(),
                Position.builder("B").minimumJpm(99).build(),
                Position.builder("C").allowedBoxes(Set.of(8, 9)).minimumJpm(85).build());
        double[][] jpm = {{90, 80, 95}, {88, 70, 70}, {50, 60, 99}};
        Assignment a = MatchingProblem.of(candidates, positions, jpm).assign();
        // only star is eligible for C, star and second for A: star -> C, second -> A
        assertEquals(95 + 88, a.totalJpm(), 1e-12);
        assertEquals(List.of(new UnfilledPosition(positions.get(1), UnfilledReason.NO_ELIGIBLE_CANDIDATE)),
                a.unfilledPositions());
        assertEquals(List.of(new UnassignedCandidate(candidates.get(2), UnassignedReason.NOT_ELIGIBLE_ANYWHERE)),
                a.unassignedCandidates());
    }

    @Test
    void positionLeftOpenBecauseItsOnlyCandidateScoresMoreElsewhere() {
        List<Candidate> candidates = List.of(Candidate.of("x", 60, 5), Candidate.of("y", 50, 5));
        List<Position> positions = List.of(Position.builder("P").minimumJpm(50).build(),
                Position.builder("Q").minimumJpm(70).build());
        // x is eligible for both (90 and 75), y for neither: x -> P, Q stays open
        Assignment a = MatchingProblem.of(candidates, positions, new double[][] {{90, 75}, {0, 0}}).assign();
        assertEquals(90, a.totalJpm(), 1e-12);
        assertEquals("x", a.candidateFor("P").orElseThrow().id());
        assertEquals(List.of(new UnfilledPosition(positions.get(1),
                UnfilledReason.ELIGIBLE_CANDIDATES_ASSIGNED_ELSEWHERE)), a.unfilledPositions());
        assertEquals(List.of(new UnassignedCandidate(candidates.get(1), UnassignedReason.NOT_ELIGIBLE_ANYWHERE)),
                a.unassignedCandidates());
    }

    @Test
    void candidatesNotNeededWhenTheirPositionsAreFilled() {
        List<Candidate> three = List.of(Candidate.of("x", 60, 5), Candidate.of("y", 50, 5), Candidate.of("z", 40, 5));
        Assignment a = MatchingProblem.of(three, List.of(Position.of("P")), new double[][] {{70}, {80}, {60}})
                .assign();
        assertEquals("y", a.candidateFor("P").orElseThrow().id());
        assertEquals(List.of(new UnassignedCandidate(three.get(0), UnassignedReason.ELIGIBLE_POSITIONS_FILLED),
                new UnassignedCandidate(three.get(2), UnassignedReason.ELIGIBLE_POSITIONS_FILLED)),
                a.unassignedCandidates());
    }

    @Test
    void zeroJpmStillFillsAnOpenPosition() {
        Assignment a = MatchingProblem.of(List.of(Candidate.of("x", 50, 5)), List.of(Position.of("P")),
                new double[][] {{0}}).assign();
        assertEquals("x", a.candidateFor("P").orElseThrow().id());
    }

    @Test
    void inputOrderDoesNotChangeTheAssignment() {
        List<Candidate> candidates = List.of(Candidate.of("a", 50, 5), Candidate.of("b", 50, 5));
        List<Position> positions = List.of(Position.of("P"), Position.of("Q"));
        double[][] ties = {{80, 80}, {80, 80}};
        Assignment forward = MatchingProblem.of(candidates, positions, ties).assign();
        Assignment backward = MatchingProblem.of(List.of(candidates.get(1), candidates.get(0)),
                List.of(positions.get(1), positions.get(0)), ties).assign();
        assertEquals(forward.candidateFor("P"), backward.candidateFor("P"));
        assertEquals(forward.candidateFor("Q"), backward.candidateFor("Q"));
    }

    @Test
    void emptyInputs() {
        Assignment none = MatchingProblem.of(List.of(), List.of(Position.of("P")), new double[0][]).assign();
        assertEquals(UnfilledReason.NO_ELIGIBLE_CANDIDATE, none.unfilledPositions().get(0).reason());
        Assignment noPositions = MatchingProblem.of(List.of(Candidate.of("x", 1, 1)), List.of(),
                new double[][] {{}}).assign();
        assertEquals(UnassignedReason.NOT_ELIGIBLE_ANYWHERE, noPositions.unassignedCandidates().get(0).reason());
        assertEquals(0, noPositions.totalJpm());
    }

    @Test
    void badInputNamesTheIds() {
        List<Candidate> two = List.of(Candidate.of("x", 50, 5), Candidate.of("y", 50, 5));
        List<Position> one = List.of(Position.of("P"));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.of(two, one, new double[][] {{80}, {Double.NaN}}));
        assertEquals("jpm of candidate 'y' for position 'P' is NaN, not a finite number >= 0", nan.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.of(two, one, new double[][] {{-1}, {80}}));
        assertTrue(negative.getMessage().contains("candidate 'x'"), negative.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.of(two, one, new double[][] {{80}}));
        assertTrue(shape.getMessage().contains("1 rows but there are 2 candidates"), shape.getMessage());
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.of(two, one, new double[][] {{80}, {80, 90}}));
        assertTrue(row.getMessage().contains("candidate 'y' has 2 entries"), row.getMessage());
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.of(List.of(two.get(0), two.get(0)), one, new double[][] {{80}, {80}}));
        assertEquals("duplicate candidate id 'x' at candidates[0] and candidates[1]", duplicate.getMessage());
        IllegalArgumentException dupPosition = assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.of(two, List.of(Position.of("P"), Position.of("P")),
                        new double[][] {{80, 80}, {80, 80}}));
        assertTrue(dupPosition.getMessage().contains("duplicate position id 'P'"), dupPosition.getMessage());

        IllegalArgumentException talent = assertThrows(IllegalArgumentException.class,
                () -> Candidate.of("z", Double.NaN, 5));
        assertEquals("candidate 'z': talentScore = NaN is outside [0, 100]", talent.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Candidate.of("z", 50, 0));
        IllegalArgumentException box = assertThrows(IllegalArgumentException.class,
                () -> Position.builder("Q").allowedBoxes(Set.of(10)));
        assertTrue(box.getMessage().contains("position 'Q'"), box.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Position.builder("Q").allowedBoxes(Set.of()));
        IllegalArgumentException min = assertThrows(IllegalArgumentException.class,
                () -> Position.builder("Q").minimumJpm(Double.NaN));
        assertTrue(min.getMessage().contains("position 'Q': minimumJpm = NaN"), min.getMessage());
    }

    @Test
    void candidateFromPlacement() {
        NineBox engine = NineBox.of(NineBoxConfig.defaults());
        Placement placed = engine.place(PersonInput.builder("P1").predicate(PerformancePredicate.SANGAT_BAIK)
                .potentialScore(90).build());
        Candidate c = Candidate.of(placed);
        assertEquals("P1", c.id());
        assertEquals(9, c.box());
        assertEquals(95, c.talentScore(), 1e-12);
        Placement unplaced = engine.place(PersonInput.builder("P2").potentialScore(90).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Candidate.of(unplaced));
        assertTrue(e.getMessage().contains("person 'P2' is not placed"), e.getMessage());
    }
}

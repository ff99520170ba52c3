package io.github.cact.ninebox.matching;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingApiContractTest {

    @Test
    void publicMethodsRefuseNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(String.class, "x")
                .setDefault(Candidate.class, Candidate.of("x", 50, 5))
                .setDefault(Position.class, Position.of("P"));
        for (Class<?> type : List.of(Candidate.class, Position.class, MatchingProblem.class, Match.class,
                RankedCandidate.class, PositionRanking.class, UnfilledPosition.class, UnassignedCandidate.class)) {
            tester.testAllPublicStaticMethods(type);
            tester.testAllPublicConstructors(type);
        }
        MatchingProblem problem = MatchingProblem.of(List.of(Candidate.of("x", 50, 5)), List.of(Position.of("P")),
                new double[][] {{80}});
        for (Object instance : List.of(Candidate.of("x", 50, 5), Position.of("P"), Position.builder("P"), problem,
                problem.assign())) {
            tester.testAllPublicInstanceMethods(instance);
        }
    }

    @Test
    void valueTypesHonourEquals() {
        new EqualsTester()
                .addEqualityGroup(Candidate.of("x", 50, 5), Candidate.of("x", 50, 5))
                .addEqualityGroup(Candidate.of("y", 50, 5))
                .addEqualityGroup(Candidate.of("x", 51, 5))
                .addEqualityGroup(Candidate.of("x", 50, 6))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(Position.of("P"), Position.builder("P").build())
                .addEqualityGroup(Position.builder("P").minimumJpm(80).build(),
                        Position.builder("P").minimumCategory(JpmCategory.MS).build())
                .addEqualityGroup(Position.builder("P").allowedBoxes(Set.of(9)).build())
                .addEqualityGroup(Position.of("Q"))
                .testEquals();
        List<Candidate> c = List.of(Candidate.of("x", 50, 5));
        List<Position> p = List.of(Position.of("P"));
        new EqualsTester()
                .addEqualityGroup(MatchingProblem.of(c, p, new double[][] {{80}}).assign(),
                        MatchingProblem.of(c, p, new double[][] {{80}}).assign())
                .addEqualityGroup(MatchingProblem.of(c, p, new double[][] {{70}}).assign())
                .testEquals();
    }
}

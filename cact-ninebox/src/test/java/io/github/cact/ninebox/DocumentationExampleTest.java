package io.github.cact.ninebox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.ninebox.matching.Assignment;
import io.github.cact.ninebox.matching.Candidate;
import io.github.cact.ninebox.matching.JpmCategory;
import io.github.cact.ninebox.matching.MatchingProblem;
import io.github.cact.ninebox.matching.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/ninebox.md, kept here so that it compiles and does what the doc says. */
class DocumentationExampleTest {

    @Test
    void exampleFromTheDoc() {
        // --- docs/ninebox.md example starts
        NineBox nineBox = NineBox.of(NineBoxConfig.defaults());
        CohortResult cohort = nineBox.placeAll(List.of(
                PersonInput.builder("ASN-001").unit("Biro Umum").skp(SkpRating.DI_ATAS, SkpRating.DI_ATAS)
                        .potentialComponents(92.59, 85, 80, 90).build(),      // potential 87.79 -> HIGH
                PersonInput.builder("ASN-002").unit("Biro Umum").predicate(PerformancePredicate.BAIK)
                        .potentialScore(64).build()));                        // MIDDLE, MIDDLE
        BoxResult first = cohort.placements().get(0).result().orElseThrow();
        int box = first.box();                                                // 9
        List<FollowUp> todo = first.followUps();                              // DIPROMOSIKAN, ...
        MatchingProblem problem = MatchingProblem.of(
                cohort.successionPool().stream().map(Candidate::of).toList(),
                List.of(Position.builder("KABAG-UMUM").minimumCategory(JpmCategory.MS).build()),
                new double[][] {{96.30}});                                    // JPM of ASN-001 for KABAG-UMUM
        Assignment assignment = problem.assign();                             // ASN-001 -> KABAG-UMUM
        // --- example ends

        assertEquals(9, box);
        assertEquals(FollowUp.DIPROMOSIKAN, todo.get(0));
        assertEquals(0.4 * 92.59 + 0.25 * 85 + 0.2 * 80 + 0.15 * 90, first.potentialScore(), 1e-12);
        assertEquals(5, cohort.placements().get(1).result().orElseThrow().box());
        assertEquals("ASN-001", assignment.candidateFor("KABAG-UMUM").orElseThrow().id());
    }
}

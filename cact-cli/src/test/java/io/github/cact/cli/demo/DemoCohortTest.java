package io.github.cact.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.StandardProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic cohort's true abilities and standards have the structure docs/demo.md describes. */
class DemoCohortTest {

    private final DemoCohort cohort = DemoCohort.generate(2025);

    @Test
    void competenciesCorrelateAboutPointSevenAcrossTheCohort() {
        List<DemoCohort.Person> people = cohort.people();
        int competencies = people.get(0).competencyTheta().length;
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < competencies; a++) {
            for (int b = a + 1; b < competencies; b++) {
                sum += correlation(people, a, b);
                pairs++;
            }
        }
        double mean = sum / pairs;
        assertTrue(mean > 0.65 && mean < 0.75, "mean correlation between competencies " + mean);
    }

    @Test
    void competencyScenariosDifferInDifficulty() {
        CompetencyFramework framework = CompetencyFramework.permenPanRb38();
        double easiest = Double.POSITIVE_INFINITY;
        double hardest = Double.NEGATIVE_INFINITY;
        for (String code : framework.codes()) {
            double location = 0;
            var scale = cohort.competencyBank().forScale(code);
            for (int i = 0; i < scale.size(); i++) {
                for (double b : scale.item(i).model().thresholds()) {
                    location += b / (3.0 * scale.size());
                }
            }
            easiest = Math.min(easiest, location);
            hardest = Math.max(hardest, location);
        }
        assertTrue(hardest - easiest > 0.5, "mean item locations range from " + easiest + " to " + hardest);
    }

    @Test
    void ranksHoldCompetenciesToDifferentStandards() {
        StandardProfile standards = DemoCohort.standards(CompetencyFramework.permenPanRb38());
        assertEquals(3, standards.standard(StandardProfile.PENGAWAS).required("M1"));
        assertEquals(2, standards.standard(StandardProfile.PENGAWAS).required("M2"));
        assertEquals(2, standards.standard(StandardProfile.ADMINISTRATOR).required("M7"));
        assertEquals(4, standards.standard(StandardProfile.ADMINISTRATOR).required("M1"));
        assertNotEquals(standards.standard(StandardProfile.JPT_PRATAMA).levels(),
                StandardProfile.common(CompetencyFramework.permenPanRb38()).standard(StandardProfile.JPT_PRATAMA).levels());
    }

    private static double correlation(List<DemoCohort.Person> people, int a, int b) {
        double n = people.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (DemoCohort.Person p : people) {
            double x = p.competencyTheta()[a];
            double y = p.competencyTheta()[b];
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        return (sxy - sx * sy / n) / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    }
}

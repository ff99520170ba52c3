package io.github.cact.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class ClassificationProperties {

    @Property(tries = 50, seed = "20260101")
    void confusionMatrixIsADistributionAndIndicesAreProbabilities(
            @ForAll @DoubleRange(min = -3, max = 1) double start,
            @ForAll @Size(3) List<@DoubleRange(min = 0.05, max = 2) Double> steps,
            @ForAll @DoubleRange(min = 0.1, max = 1.5) double se) {
        CutScores cuts = LevelProbabilitiesProperties.cuts(start, steps);
        ClassificationIndices d = Classification.rudner(cuts, t -> se * (1 + 0.1 * t * t)).dMethod();
        double total = 0;
        for (double[] row : d.confusionMatrix()) {
            for (double v : row) {
                total += v;
            }
        }
        assertEquals(1.0, total, 1e-9);
        assertEquals(1.0, d.accuracy() + d.falsePositive() + d.falseNegative(), 1e-9);
        // Σ p_k² ≥ 1/5 (Cauchy–Schwarz) and ≤ 1
        assertTrue(d.consistency() >= 0.2 - 1e-12 && d.consistency() <= 1 + 1e-12, String.valueOf(d.consistency()));
        assertTrue(d.accuracy() > 0 && d.accuracy() <= 1 + 1e-12);
    }
}

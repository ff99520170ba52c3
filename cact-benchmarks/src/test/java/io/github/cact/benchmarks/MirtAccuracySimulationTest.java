package io.github.cact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** On a small seeded run, scoring the correlated competencies together classifies more levels correctly. */
class MirtAccuracySimulationTest {

    @Test
    void scoringTogetherClassifiesMoreLevelsCorrectly() {
        MirtAccuracySimulation.Result result = MirtAccuracySimulation.run(600, 0.7, 5);
        assertTrue(result.multidimensionalLevels() > result.separateLevels() + 0.015,
                "levels right: separate " + result.separateLevels() + ", together " + result.multidimensionalLevels());
        assertTrue(result.separateLevels() > 0.5 && result.multidimensionalLevels() < 1, result.toString());
    }
}

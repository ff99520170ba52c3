package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DiscreteDistributionTest {

    @Test
    void accessorsAndMean() {
        DiscreteDistribution d = DiscreteDistribution.of(new double[] {60, 80, 100}, new double[] {.25, .5, .25});
        assertEquals(3, d.size());
        assertEquals(80, d.value(1));
        assertEquals(.25, d.probability(2));
        assertEquals(.25 * 60 + .5 * 80 + .25 * 100, d.mean(), 1e-12);
        assertArrayEquals(new double[] {60, 80, 100}, d.values());
        assertArrayEquals(new double[] {.25, .5, .25}, d.probabilities());
        double[] copy = d.values();
        copy[0] = 0;
        assertEquals(60, d.value(0), "the arrays are copied out");
        assertEquals(42, DiscreteDistribution.pointMass(42).mean());
    }

    @Test
    void badEntriesAreNamedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {1, Double.NaN}, new double[] {.5, .5}));
        assertTrue(e.getMessage().contains("values[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {1, 2}, new double[] {-.1, 1.1}));
        assertTrue(e.getMessage().contains("probabilities[0]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {1, 2}, new double[] {.5, .4}));
        assertTrue(e.getMessage().contains("sum to 0.9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DiscreteDistribution.of(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> DiscreteDistribution.of(new double[] {1}, new double[] {.5, .5}));
    }

    @Test
    void posteriorAndPriorAreDistributionsOnTheNodes() {
        Quadrature grid = Quadrature.scoringDefault();
        DiscreteDistribution prior = grid.prior();
        assertArrayEquals(grid.nodes(), prior.values());
        assertArrayEquals(grid.weights(), prior.probabilities());
        assertEquals(0, prior.mean(), 1e-12);
        Posterior posterior = Scorer.of(io.github.cact.irt.ItemBank.of(io.github.cact.irt.Item.of("x",
                io.github.cact.irt.DichotomousItem.twoPl(1.2, 0.3)))).posterior(new int[] {1});
        DiscreteDistribution d = posterior.distribution();
        assertArrayEquals(posterior.nodes(), d.values());
        assertArrayEquals(posterior.weights(), d.probabilities());
        assertEquals(posterior.mean(), d.mean(), 1e-12);
    }

    @Test
    void valueEqualityAndNullChecks() {
        new EqualsTester()
                .addEqualityGroup(DiscreteDistribution.pointMass(0), DiscreteDistribution.pointMass(-0.0),
                        DiscreteDistribution.of(new double[] {0}, new double[] {1}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {80, 90}, new double[] {.5, .5}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {80, 95}, new double[] {.5, .5}))
                .addEqualityGroup(DiscreteDistribution.of(new double[] {80, 90}, new double[] {.25, .75}))
                .testEquals();
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicStaticMethods(DiscreteDistribution.class);
        tester.testAllPublicInstanceMethods(DiscreteDistribution.pointMass(1));
    }
}

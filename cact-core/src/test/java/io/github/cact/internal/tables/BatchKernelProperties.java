package io.github.cact.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.scoring.Quadrature;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class BatchKernelProperties {

    /**
     * The windowed one-pass moments equal the textbook two passes over every node: w_q = exp(v_q − max),
     * mean = Σwθ/Σw, SD = √(Σw(θ − mean)²/Σw), for log posteriors from flat to very peaked. The nodes left
     * out weigh less than e^−50 each, so the variance can lose at most Q·e^−50·(θ_Q − θ_1)²: that bounds
     * the absolute error of the SD when nearly all the weight is on one node (then the SD is the tails).
     */
    @Property(tries = 300, seed = "20261122")
    void windowedMomentsEqualTwoPassesOverEveryNode(@ForAll @IntRange(min = 2, max = 121) int count,
            @ForAll @DoubleRange(min = 0, max = 2000) double curvature, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Quadrature grid = Quadrature.standardNormal(count, -6, 6);
        double[] nodes = grid.nodes();
        double[] logPrior = new double[count];
        double mode = random.nextDouble(-6, 6);
        double[] values = new double[count + 2];
        for (int q = 0; q < count; q++) {
            logPrior[q] = grid.logWeight(q);
            double d = nodes[q] - mode;
            values[2 + q] = -0.5 * curvature * d * d + random.nextDouble(-1, 1) - 300;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < count; q++) {
            max = Math.max(max, values[2 + q] + logPrior[q]);
        }
        double[] w = new double[count];
        double sum = 0;
        double first = 0;
        for (int q = 0; q < count; q++) {
            w[q] = Math.exp(values[2 + q] + logPrior[q] - max);
            sum += w[q];
            first += w[q] * nodes[q];
        }
        double mean = first / sum;
        double second = 0;
        for (int q = 0; q < count; q++) {
            second += w[q] * (nodes[q] - mean) * (nodes[q] - mean);
        }
        double sd = Math.sqrt(second / sum);

        double[] moments = new double[4];
        BatchKernel.moments(values, 2, nodes, logPrior, moments);
        assertEquals(mean, moments[0], 1e-12 * Math.max(1, Math.abs(mean)));
        double windowSd = (nodes[count - 1] - nodes[0]) * Math.sqrt(count * Math.exp(-BatchKernel.WINDOW));
        assertEquals(sd, moments[1], 1e-9 * sd + windowSd);
        assertEquals(max + Math.log(sum), moments[2], 1e-12 * Math.abs(moments[2]));
        assertEquals(sum, moments[3], 1e-12 * sum);
        for (int q = 0; q < count; q++) {
            assertEquals(w[q], values[2 + q], 1e-20 + 1e-15 * w[q]);
        }
    }
}

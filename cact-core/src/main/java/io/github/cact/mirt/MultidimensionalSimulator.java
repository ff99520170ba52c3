package io.github.cact.mirt;

import io.github.cact.data.ResponseMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Simulates responses to a multidimensional bank: θ ~ N_D(0, R) drawn as L·z with z standard normal, then
 * each category by inversion of the item's cumulative probabilities. One {@link SplittableRandom} seeded by
 * the caller drives everything in a fixed order (examinee by examinee: D normals, then one uniform per item),
 * so a seed gives the same responses on every machine. Examinee ids are {@code P1..PN}. Immutable and
 * thread-safe.
 */
public final class MultidimensionalSimulator {

    private final MultidimensionalBank bank;
    private final long seed;

    private MultidimensionalSimulator(MultidimensionalBank bank, long seed) {
        this.bank = bank;
        this.seed = seed;
    }

    /**
     * A simulator.
     *
     * @param bank the true items and latent distribution
     * @param seed the seed
     * @return the simulator
     */
    public static MultidimensionalSimulator of(MultidimensionalBank bank, long seed) {
        return new MultidimensionalSimulator(Objects.requireNonNull(bank, "bank"), seed);
    }

    /**
     * Draws examinees and their responses.
     *
     * @param examinees N ≥ 1
     * @return the responses and the true θ
     * @throws IllegalArgumentException if N &lt; 1
     */
    public Simulated simulate(int examinees) {
        if (examinees < 1) {
            throw new IllegalArgumentException("at least one examinee is needed, got " + examinees);
        }
        int d = bank.dimensions();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] thetas = new double[examinees][d];
        double[] z = new double[d];
        List<String> ids = new ArrayList<>(examinees);
        int[][] responses = new int[examinees][bank.size()];
        double[] p = new double[bank.items().stream().mapToInt(MultidimensionalItem::categories).max().orElse(2)];
        for (int e = 0; e < examinees; e++) {
            for (int f = 0; f < d; f++) {
                z[f] = random.nextGaussian();
            }
            bank.latent().transform(z, thetas[e]);
            ids.add("P" + (e + 1));
            for (int i = 0; i < bank.size(); i++) {
                MultidimensionalItem item = bank.item(i);
                item.probabilities(thetas[e], p);
                double u = random.nextDouble();
                int k = 0;
                double cumulative = p[0];
                while (u >= cumulative && k < item.categories() - 1) {
                    k++;
                    cumulative += p[k];
                }
                responses[e][i] = k;
            }
        }
        return new Simulated(ResponseMatrix.of(ids, bank.ids(), responses), thetas);
    }

    /** Simulated responses with the θ that produced them. */
    public static final class Simulated {
        private final ResponseMatrix responses;
        private final double[][] thetas;

        private Simulated(ResponseMatrix responses, double[][] thetas) {
            this.responses = responses;
            this.thetas = thetas;
        }

        /** @return the responses, items in bank order */
        public ResponseMatrix responses() {
            return responses;
        }

        /**
         * Returns the true θ of an examinee.
         *
         * @param examinee 0-based
         * @return a new array of D values
         */
        public double[] theta(int examinee) {
            return thetas[examinee].clone();
        }
    }
}

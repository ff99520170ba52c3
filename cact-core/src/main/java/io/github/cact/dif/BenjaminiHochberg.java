package io.github.cact.dif;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Benjamini &amp; Hochberg (1995, JRSS B 57) adjusted p-values, which control the false discovery rate:
 * with the m p-values sorted ascending p_(1) ≤ … ≤ p_(m), p̃_(i) = min_{j ≥ i} min(1, m p_(j) / j), as
 * R's {@code p.adjust(p, "BH")}. Stateless.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * Adjusts a family of p-values.
     *
     * @param p the p-values, each in [0, 1]; not modified
     * @return the adjusted p-values, in the order of {@code p}
     * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN, naming its position
     */
    public static double[] adjust(double[] p) {
        Objects.requireNonNull(p, "p");
        int m = p.length;
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + (i + 1) + " is " + p[i] + "; expected 0..1");
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, Math.min(1, m * p[i] / rank));
            adjusted[i] = running;
        }
        return adjusted;
    }
}

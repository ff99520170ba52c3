package io.github.cact.competency;

import java.util.Arrays;
import java.util.List;

/**
 * The Lord–Wingersky (1984) recursion for the summed-score distribution P(X = x | θ) of items with
 * category probabilities, and the expected summed score τ(θ) = Σ_i Σ_j j·P(X_i = j | θ).
 */
final class LordWingersky {

    private LordWingersky() {
    }

    /** The highest summed score Σ (m_i − 1). */
    static int maxScore(List<? extends CategoryResponseFunction> items) {
        int max = 0;
        for (int i = 0; i < items.size(); i++) {
            max += items.get(i).categories() - 1;
        }
        return max;
    }

    /** P(X = x | θ) for x = 0..maxScore. */
    static double[] distribution(List<? extends CategoryResponseFunction> items, double theta, int maxScore) {
        double[] dist = new double[maxScore + 1];
        double[] next = new double[maxScore + 1];
        double[] p = new double[maxScore + 1];
        dist[0] = 1;
        int top = 0;
        for (int i = 0; i < items.size(); i++) {
            CategoryResponseFunction item = items.get(i);
            int m = item.categories();
            item.probabilities(theta, p);
            Arrays.fill(next, 0, top + m, 0.0);
            for (int s = 0; s <= top; s++) {
                double d = dist[s];
                for (int j = 0; j < m; j++) {
                    next[s + j] += d * p[j];
                }
            }
            double[] swap = dist;
            dist = next;
            next = swap;
            top += m - 1;
        }
        return dist;
    }

    /** τ(θ) = Σ_i Σ_j j·P(X_i = j | θ). */
    static double expectedScore(List<? extends CategoryResponseFunction> items, double theta, int maxCategories) {
        double[] p = new double[maxCategories];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            CategoryResponseFunction item = items.get(i);
            item.probabilities(theta, p);
            for (int j = 1; j < item.categories(); j++) {
                sum += j * p[j];
            }
        }
        return sum;
    }
}

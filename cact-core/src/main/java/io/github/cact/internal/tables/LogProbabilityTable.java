package io.github.cact.internal.tables;

import io.github.cact.irt.ItemModel;
import java.util.List;

/**
 * log P(X_i = k | θ_q) for every item i, category k and quadrature node q, in one flat row-major
 * array: the row of item i and category k starts at {@code (offset(i) + k) * nodes}. The hot loops of
 * scoring and calibration add the rows that responses select. Immutable after construction;
 * thread-safe.
 */
public final class LogProbabilityTable {

    private final double[] table;
    private final int[] offsets;
    private final int[] categories;
    private final int nodes;

    /**
     * Tabulates the models on the nodes.
     *
     * @param models the item models, in column order
     * @param thetas the quadrature nodes
     */
    public LogProbabilityTable(List<ItemModel> models, double[] thetas) {
        int items = models.size();
        this.nodes = thetas.length;
        this.offsets = new int[items + 1];
        this.categories = new int[items];
        for (int i = 0; i < items; i++) {
            categories[i] = models.get(i).categories();
            offsets[i + 1] = offsets[i] + categories[i];
        }
        this.table = new double[offsets[items] * nodes];
        double[] logP = new double[maxOf(categories)];
        for (int i = 0; i < items; i++) {
            ItemModel model = models.get(i);
            for (int q = 0; q < nodes; q++) {
                model.logProbabilities(thetas[q], logP);
                for (int k = 0; k < categories[i]; k++) {
                    table[(offsets[i] + k) * nodes + q] = logP[k];
                }
            }
        }
    }

    private static int maxOf(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * Returns the number of items.
     *
     * @return I
     */
    public int items() {
        return categories.length;
    }

    /**
     * Returns the number of nodes.
     *
     * @return Q
     */
    public int nodes() {
        return nodes;
    }

    /**
     * Returns the number of categories of an item.
     *
     * @param item 0-based item
     * @return K_i
     */
    public int categories(int item) {
        return categories[item];
    }

    /**
     * Returns the start of the row of an item's category in {@link #table()}.
     *
     * @param item 0-based item
     * @param category 0-based category
     * @return the index of log P(X_i = k | θ_0)
     */
    public int rowStart(int item, int category) {
        return (offsets[item] + category) * nodes;
    }

    /**
     * Returns the table itself, for hot loops. Callers must not modify it.
     *
     * @return the flat table (not a copy)
     */
    public double[] table() {
        return table;
    }

    /**
     * Adds the rows selected by one response pattern to an accumulator: acc[q] += Σ_i log P(x_i | θ_q),
     * skipping missing responses (negative values).
     *
     * @param responses one category per item, negative for missing
     * @param acc Q values to add to (modified)
     */
    public void addLogLikelihood(byte[] responses, double[] acc) {
        addLogLikelihood(responses, 0, acc);
    }

    /**
     * As {@link #addLogLikelihood(byte[], double[])}, reading the pattern at an offset.
     *
     * @param responses the responses array
     * @param from where the pattern's first item is
     * @param acc Q values to add to (modified)
     */
    public void addLogLikelihood(byte[] responses, int from, double[] acc) {
        int items = categories.length;
        for (int i = 0; i < items; i++) {
            int x = responses[from + i];
            if (x < 0) {
                continue;
            }
            int row = (offsets[i] + x) * nodes;
            for (int q = 0; q < nodes; q++) {
                acc[q] += table[row + q];
            }
        }
    }
}

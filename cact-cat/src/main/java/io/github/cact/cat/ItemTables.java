package io.github.cact.cat;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.scoring.Quadrature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of a design in engine order (scale by scale, bank order within a scale) with what selection
 * reads for each: its Fisher information at every grid node, stored node-major so that one node's values
 * for a scale's items lie side by side ({@code information[node * n + item]}), and its location (the mean
 * of its thresholds). Immutable after construction and thread-safe.
 */
final class ItemTables {

    final int size;
    final int[] bankPosition;
    final int[] scaleOf;
    final int[] scaleStart;
    final int[] scaleEnd;
    final ItemModel[] models;
    final String[] ids;
    final double[] location;
    final int maxCategories;
    final double[] nodes;
    final double gridMin;
    final double gridStep;
    final double[] information;
    private final Map<String, Integer> indexById;

    ItemTables(ItemBank bank, List<String> scales, Quadrature grid) {
        int scaleCount = scales.size();
        scaleStart = new int[scaleCount];
        scaleEnd = new int[scaleCount];
        int n = 0;
        for (String scale : scales) {
            for (Item item : bank.items()) {
                if (item.scale().orElse("").equals(scale)) {
                    n++;
                }
            }
        }
        size = n;
        bankPosition = new int[n];
        scaleOf = new int[n];
        models = new ItemModel[n];
        ids = new String[n];
        location = new double[n];
        indexById = new HashMap<>();
        int e = 0;
        for (int s = 0; s < scaleCount; s++) {
            scaleStart[s] = e;
            for (int p = 0; p < bank.size(); p++) {
                Item item = bank.item(p);
                if (item.scale().orElse("").equals(scales.get(s))) {
                    bankPosition[e] = p;
                    scaleOf[e] = s;
                    models[e] = item.model();
                    ids[e] = item.id();
                    location[e] = mean(item.model().thresholds());
                    indexById.put(item.id(), e);
                    e++;
                }
            }
            scaleEnd[s] = e;
        }
        int k = 2;
        for (ItemModel m : models) {
            k = Math.max(k, m.categories());
        }
        maxCategories = k;
        nodes = grid.nodes();
        gridMin = nodes[0];
        gridStep = (nodes[nodes.length - 1] - nodes[0]) / (nodes.length - 1);
        information = new double[nodes.length * n];
        for (int q = 0; q < nodes.length; q++) {
            for (int i = 0; i < n; i++) {
                information[q * n + i] = models[i].information(nodes[q]);
            }
        }
    }

    /** The engine index of an item id, or −1 if the design does not test it. */
    int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /**
     * The grid interval holding θ: writes nothing, returns {@code j} with θ in [θ_j, θ_{j+1}], clamped to
     * the grid; {@link #fraction} gives the position inside it.
     */
    int interval(double theta) {
        int j = (int) Math.floor((theta - gridMin) / gridStep);
        return Math.max(0, Math.min(nodes.length - 2, j));
    }

    /** The position of θ in interval j, clamped to [0, 1]. */
    double fraction(double theta, int j) {
        double t = (theta - nodes[j]) / (nodes[j + 1] - nodes[j]);
        return Math.max(0, Math.min(1, t));
    }

    /** I_i(θ) interpolated linearly between the nodes of interval j at fraction t. */
    double information(int item, int j, double t) {
        double lo = information[j * size + item];
        double hi = information[(j + 1) * size + item];
        return lo + t * (hi - lo);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}

package io.github.cact.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each estimated parameter sits in the flat parameter vector x: the M-step blocks in turn (one per
 * item with free parameters; the 1PL items together, their common slope first), then the latent mean and
 * variance where free. Packs the item states and the latent distribution into x and back. The layout is
 * immutable; it reads and writes the item states it was built over.
 */
final class ParameterLayout {

    /**
     * One M-step unit: items sharing a parameter vector of {@code size} entries; {@code map[m][j]} is the
     * block index of local parameter j of item {@code items[m]}, or −1 if fixed; {@code role[k]} is the
     * {@link ItemState} role of block entry k.
     */
    record Block(int[] items, int[][] map, int size, int[] role) {
    }

    private final ItemState[] states;
    private final Block[] blocks;
    private final int[] blockStart;
    private final boolean meanFree;
    private final boolean varFree;
    private final int meanIndex;
    private final int varIndex;
    private final int size;

    ParameterLayout(ItemState[] states, boolean meanFree, boolean varFree) {
        this.states = states;
        this.meanFree = meanFree;
        this.varFree = varFree;
        List<Block> list = new ArrayList<>();
        List<Integer> onePl = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            ItemState s = states[i];
            if (s.sharedSlope() && s.free[1]) {
                onePl.add(i);
                continue;
            }
            int n = 0;
            int[] map = new int[s.size];
            for (int j = 0; j < s.size; j++) {
                map[j] = s.free[j] ? n++ : -1;
            }
            if (n > 0) {
                int[] role = new int[n];
                for (int j = 0; j < s.size; j++) {
                    if (map[j] >= 0) {
                        role[map[j]] = s.role[j];
                    }
                }
                list.add(new Block(new int[] {i}, new int[][] {map}, n, role));
            }
        }
        if (!onePl.isEmpty()) {
            int n = onePl.size();
            int[] items = new int[n];
            int[][] map = new int[n][];
            int[] role = new int[n + 1];
            role[0] = ItemState.ROLE_SLOPE;
            for (int b = 0; b < n; b++) {
                items[b] = onePl.get(b);
                map[b] = new int[] {0, b + 1, -1, -1};
                role[b + 1] = ItemState.ROLE_INTERCEPT;
            }
            list.add(new Block(items, map, n + 1, role));
        }
        this.blocks = list.toArray(new Block[0]);
        this.blockStart = new int[blocks.length + 1];
        for (int b = 0; b < blocks.length; b++) {
            blockStart[b + 1] = blockStart[b] + blocks[b].size();
        }
        int n = blockStart[blocks.length];
        this.meanIndex = meanFree ? n++ : -1;
        this.varIndex = varFree ? n++ : -1;
        this.size = n;
    }

    /** @return the length of x */
    int size() {
        return size;
    }

    /** @return the number of M-step blocks */
    int blocks() {
        return blocks.length;
    }

    /** @return block b */
    Block block(int b) {
        return blocks[b];
    }

    /** @return the index in x of block b's first entry */
    int blockStart(int b) {
        return blockStart[b];
    }

    /** @return the state of an item (mutable: the M-step and {@link #unpack} write its parameters) */
    ItemState state(int item) {
        return states[item];
    }

    /** @return the number of items */
    int items() {
        return states.length;
    }

    /** @return whether the latent mean is estimated */
    boolean meanFree() {
        return meanFree;
    }

    /** @return whether the latent variance is estimated */
    boolean varFree() {
        return varFree;
    }

    /** @return the index of the latent mean in x, or −1 */
    int meanIndex() {
        return meanIndex;
    }

    /** @return the index of the latent variance in x, or −1 */
    int varIndex() {
        return varIndex;
    }

    /**
     * Returns the index in x of every item's local parameters.
     *
     * @return {@code [i][j]}: the index of parameter j of item i, or −1 if fixed; null for an item
     *     without free parameters
     */
    int[][] flatIndices() {
        int[][] flat = new int[states.length][];
        for (int b = 0; b < blocks.length; b++) {
            Block block = blocks[b];
            for (int m = 0; m < block.items().length; m++) {
                int i = block.items()[m];
                int[] map = block.map()[m];
                flat[i] = new int[map.length];
                for (int j = 0; j < map.length; j++) {
                    flat[i][j] = map[j] < 0 ? -1 : blockStart[b] + map[j];
                }
            }
        }
        return flat;
    }

    /** @return the name of every entry of x: {@code item.parameter}, {@code 1pl.a}, {@code latent.mean}, ... */
    List<String> names() {
        String[] names = new String[size];
        for (int b = 0; b < blocks.length; b++) {
            Block block = blocks[b];
            for (int m = 0; m < block.items().length; m++) {
                ItemState s = states[block.items()[m]];
                for (int j = 0; j < s.size; j++) {
                    int at = block.map()[m][j];
                    if (at >= 0) {
                        names[blockStart[b] + at] = s.sharedSlope() && j == 0 ? "1pl.a"
                                : s.id + "." + s.parameterName(j);
                    }
                }
            }
        }
        if (meanFree) {
            names[meanIndex] = "latent.mean";
        }
        if (varFree) {
            names[varIndex] = "latent.variance";
        }
        return List.of(names);
    }

    /** Returns x at the current item states and latent distribution. */
    double[] pack(LatentDistribution latent) {
        double[] x = new double[size];
        for (int b = 0; b < blocks.length; b++) {
            Block block = blocks[b];
            for (int m = 0; m < block.items().length; m++) {
                ItemState s = states[block.items()[m]];
                int[] map = block.map()[m];
                for (int j = 0; j < s.size; j++) {
                    if (map[j] >= 0) {
                        x[blockStart[b] + map[j]] = s.par[j];
                    }
                }
            }
        }
        if (meanFree) {
            x[meanIndex] = latent.mean();
        }
        if (varFree) {
            x[varIndex] = latent.variance();
        }
        return x;
    }

    /** Sets the item states and the free latent moments from x. */
    void unpack(double[] x, LatentDistribution latent) {
        for (int b = 0; b < blocks.length; b++) {
            scatter(b, x, blockStart[b]);
        }
        latent.set(meanFree ? x[meanIndex] : latent.mean(), varFree ? x[varIndex] : latent.variance());
    }

    /** Sets the item states of block b from {@code x[from ..]}. */
    void scatter(int b, double[] x, int from) {
        Block block = blocks[b];
        for (int m = 0; m < block.items().length; m++) {
            ItemState s = states[block.items()[m]];
            int[] map = block.map()[m];
            for (int j = 0; j < s.size; j++) {
                if (map[j] >= 0) {
                    s.par[j] = x[from + map[j]];
                }
            }
        }
    }

    /** Copies block b's entries from the item states into {@code x[0 .. size)}. */
    void gather(int b, double[] x) {
        Block block = blocks[b];
        for (int m = 0; m < block.items().length; m++) {
            ItemState s = states[block.items()[m]];
            int[] map = block.map()[m];
            for (int j = 0; j < s.size; j++) {
                if (map[j] >= 0) {
                    x[map[j]] = s.par[j];
                }
            }
        }
    }

    /** Whether x gives valid item models, |μ| &lt; 10 and 1e-4 &lt; σ² &lt; 100. */
    boolean valid(double[] x) {
        for (int b = 0; b < blocks.length; b++) {
            Block block = blocks[b];
            for (int m = 0; m < block.items().length; m++) {
                ItemState s = states[block.items()[m]];
                int[] map = block.map()[m];
                double[] trial = s.par.clone();
                for (int j = 0; j < s.size; j++) {
                    if (map[j] >= 0) {
                        trial[j] = x[blockStart[b] + map[j]];
                    }
                }
                if (!s.valid(trial)) {
                    return false;
                }
            }
        }
        if (meanFree && !(Math.abs(x[meanIndex]) < 10)) {
            return false;
        }
        return !varFree || x[varIndex] > 1e-4 && x[varIndex] < 100;
    }
}

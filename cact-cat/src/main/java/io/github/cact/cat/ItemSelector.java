package io.github.cact.cat;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.ItemModel;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Picks one item of a scale among its eligible items: the selection rule scores each candidate, the
 * exposure control picks one of the best (docs/cat.md#item-selection, docs/cat.md#exposure-control).
 * Ties go to the lowest bank position. Immutable after construction and thread-safe; randomness comes
 * only from the stream passed in.
 */
final class ItemSelector {

    /** The item picked, and the items Sympson–Hetter set aside on the way. */
    record Choice(int item, int[] rejected) {
    }

    private static final int[] NONE = new int[0];

    private final SelectionRule selection;
    private final ExposureControl exposure;
    private final ItemTables tables;
    private final int[] scaleLength;
    private final double[] exposureParameter;
    private final int[] stratum;
    private final KlTable kl;

    /**
     * @param scaleLength per scale, the most items it can receive: min(maximum, items in the scale)
     */
    ItemSelector(CatDesign design, ItemTables tables, int[] scaleLength) {
        this.selection = design.selection();
        this.exposure = design.exposure();
        this.tables = tables;
        this.scaleLength = scaleLength;
        this.exposureParameter = new double[tables.size];
        for (int i = 0; i < tables.size; i++) {
            exposureParameter[i] = exposure instanceof ExposureControl.SympsonHetter sh
                    ? sh.parameter(tables.ids[i]) : 1.0;
        }
        int strata = strataOf(selection);
        this.stratum = strata > 0 ? stratify(tables, strata) : NONE;
        this.kl = usesKl(selection) ? new KlTable(tables) : null;
    }

    Choice choose(int s, ScaleState state, int[] candidates, int n, SplitMix rng) {
        SelectionRule rule = selection;
        while (rule instanceof SelectionRule.Switching sw) {
            rule = sw.ruleAfter(state.count);
        }
        int[] pool = candidates;
        int size = n;
        if (rule instanceof SelectionRule.AStratified as) {
            pool = new int[n];
            size = stratumCandidates(as.strata(), s, state.count, candidates, n, pool);
        }
        double[] score = new double[size];
        score(rule, state, pool, size, score, rng);
        return pick(s, state.count, pool, size, score, rng);
    }

    private void score(SelectionRule rule, ScaleState state, int[] pool, int n, double[] score, SplitMix rng) {
        if (rule instanceof SelectionRule.MaximumInformation) {
            int j = tables.interval(state.theta);
            double t = tables.fraction(state.theta, j);
            for (int c = 0; c < n; c++) {
                score[c] = tables.information(pool[c], j, t);
            }
        } else if (rule instanceof SelectionRule.PosteriorWeightedInformation) {
            double[] w = state.posteriorWeights();
            int size = tables.size;
            for (int q = 0; q < w.length; q++) {
                double wq = w[q];
                if (wq > 0) {
                    int row = q * size;
                    for (int c = 0; c < n; c++) {
                        score[c] += wq * tables.information[row + pool[c]];
                    }
                }
            }
        } else if (rule instanceof SelectionRule.KullbackLeibler k) {
            double delta = k.width() / Math.sqrt(Math.max(1, state.count));
            for (int c = 0; c < n; c++) {
                score[c] = kl.index(pool[c], state.theta, delta);
            }
        } else if (rule instanceof SelectionRule.AStratified) {
            for (int c = 0; c < n; c++) {
                score[c] = -Math.abs(tables.location[pool[c]] - state.theta);
            }
        } else {
            for (int c = 0; c < n; c++) {
                score[c] = rng.nextDouble();
            }
        }
    }

    private Choice pick(int s, int count, int[] pool, int n, double[] score, SplitMix rng) {
        if (exposure instanceof ExposureControl.Randomesque r) {
            Integer[] order = order(score, n);
            return new Choice(pool[order[rng.nextInt(Math.min(r.k(), n))]], NONE);
        }
        if (exposure instanceof ExposureControl.SympsonHetter) {
            return sympsonHetter(pool, n, score, rng);
        }
        if (exposure instanceof ExposureControl.Progressive p) {
            double max = 0;
            for (int c = 0; c < n; c++) {
                max = Math.max(max, score[c]);
            }
            double weight = Math.pow((double) count / scaleLength[s], p.acceleration());
            for (int c = 0; c < n; c++) {
                score[c] = (1 - weight) * rng.nextDouble() * max + weight * score[c];
            }
        }
        return new Choice(pool[argmax(score, n, null)], NONE);
    }

    /**
     * Tries the candidates from the best down: each is given with probability K_i, else set aside. If all
     * are set aside, the best is given after all.
     */
    private Choice sympsonHetter(int[] pool, int n, double[] score, SplitMix rng) {
        boolean[] tried = new boolean[n];
        int[] rejected = new int[n];
        int rejectedCount = 0;
        for (int attempt = 0; attempt < n; attempt++) {
            int c = argmax(score, n, tried);
            tried[c] = true;
            if (rng.nextDouble() < exposureParameter[pool[c]]) {
                return new Choice(pool[c], Arrays.copyOf(rejected, rejectedCount));
            }
            rejected[rejectedCount++] = pool[c];
        }
        return new Choice(rejected[0], Arrays.copyOfRange(rejected, 1, rejectedCount));
    }

    /** The first index of the largest score among those not skipped. */
    private static int argmax(double[] score, int n, boolean[] skip) {
        int best = -1;
        for (int c = 0; c < n; c++) {
            if ((skip == null || !skip[c]) && (best < 0 || score[c] > score[best])) {
                best = c;
            }
        }
        return best;
    }

    /** Candidate positions by score, best first, lower position first on ties. */
    private static Integer[] order(double[] score, int n) {
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(c -> -score[c]).thenComparingInt(c -> c));
        return order;
    }

    /**
     * Writes into {@code out} the candidates of the stratum for the scale's stage: stage
     * ⌊count · strata / L⌋ (capped at the last), or if none is eligible there, the nearest stratum above,
     * then below. Returns their number.
     */
    private int stratumCandidates(int strata, int s, int count, int[] candidates, int n, int[] out) {
        int stage = Math.min(strata - 1, count * strata / scaleLength[s]);
        for (int step = 0; step < strata; step++) {
            int target = stage + step < strata ? stage + step : strata - step - 1;
            int m = 0;
            for (int c = 0; c < n; c++) {
                if (stratum[candidates[c]] == target) {
                    out[m++] = candidates[c];
                }
            }
            if (m > 0) {
                return m;
            }
        }
        throw new IllegalStateException("every candidate lies in one of the " + strata + " strata");
    }

    /**
     * a-stratification with b-blocking: per scale, items sorted by location are cut into blocks of
     * {@code strata} consecutive items; within a block the item of rank r by slope goes to stratum r, so
     * every stratum spans the difficulty range and the strata rise in discrimination.
     */
    private static int[] stratify(ItemTables tables, int strata) {
        int[] out = new int[tables.size];
        for (int s = 0; s < tables.scaleStart.length; s++) {
            int from = tables.scaleStart[s];
            int to = tables.scaleEnd[s];
            Integer[] byLocation = new Integer[to - from];
            for (int i = from; i < to; i++) {
                byLocation[i - from] = i;
            }
            Arrays.sort(byLocation, Comparator.<Integer>comparingDouble(i -> tables.location[i])
                    .thenComparingInt(i -> i));
            for (int start = 0; start < byLocation.length; start += strata) {
                int end = Math.min(byLocation.length, start + strata);
                Integer[] block = Arrays.copyOfRange(byLocation, start, end);
                Arrays.sort(block, Comparator.<Integer>comparingDouble(i -> tables.models[i].slope())
                        .thenComparingInt(i -> i));
                for (int r = 0; r < block.length; r++) {
                    out[block[r]] = block.length == strata ? r : r * strata / block.length;
                }
            }
        }
        return out;
    }

    private static int strataOf(SelectionRule rule) {
        if (rule instanceof SelectionRule.AStratified as) {
            return as.strata();
        }
        if (rule instanceof SelectionRule.Switching sw) {
            return Math.max(strataOf(sw.early()), strataOf(sw.later()));
        }
        return 0;
    }

    private static boolean usesKl(SelectionRule rule) {
        if (rule instanceof SelectionRule.Switching sw) {
            return usesKl(sw.early()) || usesKl(sw.later());
        }
        return rule instanceof SelectionRule.KullbackLeibler;
    }

    /**
     * Kullback–Leibler global information from prefix sums of log P_k over the grid nodes: for the nodes
     * θ_q within θ̂ ± δ (spacing h), KL_i ≈ h Σ_q Σ_k P_k(θ̂)(log P_k(θ̂) − log P_k(θ_q)), which needs only
     * P_k(θ̂) and two prefix sums per category.
     */
    static final class KlTable {

        private final ItemTables tables;
        private final double[][] prefix;

        KlTable(ItemTables tables) {
            this.tables = tables;
            int q = tables.nodes.length;
            prefix = new double[tables.size][];
            for (int i = 0; i < tables.size; i++) {
                ItemModel m = tables.models[i];
                int k = m.categories();
                double[] sums = new double[(q + 1) * k];
                double[] logP = new double[k];
                for (int node = 0; node < q; node++) {
                    m.logProbabilities(tables.nodes[node], logP);
                    for (int c = 0; c < k; c++) {
                        sums[(node + 1) * k + c] = sums[node * k + c] + logP[c];
                    }
                }
                prefix[i] = sums;
            }
        }

        double index(int item, double theta, double delta) {
            double[] nodes = tables.nodes;
            double h = tables.gridStep;
            int lo = (int) Math.ceil((theta - delta - tables.gridMin) / h - 1e-9);
            int hi = (int) Math.floor((theta + delta - tables.gridMin) / h + 1e-9);
            lo = Math.max(0, lo);
            hi = Math.min(nodes.length - 1, hi);
            if (lo > hi) {
                int nearest = Math.max(0, Math.min(nodes.length - 1, (int) Math.round((theta - tables.gridMin) / h)));
                lo = nearest;
                hi = nearest;
            }
            ItemModel m = tables.models[item];
            int k = m.categories();
            double[] p = new double[k];
            double[] logP = new double[k];
            m.probabilities(theta, p);
            m.logProbabilities(theta, logP);
            double[] sums = prefix[item];
            int count = hi - lo + 1;
            double total = 0;
            for (int c = 0; c < k; c++) {
                if (p[c] > 0) {
                    total += p[c] * (count * logP[c] - (sums[(hi + 1) * k + c] - sums[lo * k + c]));
                }
            }
            return h * total;
        }
    }
}

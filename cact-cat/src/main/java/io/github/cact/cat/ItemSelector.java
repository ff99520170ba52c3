package io.github.cact.cat;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.ItemModel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

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
    /** Posterior weights below this share of the largest are left out of posterior-weighted information. */
    static final double NEGLIGIBLE_WEIGHT = 1e-12;

    private final SelectionRule selection;
    private final ExposureControl exposure;
    private final ItemTables tables;
    private final int[] scaleLength;
    private final double[] exposureParameter;
    private final int[] stratum;
    private final KlTable kl;
    /** Per scale, θ̂ before any answer: the EAP of its prior on the grid. */
    private final double[] startTheta;
    /**
     * Per item, its Kullback–Leibler index at its scale's starting θ̂ with δ = c, the scores of every
     * scale's first item; null unless the rule for the first item is Kullback–Leibler.
     */
    private final double[] klAtStart;
    /** Per scale, the θ of its decisions: every cut, or the standard's cut; empty without cut scores. */
    private final double[][] decisionCuts;
    /** Per item, its Fisher information at each decision cut of its scale. */
    private final double[][] cutInformation;

    /**
     * @param scaleLength per scale, the most items it can receive: min(maximum, items in the scale)
     * @param startTheta per scale, θ̂ before any answer
     * @param klStartTable whether to tabulate the Kullback–Leibler scores of the first item (false only to
     *     check the table against the computation it replaces)
     */
    ItemSelector(CatDesign design, ItemTables tables, int[] scaleLength, double[] startTheta, boolean klStartTable) {
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
        this.startTheta = startTheta.clone();
        this.klAtStart = klStartTable && ruleAfter(selection, 0) instanceof SelectionRule.KullbackLeibler k
                ? klAtStart(k) : null;
        this.decisionCuts = decisionCuts(design);
        this.cutInformation = new double[tables.size][];
        for (int i = 0; i < tables.size; i++) {
            double[] cuts = decisionCuts[tables.scaleOf[i]];
            cutInformation[i] = new double[cuts.length];
            for (int k = 0; k < cuts.length; k++) {
                cutInformation[i][k] = tables.models[i].information(cuts[k]);
            }
        }
    }

    /**
     * Per scale of the design, the θ where its classification decides: the four cuts, or only c_{S−1} for a
     * scale classified against standard level S &gt; 1; empty for a scale without cut scores.
     */
    private static double[][] decisionCuts(CatDesign design) {
        double[][] out = new double[design.scales().size()][];
        for (int s = 0; s < out.length; s++) {
            String scale = design.scales().get(s);
            Optional<ClassificationStop> rule = design.stopping().classification();
            double[] cuts = rule.flatMap(r -> r.cutScores(scale)).map(CutScores::cuts).orElse(new double[0]);
            int standard = rule.map(r -> r.standard(scale).orElse(0)).orElse(0);
            if (standard == 1) {
                cuts = new double[0];
            } else if (standard > 1) {
                cuts = new double[] {cuts[standard - 2]};
            }
            out[s] = cuts;
        }
        return out;
    }

    /** Every item's Kullback–Leibler index at its scale's starting θ̂, as {@link #score} computes it there. */
    private double[] klAtStart(SelectionRule.KullbackLeibler rule) {
        double[] out = new double[tables.size];
        double[] logP = new double[tables.maxCategories];
        for (int s = 0; s < startTheta.length; s++) {
            int from = tables.scaleStart[s];
            int n = tables.scaleEnd[s] - from;
            int[] pool = new int[n];
            for (int c = 0; c < n; c++) {
                pool[c] = from + c;
            }
            double[] score = new double[n];
            kl.score(pool, n, startTheta[s], klHalfWidth(rule, 0), logP, score);
            System.arraycopy(score, 0, out, from, n);
        }
        return out;
    }

    /** The rule that chooses the next item after {@code count} items of the scale. */
    private static SelectionRule ruleAfter(SelectionRule selection, int count) {
        SelectionRule rule = selection;
        while (rule instanceof SelectionRule.Switching sw) {
            rule = sw.ruleAfter(count);
        }
        return rule;
    }

    /** The half-width δ = c/√n of the Kullback–Leibler window after n items of the scale (n = 1 for none). */
    private static double klHalfWidth(SelectionRule.KullbackLeibler rule, int count) {
        return rule.width() / Math.sqrt(Math.max(1, count));
    }

    /** Chooses among the first n entries of {@code work.candidates}, all items of scale s. */
    Choice choose(int s, ScaleState state, int n, Workspace work, SplitMix rng) {
        SelectionRule rule = ruleAfter(selection, state.count);
        int size = n;
        if (rule instanceof SelectionRule.AStratified as) {
            size = keepStratum(as.strata(), s, state.count, work.candidates, n);
        }
        score(rule, s, state, size, work, rng);
        return pick(s, state.count, work.candidates, size, work.score, rng);
    }

    private void score(SelectionRule rule, int s, ScaleState state, int n, Workspace work, SplitMix rng) {
        int[] pool = work.candidates;
        double[] score = work.score;
        if (rule instanceof SelectionRule.MaximumInformation) {
            int j = tables.interval(state.theta);
            double t = tables.fraction(state.theta, j);
            for (int c = 0; c < n; c++) {
                score[c] = tables.information(pool[c], j, t);
            }
        } else if (rule instanceof SelectionRule.CutInformation) {
            double[] cuts = decisionCuts[s];
            if (cuts.length == 0) {
                score(SelectionRule.maximumInformation(), s, state, n, work, rng);
                return;
            }
            int nearest = 0;
            for (int k = 1; k < cuts.length; k++) {
                if (Math.abs(cuts[k] - state.theta) < Math.abs(cuts[nearest] - state.theta)) {
                    nearest = k;
                }
            }
            for (int c = 0; c < n; c++) {
                score[c] = cutInformation[pool[c]][nearest];
            }
        } else if (rule instanceof SelectionRule.PosteriorWeightedInformation) {
            posteriorWeighted(s, state, n, work);
        } else if (rule instanceof SelectionRule.KullbackLeibler k) {
            if (klAtStart != null && state.count == 0 && Double.compare(state.theta, startTheta[s]) == 0) {
                for (int c = 0; c < n; c++) {
                    score[c] = klAtStart[pool[c]];
                }
            } else {
                kl.score(pool, n, state.theta, klHalfWidth(k, state.count), new double[tables.maxCategories], score);
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

    /**
     * Σ_q π_q I_i(θ_q) for every item of the scale, node by node over the scale's contiguous row segment,
     * leaving out nodes whose posterior weight is below {@value #NEGLIGIBLE_WEIGHT} of the largest.
     */
    private void posteriorWeighted(int s, ScaleState state, int n, Workspace work) {
        double[] w = state.posteriorWeights();
        double max = 0;
        for (double wq : w) {
            max = Math.max(max, wq);
        }
        int from = tables.scaleStart[s];
        int width = tables.scaleEnd[s] - from;
        double[] acc = work.perItem;
        Arrays.fill(acc, 0, width, 0.0);
        double[] information = tables.information;
        for (int q = 0; q < w.length; q++) {
            double wq = w[q];
            if (wq >= NEGLIGIBLE_WEIGHT * max) {
                int row = q * tables.size + from;
                for (int i = 0; i < width; i++) {
                    acc[i] += wq * information[row + i];
                }
            }
        }
        for (int c = 0; c < n; c++) {
            work.score[c] = acc[work.candidates[c] - from];
        }
    }

    private Choice pick(int s, int count, int[] pool, int n, double[] score, SplitMix rng) {
        if (exposure instanceof ExposureControl.Randomesque r) {
            int[] best = topK(score, n, Math.min(r.k(), n));
            return new Choice(pool[best[rng.nextInt(best.length)]], NONE);
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
        return new Choice(pool[argmax(score, n)], NONE);
    }

    /**
     * Tries the candidates from the best down: each is given with probability K_i, else set aside (its
     * score becomes NaN, out of the running). If all are set aside, the best is given after all.
     */
    private Choice sympsonHetter(int[] pool, int n, double[] score, SplitMix rng) {
        int[] rejected = new int[Math.min(n, 8)];
        int rejectedCount = 0;
        for (int attempt = 0; attempt < n; attempt++) {
            int c = argmax(score, n);
            score[c] = Double.NaN;
            if (rng.nextDouble() < exposureParameter[pool[c]]) {
                return new Choice(pool[c], Arrays.copyOf(rejected, rejectedCount));
            }
            if (rejectedCount == rejected.length) {
                rejected = Arrays.copyOf(rejected, 2 * rejected.length);
            }
            rejected[rejectedCount++] = pool[c];
        }
        return new Choice(rejected[0], Arrays.copyOfRange(rejected, 1, rejectedCount));
    }

    /** The first index of the largest score, NaN scores skipped. */
    private static int argmax(double[] score, int n) {
        int best = -1;
        for (int c = 0; c < n; c++) {
            if (!Double.isNaN(score[c]) && (best < 0 || score[c] > score[best])) {
                best = c;
            }
        }
        return best;
    }

    /** The positions of the k largest scores, best first, the lower position first on ties. */
    private static int[] topK(double[] score, int n, int k) {
        int[] best = new int[k];
        int size = 0;
        for (int c = 0; c < n; c++) {
            if (size == k && !(score[c] > score[best[k - 1]])) {
                continue;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && score[c] > score[best[at - 1]]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = c;
        }
        return best;
    }

    /**
     * Keeps, at the front of {@code candidates}, those of the stratum for the scale's stage
     * ⌊count · strata / L⌋ (capped at the last), or if none is eligible there, of the nearest stratum above,
     * then below. Returns their number.
     */
    private int keepStratum(int strata, int s, int count, int[] candidates, int n) {
        int stage = Math.min(strata - 1, count * strata / scaleLength[s]);
        for (int step = 0; step < strata; step++) {
            int target = stage + step < strata ? stage + step : strata - step - 1;
            int m = 0;
            for (int c = 0; c < n; c++) {
                if (stratum[candidates[c]] == target) {
                    candidates[m++] = candidates[c];
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
     * P_k(θ̂) and two prefix sums per category. The sums are stored node-major (row r holds, item after
     * item, the sums over the first r nodes of every category), so that scoring a scale reads two rows
     * from one end to the other.
     */
    static final class KlTable {

        private final ItemTables tables;
        /** The first column of each item in a row. */
        private final int[] offset;
        private final int stride;
        private final double[] prefix;

        KlTable(ItemTables tables) {
            this.tables = tables;
            int q = tables.nodes.length;
            offset = new int[tables.size];
            int columns = 0;
            for (int i = 0; i < tables.size; i++) {
                offset[i] = columns;
                columns += tables.models[i].categories();
            }
            stride = columns;
            prefix = new double[(q + 1) * stride];
            double[] logP = new double[tables.maxCategories];
            for (int i = 0; i < tables.size; i++) {
                ItemModel m = tables.models[i];
                int k = m.categories();
                for (int node = 0; node < q; node++) {
                    m.logProbabilities(tables.nodes[node], logP);
                    int from = node * stride + offset[i];
                    for (int c = 0; c < k; c++) {
                        prefix[from + stride + c] = prefix[from + c] + logP[c];
                    }
                }
            }
        }

        /** The index of one item; {@code logP} is scratch space of at least K entries (modified). */
        double index(int item, double theta, double delta, double[] logP) {
            double[] score = new double[1];
            score(new int[] {item}, 1, theta, delta, logP, score);
            return score[0];
        }

        /**
         * Scores the first n items of {@code pool} at θ̂ with half-width δ into {@code score}; {@code logP}
         * is scratch space of at least K entries (modified).
         */
        void score(int[] pool, int n, double theta, double delta, double[] logP, double[] score) {
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
            int count = hi - lo + 1;
            int low = lo * stride;
            int high = (hi + 1) * stride;
            for (int c = 0; c < n; c++) {
                int item = pool[c];
                ItemModel m = tables.models[item];
                int k = m.categories();
                m.logProbabilities(theta, logP);
                int at = offset[item];
                double total = 0;
                for (int x = 0; x < k; x++) {
                    double p = Math.exp(logP[x]);
                    if (p > 0) {
                        total += p * (count * logP[x] - (prefix[high + at + x] - prefix[low + at + x]));
                    }
                }
                score[c] = h * total;
            }
        }
    }
}

package io.github.cact.cat;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.PartialCreditItem;
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
    /** Whether Kullback–Leibler selection skips the items its bound shows cannot be picked. */
    private final boolean klBound;
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
     * @param klShortcuts whether to tabulate the Kullback–Leibler scores of the first item and to skip, for
     *     later items, the items whose bound shows they cannot be picked (false only to check both against
     *     the computation they replace)
     */
    ItemSelector(CatDesign design, ItemTables tables, int[] scaleLength, double[] startTheta, boolean klShortcuts) {
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
        this.klBound = klShortcuts;
        this.klAtStart = klShortcuts && ruleAfter(selection, 0) instanceof SelectionRule.KullbackLeibler k
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
        return pick(s, state.count, work, size, rng);
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
                int keep = klBound ? picked(n) : n;
                kl.scoreBest(pool, n, state.theta, klHalfWidth(k, state.count), keep, work, score);
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

    /**
     * How many of the best scored candidates the exposure control can pick from: the best alone without
     * one, the k best with the randomesque; all of them with Sympson–Hetter (which may go down the whole
     * order) and the progressive method (which mixes every score with a draw).
     */
    private int picked(int n) {
        if (exposure instanceof ExposureControl.None) {
            return 1;
        }
        if (exposure instanceof ExposureControl.Randomesque r) {
            return Math.min(r.k(), n);
        }
        return n;
    }

    private Choice pick(int s, int count, Workspace work, int n, SplitMix rng) {
        int[] pool = work.candidates;
        double[] score = work.score;
        if (exposure instanceof ExposureControl.Randomesque r) {
            int k = Math.min(r.k(), n);
            topK(score, n, k, work.order);
            return new Choice(pool[work.order[rng.nextInt(k)]], NONE);
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

    /** Writes into {@code best} the positions of the k largest scores, best first, the lower first on ties. */
    private static void topK(double[] score, int n, int k, int[] best) {
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
     *
     * <p>When only the best few items matter, {@link #scoreBest} first bounds every item's index from above
     * without a logarithm or an exponential, and computes the index only of the items whose bound reaches
     * the best indices found (docs/cat.md#item-selection). The bound holds for the exponential families in
     * θ — partial credit items and dichotomous items without asymptotes — where
     * log P_k(θ) = k·aθ + C_k − A(θ), so that D(x, y) = KL(P(x) ‖ P(y)) = A(y) − A(x) − a(y − x)·μ(x) with
     * A = −log P_0 and μ(x) = E[k | x], and ∂D/∂x = −a²(y − x)·Var(k | x): D grows as x moves away from y.
     * With θ_j ≤ θ̂ ≤ θ_{j+1}, θ_{j+1} lies farther than θ̂ from every node θ_q ≤ θ_j, and θ_j farther than
     * θ̂ from every node θ_q ≥ θ_{j+1}, so
     * KL_i(θ̂) ≤ h [Σ_{q ≤ j} D(θ_{j+1}, θ_q) + Σ_{q ≥ j+1} D(θ_j, θ_q)] over the window's nodes, a few
     * prefix sums of A and node values of μ. Each bound is raised by a margin far above the rounding of
     * both computations, so an item left out scores strictly below the k-th best, whatever the rounding.
     * Items of other models (3PL, 4PL, graded response) are always computed.
     */
    static final class KlTable {

        /**
         * The margin per unit of h·(Q + 2)²·(1 + Σ_q Σ_k |log P_k(θ_q)|): 2^−44, 512 unit roundoffs. Each
         * prefix sum is off by at most (Q + 1) roundoffs of that magnitude, and the bound scales one by up to Q.
         */
        private static final double ROUNDING = 0x1p-44;

        private final ItemTables tables;
        /** The first column of each item in a row. */
        private final int[] offset;
        private final int stride;
        private final double[] prefix;
        /** Per item, the slope a of its exponential family in θ, or NaN if its model is none. */
        private final double[] familySlope;
        /** Node-major prefix sums of A = −log P_0: {@code partition[r * size + i]} = Σ_{q < r} A_i(θ_q). */
        private final double[] partition;
        /** Node-major E[k | θ_q]: {@code mean[q * size + i]}. */
        private final double[] mean;
        /** Per item, what is added to its bound for rounding. */
        private final double[] margin;

        KlTable(ItemTables tables) {
            this.tables = tables;
            int q = tables.nodes.length;
            int size = tables.size;
            offset = new int[size];
            int columns = 0;
            for (int i = 0; i < size; i++) {
                offset[i] = columns;
                columns += tables.models[i].categories();
            }
            stride = columns;
            prefix = new double[(q + 1) * stride];
            familySlope = new double[size];
            partition = new double[(q + 1) * size];
            mean = new double[q * size];
            margin = new double[size];
            double[] logP = new double[tables.maxCategories];
            for (int i = 0; i < size; i++) {
                ItemModel m = tables.models[i];
                int k = m.categories();
                familySlope[i] = exponentialFamily(m) ? m.slope() : Double.NaN;
                double magnitude = 1;
                for (int node = 0; node < q; node++) {
                    m.logProbabilities(tables.nodes[node], logP);
                    int from = node * stride + offset[i];
                    double expected = 0;
                    for (int c = 0; c < k; c++) {
                        prefix[from + stride + c] = prefix[from + c] + logP[c];
                        expected += c * Math.exp(logP[c]);
                        magnitude += Math.abs(logP[c]);
                    }
                    partition[(node + 1) * size + i] = partition[node * size + i] - logP[0];
                    mean[node * size + i] = expected;
                }
                margin[i] = ROUNDING * tables.gridStep * (q + 2.0) * (q + 2.0) * magnitude;
            }
        }

        /** Whether log P_k(θ) = k·aθ + C_k − A(θ): partial credit items, dichotomous items without asymptotes. */
        private static boolean exponentialFamily(ItemModel m) {
            return m instanceof PartialCreditItem
                    || m instanceof DichotomousItem d && d.guessing() == 0 && d.upper() == 1;
        }

        /** The index of one item; {@code logP} is scratch space of at least K entries (modified). */
        double index(int item, double theta, double delta, double[] logP) {
            double[] score = new double[1];
            score(new int[] {item}, 1, theta, delta, logP, score);
            return score[0];
        }

        /** The first node at or above θ̂ − δ, clamped to the grid. */
        private int lowest(double theta, double delta) {
            return Math.max(0, (int) Math.ceil((theta - delta - tables.gridMin) / tables.gridStep - 1e-9));
        }

        /** The last node at or below θ̂ + δ, clamped to the grid. */
        private int highest(double theta, double delta) {
            return Math.min(tables.nodes.length - 1,
                    (int) Math.floor((theta + delta - tables.gridMin) / tables.gridStep + 1e-9));
        }

        /** The first node of the window θ̂ ± δ: the first node within it, or the nearest node if none is. */
        private int windowStart(double theta, double delta) {
            int lo = lowest(theta, delta);
            return lo <= highest(theta, delta) ? lo : nearest(theta);
        }

        /** The last node of the window θ̂ ± δ: the last node within it, or the nearest node if none is. */
        private int windowEnd(double theta, double delta) {
            int hi = highest(theta, delta);
            return lowest(theta, delta) <= hi ? hi : nearest(theta);
        }

        /** The node nearest θ̂. */
        private int nearest(double theta) {
            int node = (int) Math.round((theta - tables.gridMin) / tables.gridStep);
            return Math.max(0, Math.min(tables.nodes.length - 1, node));
        }

        /**
         * Scores the first n items of {@code pool} at θ̂ with half-width δ into {@code score}; {@code logP}
         * is scratch space of at least K entries (modified).
         */
        void score(int[] pool, int n, double theta, double delta, double[] logP, double[] score) {
            int lo = windowStart(theta, delta);
            int hi = windowEnd(theta, delta);
            for (int c = 0; c < n; c++) {
                score[c] = index(pool[c], theta, lo, hi, logP);
            }
        }

        /**
         * Scores the first n items of {@code pool} as {@link #score} does, except that an item that cannot be
         * among the {@code keep} best is given −∞ instead: every other score is the one {@link #score} gives,
         * to the bit, so the best {@code keep} items and their order are the same. Uses {@code work.perItem},
         * {@code work.order} and {@code work.logP} as scratch.
         */
        void scoreBest(int[] pool, int n, double theta, double delta, int keep, Workspace work, double[] score) {
            double[] nodes = tables.nodes;
            if (keep >= n || !(theta >= nodes[0] && theta <= nodes[nodes.length - 1])) {
                score(pool, n, theta, delta, work.logP, score);
                return;
            }
            int lo = windowStart(theta, delta);
            int hi = windowEnd(theta, delta);
            double[] bound = work.perItem;
            bounds(pool, n, theta, delta, bound);
            int[] best = work.order;
            topK(bound, n, keep, best);
            for (int r = 0; r < keep; r++) {
                int c = best[r];
                score[c] = index(pool[c], theta, lo, hi, work.logP);
                bound[c] = Double.NaN;
            }
            sortByScore(best, keep, score);
            // best[0..keep): the positions of the keep largest indices computed so far, largest first
            double threshold = score[best[keep - 1]];
            for (int c = 0; c < n; c++) {
                if (Double.isNaN(bound[c])) {
                    continue;
                }
                if (bound[c] < threshold) {
                    score[c] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double value = index(pool[c], theta, lo, hi, work.logP);
                score[c] = value;
                if (value > threshold) {
                    insertByScore(best, keep - 1, c, score);
                    threshold = score[best[keep - 1]];
                }
            }
        }

        /** Orders the first k positions by their scores, largest first (insertion sort; k is small). */
        private static void sortByScore(int[] positions, int k, double[] score) {
            for (int r = 1; r < k; r++) {
                insertByScore(positions, r, positions[r], score);
            }
        }

        /**
         * Puts position c into {@code positions[0..last]}, ordered by score, largest first, after the
         * positions of equal score; {@code positions[0..last)} are so ordered, and the one at {@code last}
         * is overwritten.
         */
        private static void insertByScore(int[] positions, int last, int c, double[] score) {
            int at = last;
            while (at > 0 && score[c] > score[positions[at - 1]]) {
                positions[at] = positions[at - 1];
                at--;
            }
            positions[at] = c;
        }

        /**
         * Upper bounds, margin included, of the indices of the first n items of {@code pool} at θ̂ (within the
         * grid) with half-width δ; +∞ for an item outside the exponential families.
         */
        void bounds(int[] pool, int n, double theta, double delta, double[] bound) {
            double[] nodes = tables.nodes;
            int lo = windowStart(theta, delta);
            int hi = windowEnd(theta, delta);
            int j = tables.interval(theta);
            while (j > 0 && nodes[j] > theta) {
                j--;
            }
            while (j < nodes.length - 2 && nodes[j + 1] < theta) {
                j++;
            }
            // nodes lo..leftEnd lie at or below θ_j and are bounded from θ_{j+1}; rightStart..hi from θ_j
            int leftEnd = Math.min(j, hi);
            int rightStart = Math.max(j + 1, lo);
            int left = Math.max(0, leftEnd - lo + 1);
            int right = Math.max(0, hi - rightStart + 1);
            double leftOffset = 0;
            for (int q = lo; q <= leftEnd; q++) {
                leftOffset += nodes[q] - nodes[j + 1];
            }
            double rightOffset = 0;
            for (int q = rightStart; q <= hi; q++) {
                rightOffset += nodes[q] - nodes[j];
            }
            int size = tables.size;
            int rowLo = lo * size;
            int rowJ = j * size;
            int rowJ1 = rowJ + size;
            int rowJ2 = rowJ1 + size;
            int rowHi = (hi + 1) * size;
            int rowLeftEnd = (leftEnd + 1) * size;
            int rowRightStart = rightStart * size;
            double h = tables.gridStep;
            for (int c = 0; c < n; c++) {
                int i = pool[c];
                double a = familySlope[i];
                if (Double.isNaN(a)) {
                    bound[c] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double total = 0;
                if (left > 0) {
                    double partitionAtBase = partition[rowJ2 + i] - partition[rowJ1 + i];
                    total += partition[rowLeftEnd + i] - partition[rowLo + i] - left * partitionAtBase
                            - a * mean[rowJ1 + i] * leftOffset;
                }
                if (right > 0) {
                    double partitionAtBase = partition[rowJ1 + i] - partition[rowJ + i];
                    total += partition[rowHi + i] - partition[rowRightStart + i] - right * partitionAtBase
                            - a * mean[rowJ + i] * rightOffset;
                }
                bound[c] = h * total + margin[i];
            }
        }

        /** The index of one item over the nodes lo..hi; {@code logP} is scratch space (modified). */
        private double index(int item, double theta, int lo, int hi, double[] logP) {
            int count = hi - lo + 1;
            int low = lo * stride;
            int high = (hi + 1) * stride;
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
            return tables.gridStep * total;
        }
    }
}

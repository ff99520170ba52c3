package io.github.cact.calibration;

import io.github.cact.internal.fit.LimitedInformation;
import io.github.cact.internal.tables.LogProbabilityTable;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Item fit (S-X2, infit/outfit) and model fit (G2) at the estimates; see {@link ItemFit} and
 * {@link ModelFit} for the definitions. Confined to one calibration.
 */
final class FitStatistics {

    /** The largest number of possible patterns for G2. */
    static final int MAX_G2_PATTERNS = 1 << 15;

    private final EmEngine engine;
    private final boolean[] anchored;
    private final int items;
    private final int nodes;
    private final double[] theta;
    private final double[] weights;
    private final ItemModel[] models;
    /** P(X_i = k | θ_q) at {@code [i][k * nodes + q]}. */
    private final double[][] prob;

    FitStatistics(EmEngine engine, boolean[] anchored) {
        this.engine = engine;
        this.anchored = anchored;
        this.items = engine.layout().items();
        this.nodes = engine.latent().nodes();
        this.theta = engine.latent().theta();
        double[] lw = engine.latent().logWeights();
        this.weights = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            weights[q] = Math.exp(lw[q]);
        }
        this.models = engine.models().toArray(new ItemModel[0]);
        this.prob = new double[items][];
        for (int i = 0; i < items; i++) {
            int k0 = models[i].categories();
            prob[i] = new double[k0 * nodes];
            double[] p = new double[k0];
            for (int q = 0; q < nodes; q++) {
                models[i].probabilities(theta[q], p);
                for (int k = 0; k < k0; k++) {
                    prob[i][k * nodes + q] = p[k];
                }
            }
        }
    }

    /** χ² upper tail P(χ²_df ≥ x). */
    static double chiSquareUpperTail(double x, int df) {
        return LimitedInformation.chiSquareUpperTail(x, df);
    }

    /** The noncentral χ² distribution function ({@link LimitedInformation#noncentralChiSquareCdf}). */
    static double noncentralChiSquareCdf(double x, int df, double lambda) {
        return LimitedInformation.noncentralChiSquareCdf(x, df, lambda);
    }

    private static boolean raschFamily(ModelType type) {
        return type == ModelType.RASCH || type == ModelType.ONE_PL || type == ModelType.PCM;
    }

    List<ItemFit> itemFit(List<String> warnings) {
        double[][] sx2 = summedScoreFit(warnings);
        double[][] mnsq = meanSquares();
        List<ItemFit> fit = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            OptionalDouble stat = OptionalDouble.empty();
            OptionalDouble p = OptionalDouble.empty();
            int df = 0;
            if (sx2 != null && sx2[i] != null) {
                stat = OptionalDouble.of(sx2[i][0]);
                df = (int) sx2[i][1];
                p = OptionalDouble.of(chiSquareUpperTail(sx2[i][0], df));
            }
            OptionalDouble infit = OptionalDouble.empty();
            OptionalDouble outfit = OptionalDouble.empty();
            if (mnsq != null && mnsq[i] != null) {
                infit = OptionalDouble.of(mnsq[i][0]);
                outfit = OptionalDouble.of(mnsq[i][1]);
            }
            fit.add(new ItemFit(engine.layout().state(i).id, stat, df, p, infit, outfit));
        }
        return fit;
    }

    /**
     * The summed-score distributions at node q: of all items (returned) and of all items but i, into
     * {@code rest[i][q]}. The Lord–Wingersky recursion (Lord &amp; Wingersky 1984, Appl. Psychol. Meas. 8) runs
     * once from the last item back and once from the first item on; the distribution without item i is
     * the convolution of those of the items before and after it, so that every item left out costs one
     * convolution instead of a recursion over all the others.
     */
    private double[] summedScores(int q, double[][][] rest) {
        double[][] after = new double[items + 1][];
        after[items] = new double[] {1};
        for (int i = items - 1; i >= 0; i--) {
            after[i] = addItem(after[i + 1], i, q);
        }
        double[] before = {1};
        for (int i = 0; i < items; i++) {
            rest[i][q] = convolve(before, after[i + 1]);
            before = addItem(before, i, q);
        }
        return before;
    }

    /** One step of the recursion: the distribution f of some items with item i added, at node q. */
    private double[] addItem(double[] f, int i, int q) {
        int k0 = models[i].categories();
        double[] next = new double[f.length + k0 - 1];
        for (int k = 0; k < k0; k++) {
            double p = prob[i][k * nodes + q];
            for (int s = 0; s < f.length; s++) {
                next[s + k] += f[s] * p;
            }
        }
        return next;
    }

    /** The distribution of the sum of two independent scores with distributions a and b. */
    private static double[] convolve(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int x = 0; x < a.length; x++) {
            double ax = a[x];
            for (int y = 0; y < b.length; y++) {
                c[x + y] += ax * b[y];
            }
        }
        return c;
    }

    /**
     * Adds complete pattern p's weight to its summed-score group ({@code counts[s]}) and to the observed
     * count of each item's category in that group ({@code counts[start[i] + k * groups + s]}). A method of its
     * own, so that the JIT compiles it early instead of the pass on stack replacement.
     *
     * @return the weight of p if it is complete, otherwise 0
     */
    private double tally(PatternData data, int p, double[] counts, int[] start, int groups) {
        int base = p * items;
        int s = summedScore(data.rows, base);
        if (s < 0) {
            return 0;
        }
        double f = data.weights[p];
        counts[s] += f;
        addObserved(data.rows, base, s, f, counts, start, groups);
        return f;
    }

    /*
     * The two loops over the items of a pattern sit in methods of their own, so that tally, called once per
     * pattern, is compiled whole rather than on stack replacement once per loop.
     */

    /** The summed score of the row at {@code base}, or −1 if a response is missing. */
    private int summedScore(byte[] rows, int base) {
        int s = 0;
        for (int i = 0; i < items; i++) {
            int x = rows[base + i];
            if (x < 0) {
                return -1;
            }
            s += x;
        }
        return s;
    }

    /** Adds weight f to the observed count of each item's category in summed-score group s. */
    private void addObserved(byte[] rows, int base, int s, double f, double[] counts, int[] start, int groups) {
        for (int i = 0; i < items; i++) {
            counts[start[i] + rows[base + i] * groups + s] += f;
        }
    }

    /** S-X2 and df per item, or null where not computable; null overall without complete patterns. */
    private double[][] summedScoreFit(List<String> warnings) {
        PatternData data = engine.data();
        int maxScore = 0;
        for (int i = 0; i < items; i++) {
            maxScore += models[i].categories() - 1;
        }
        int groups = maxScore + 1;
        // one pass over the patterns in chunks on the calibration's threads, into [groupN | observed per item |
        // complete]: sums of whole-number weights, exact in any order
        int[] start = new int[items + 1];
        start[0] = groups;
        for (int i = 0; i < items; i++) {
            start[i + 1] = start[i] + models[i].categories() * groups;
        }
        int completeAt = start[items];
        double[] counts = engine.eStep().sum(completeAt + 1, Object::new, (unused, from, to, acc) -> {
            for (int p = from; p < to; p++) {
                acc[completeAt] += tally(data, p, acc, start, groups);
            }
        });
        double[] groupN = Arrays.copyOf(counts, groups);
        double[][] observed = new double[items][];
        for (int i = 0; i < items; i++) {
            observed[i] = Arrays.copyOfRange(counts, start[i], start[i + 1]);
        }
        double complete = counts[completeAt];
        if (complete == 0) {
            warnings.add("item fit: no examinee answered every item; S-X2 was not computed");
            return null;
        }
        if (complete < data.total) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "item fit: S-X2 uses the %.0f of %.0f examinees with complete responses", complete, data.total));
        }
        double[][] full = new double[nodes][];
        double[][][] restByItem = new double[items][nodes][];
        for (int q = 0; q < nodes; q++) {
            full[q] = summedScores(q, restByItem);
        }
        double[] marginal = new double[maxScore + 1];
        for (int q = 0; q < nodes; q++) {
            for (int s = 0; s <= maxScore; s++) {
                marginal[s] += weights[q] * full[q][s];
            }
        }
        double[][] out = new double[items][];
        for (int i = 0; i < items; i++) {
            int k0 = models[i].categories();
            double[][] rest = restByItem[i];
            double[] binO = new double[k0];
            double[] binE = new double[k0];
            double stat = 0;
            int bins = 0;
            double[] lastO = null;
            double[] lastE = null;
            for (int s = 1; s < maxScore; s++) {
                if (groupN[s] == 0 || marginal[s] <= 0) {
                    continue;
                }
                for (int k = 0; k < k0; k++) {
                    double e = 0;
                    if (s - k >= 0 && s - k <= maxScore - (k0 - 1)) {
                        e = jointOverNodes(prob[i], k, rest, s - k);
                    }
                    binE[k] += groupN[s] * e / marginal[s];
                    binO[k] += observed[i][k * (maxScore + 1) + s];
                }
                boolean enough = true;
                for (int k = 0; k < k0; k++) {
                    enough &= binE[k] >= 1;
                }
                if (enough) {
                    stat += pearson(binO, binE);
                    bins++;
                    lastO = binO.clone();
                    lastE = binE.clone();
                    Arrays.fill(binO, 0);
                    Arrays.fill(binE, 0);
                }
            }
            double leftover = 0;
            for (int k = 0; k < k0; k++) {
                leftover += binE[k];
            }
            if (leftover > 0) {
                if (lastO != null) {
                    // pool the remainder into the last closed group
                    stat -= pearson(lastO, lastE);
                    for (int k = 0; k < k0; k++) {
                        lastO[k] += binO[k];
                        lastE[k] += binE[k];
                    }
                    stat += pearson(lastO, lastE);
                } else {
                    stat += pearson(binO, binE);
                    bins++;
                }
            }
            int params = anchored[i] ? 0 : engine.layout().state(i).freeCount();
            int df = bins * (k0 - 1) - params;
            if (df > 0) {
                out[i] = new double[] {stat, df};
            }
        }
        return out;
    }

    /**
     * Σ_q w_q P_ik(θ_q) f_rest(t | θ_q): the probability of category k of item i and a rest score t, added
     * node by node. A loop of its own, so that the JIT compiles it whole and early rather than
     * {@link #summedScoreFit} on stack replacement, at both tiers, for it.
     */
    private double jointOverNodes(double[] itemProb, int k, double[][] rest, int t) {
        double e = 0;
        for (int q = 0; q < nodes; q++) {
            e += weights[q] * itemProb[k * nodes + q] * rest[q][t];
        }
        return e;
    }

    private static double pearson(double[] o, double[] e) {
        double x2 = 0;
        for (int k = 0; k < o.length; k++) {
            if (e[k] > 0) {
                double d = o[k] - e[k];
                x2 += d * d / e[k];
            }
        }
        return x2;
    }

    /** Infit and outfit per Rasch-family item at the EAP of each pattern. */
    private double[][] meanSquares() {
        boolean any = false;
        for (int i = 0; i < items; i++) {
            any |= raschFamily(models[i].type());
        }
        if (!any) {
            return null;
        }
        PatternData data = engine.data();
        LogProbabilityTable table = new LogProbabilityTable(Arrays.asList(models), theta);
        double[] logPrior = engine.latent().logWeights();
        double[] post = new double[nodes];
        double[] sq = new double[items];
        double[] num = new double[items];
        double[] den = new double[items];
        double[] count = new double[items];
        double[] p = new double[maxCategories()];
        for (int pat = 0; pat < data.patterns; pat++) {
            System.arraycopy(logPrior, 0, post, 0, nodes);
            int base = pat * items;
            table.addLogLikelihood(data.rows, base, post);
            double max = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < nodes; q++) {
                max = Math.max(max, post[q]);
            }
            double sum = 0;
            double mean = 0;
            for (int q = 0; q < nodes; q++) {
                double e = Math.exp(post[q] - max);
                sum += e;
                mean += e * theta[q];
            }
            double eap = mean / sum;
            double f = data.weights[pat];
            for (int i = 0; i < items; i++) {
                int x = data.rows[base + i];
                if (x < 0 || !raschFamily(models[i].type())) {
                    continue;
                }
                int k0 = models[i].categories();
                models[i].probabilities(eap, p);
                double e = 0;
                for (int k = 1; k < k0; k++) {
                    e += k * p[k];
                }
                double w = 0;
                for (int k = 0; k < k0; k++) {
                    w += (k - e) * (k - e) * p[k];
                }
                double r = x - e;
                if (w > 0) {
                    sq[i] += f * r * r / w;
                }
                num[i] += f * r * r;
                den[i] += f * w;
                count[i] += f;
            }
        }
        double[][] out = new double[items][];
        for (int i = 0; i < items; i++) {
            if (raschFamily(models[i].type()) && count[i] > 0 && den[i] > 0) {
                out[i] = new double[] {num[i] / den[i], sq[i] / count[i]};
            }
        }
        return out;
    }

    private int maxCategories() {
        int max = 2;
        for (int i = 0; i < items; i++) {
            max = Math.max(max, models[i].categories());
        }
        return max;
    }

    /** G2 against the saturated pattern table, or null where not applicable. */
    ModelFit modelFit() {
        PatternData data = engine.data();
        if (!data.collapsed || data.hasMissing()) {
            return null;
        }
        long possible = 1;
        for (int i = 0; i < items; i++) {
            possible *= models[i].categories();
            if (possible > MAX_G2_PATTERNS) {
                return null;
            }
        }
        LogProbabilityTable table = new LogProbabilityTable(Arrays.asList(models), theta);
        double[] logPrior = engine.latent().logWeights();
        double[] ll = new double[nodes];
        double g2 = 0;
        for (int p = 0; p < data.patterns; p++) {
            System.arraycopy(logPrior, 0, ll, 0, nodes);
            table.addLogLikelihood(data.rows, p * items, ll);
            double logP = io.github.cact.internal.numerics.Logistic.logSumExp(ll, nodes);
            double f = data.weights[p];
            if (f > 0) {
                g2 += 2 * f * (Math.log(f / data.total) - logP);
            }
        }
        int df = (int) (possible - 1) - engine.layout().size();
        return new ModelFit(Math.max(0, g2), df, df > 0 ? chiSquareUpperTail(g2, df) : 0);
    }
}

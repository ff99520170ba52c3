package io.github.cact.calibration;

import io.github.cact.internal.LogProbabilityTable;
import io.github.cact.internal.Logistic;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Bock–Aitkin EM over collapsed response patterns. E-step: per pattern, the posterior over the fixed
 * quadrature nodes from one code-table row per chunk of items ({@link ItemChunks}), accumulated per chunk
 * code and expanded once into expected counts r_ikq (item, category, node), and node totals n_q; patterns
 * are processed in fixed blocks whose accumulators are summed in block order, so results do not depend on
 * the number of threads. M-step: Fisher scoring with step halving on Σ_q Σ_k r_ikq log P_ik(θ_q)
 * + log prior, per item (the common 1PL slope jointly with the 1PL intercepts); latent mean and variance
 * by matching the discretised prior's moments to the posterior's. Sources: Bock &amp; Aitkin (1981),
 * Psychometrika 46; mirt (Chalmers 2012). Mutable; one calibration.
 */
final class EmEngine {

    /** One M-step unit: items sharing a parameter vector; map[b][j] = block index of local j, or −1. */
    static final class Block {
        final int[] items;
        final int[][] map;
        final int size;
        final int[] role;

        Block(int[] items, int[][] map, int size, int[] role) {
            this.items = items;
            this.map = map;
            this.size = size;
            this.role = role;
        }
    }

    /** The outcome of the EM iterations. */
    static final class Run {
        int cycles;
        boolean converged;
        double lastChange;
    }

    final PatternData data;
    final ItemState[] states;
    final Block[] blocks;
    final int[] blockStart;
    final boolean meanFree;
    final boolean varFree;
    final int meanIndex;
    final int varIndex;
    final int flatSize;
    final double[] theta;
    final int nodes;
    final int[] offsets;
    private final CalibrationOptions options;
    private final ExecutorService executor;
    private final Prior[] priorByRole;
    /** The items in chunks and every pattern's code per chunk, for the E-step. */
    final ItemChunks chunked;
    double mean;
    double variance;
    double logLikelihood;
    double logPosterior;

    EmEngine(PatternData data, ItemState[] states, boolean meanFree, boolean varFree, CalibrationOptions options,
            ExecutorService executor) {
        this.data = data;
        this.states = states;
        this.options = options;
        this.executor = executor;
        this.meanFree = meanFree;
        this.varFree = varFree;
        this.theta = options.quadrature().nodes();
        this.nodes = theta.length;
        this.mean = options.quadrature().priorMean();
        this.variance = options.quadrature().priorSd() * options.quadrature().priorSd();
        this.priorByRole = new Prior[] {options.slopePrior(), options.interceptPrior(), options.guessingPrior(),
            options.upperPrior()};
        this.offsets = new int[states.length + 1];
        for (int i = 0; i < states.length; i++) {
            offsets[i + 1] = offsets[i] + states[i].categories;
        }
        List<Block> list = new ArrayList<>();
        List<Integer> onePl = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            ItemState s = states[i];
            if (s.sharedSlope() && s.free[1]) {
                onePl.add(i);
                continue;
            }
            int size = 0;
            int[] map = new int[s.size];
            for (int j = 0; j < s.size; j++) {
                map[j] = s.free[j] ? size++ : -1;
            }
            if (size > 0) {
                int[] role = new int[size];
                for (int j = 0; j < s.size; j++) {
                    if (map[j] >= 0) {
                        role[map[j]] = s.role[j];
                    }
                }
                list.add(new Block(new int[] {i}, new int[][] {map}, size, role));
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
            blockStart[b + 1] = blockStart[b] + blocks[b].size;
        }
        int size = blockStart[blocks.length];
        this.meanIndex = meanFree ? size++ : -1;
        this.varIndex = varFree ? size++ : -1;
        this.flatSize = size;
        int[] categories = new int[states.length];
        for (int i = 0; i < states.length; i++) {
            categories[i] = states[i].categories;
        }
        this.chunked = new ItemChunks(data, categories);
    }

    // ---------------------------------------------------------------- flat parameter vector

    double[] pack() {
        double[] x = new double[flatSize];
        for (int b = 0; b < blocks.length; b++) {
            Block block = blocks[b];
            for (int m = 0; m < block.items.length; m++) {
                ItemState s = states[block.items[m]];
                for (int j = 0; j < s.size; j++) {
                    if (block.map[m][j] >= 0) {
                        x[blockStart[b] + block.map[m][j]] = s.par[j];
                    }
                }
            }
        }
        if (meanFree) {
            x[meanIndex] = mean;
        }
        if (varFree) {
            x[varIndex] = variance;
        }
        return x;
    }

    void unpack(double[] x) {
        for (int b = 0; b < blocks.length; b++) {
            scatter(b, x, blockStart[b]);
        }
        if (meanFree) {
            mean = x[meanIndex];
        }
        if (varFree) {
            variance = x[varIndex];
        }
    }

    private void scatter(int b, double[] x, int from) {
        Block block = blocks[b];
        for (int m = 0; m < block.items.length; m++) {
            ItemState s = states[block.items[m]];
            for (int j = 0; j < s.size; j++) {
                if (block.map[m][j] >= 0) {
                    s.par[j] = x[from + block.map[m][j]];
                }
            }
        }
    }

    boolean valid(double[] x) {
        for (int b = 0; b < blocks.length; b++) {
            Block block = blocks[b];
            for (int m = 0; m < block.items.length; m++) {
                ItemState s = states[block.items[m]];
                double[] trial = s.par.clone();
                for (int j = 0; j < s.size; j++) {
                    if (block.map[m][j] >= 0) {
                        trial[j] = x[blockStart[b] + block.map[m][j]];
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

    // ---------------------------------------------------------------- latent distribution

    /** log w_q of N(μ, v) at the nodes, normalised over the grid. */
    double[] logWeights(double mu, double v) {
        double[] lw = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            double z = theta[q] - mu;
            lw[q] = -0.5 * z * z / v;
        }
        double norm = Logistic.logSumExp(lw, nodes);
        for (int q = 0; q < nodes; q++) {
            lw[q] -= norm;
        }
        return lw;
    }

    /** Moment matching: the discretised N(μ, v) gets the posterior mean and variance of the free moments. */
    private void updateLatent(double[] nodeTotals) {
        if (!meanFree && !varFree) {
            return;
        }
        double n = 0;
        double m1 = 0;
        for (int q = 0; q < nodes; q++) {
            n += nodeTotals[q];
            m1 += nodeTotals[q] * theta[q];
        }
        m1 /= n;
        double mu = mean;
        double v = variance;
        for (int it = 0; it < 200; it++) {
            double[] lw = logWeights(mu, v);
            double wMean = 0;
            for (int q = 0; q < nodes; q++) {
                wMean += Math.exp(lw[q]) * theta[q];
            }
            double newMu = meanFree ? mu + (m1 - wMean) : mu;
            double newV = v;
            if (varFree) {
                double sn = 0;
                double sw = 0;
                for (int q = 0; q < nodes; q++) {
                    double z = theta[q] - newMu;
                    sn += nodeTotals[q] * z * z;
                    sw += Math.exp(lw[q]) * z * z;
                }
                newV = v * (sn / n) / sw;
            }
            double change = Math.max(Math.abs(newMu - mu), Math.abs(newV - v));
            mu = newMu;
            v = newV;
            if (change < 1e-13) {
                break;
            }
        }
        mean = mu;
        variance = v;
    }

    // ---------------------------------------------------------------- E-step

    interface ChunkTask {
        void run(int from, int to, double[] acc);
    }

    /**
     * Runs a task per chunk of patterns and sums the accumulators in chunk order. With threads, at most
     * twice as many tasks as threads are outstanding, and the next is submitted as soon as the oldest is
     * summed, so that every thread stays busy.
     */
    double[] runChunks(ChunkTask task, int accSize) {
        int chunk = options.chunkSize();
        int chunks = (int) ((data.patterns + (long) chunk - 1) / chunk);
        double[] total = new double[accSize];
        if (executor == null || chunks <= 1) {
            double[] acc = new double[accSize];
            for (int c = 0; c < chunks; c++) {
                task.run(c * chunk, Math.min(data.patterns, (c + 1) * chunk), acc);
                add(total, acc);
                java.util.Arrays.fill(acc, 0.0);
            }
            return total;
        }
        int ahead = 2 * options.parallelism();
        List<Future<double[]>> futures = new ArrayList<>(chunks);
        // accumulators are zeroed and reused once added: at most ahead + 1 exist at a time
        java.util.Queue<double[]> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try {
            for (int c = 0; c < chunks; c++) {
                while (futures.size() < Math.min(chunks, c + ahead)) {
                    int from = futures.size() * chunk;
                    int to = Math.min(data.patterns, from + chunk);
                    futures.add(executor.submit(() -> {
                        double[] acc = free.poll();
                        acc = acc != null ? acc : new double[accSize];
                        task.run(from, to, acc);
                        return acc;
                    }));
                }
                double[] acc = futures.get(c).get();
                futures.set(c, null);
                add(total, acc);
                java.util.Arrays.fill(acc, 0.0);
                free.add(acc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            for (int c = 0; c < futures.size(); c++) {
                if (futures.get(c) != null) {
                    futures.get(c).cancel(true);
                }
            }
        }
        return total;
    }

    private static void add(double[] total, double[] acc) {
        for (int j = 0; j < total.length; j++) {
            total[j] += acc[j];
        }
    }

    List<ItemModel> models() {
        List<ItemModel> models = new ArrayList<>(states.length);
        for (int i = 0; i < states.length; i++) {
            models.add(states[i].toModel(states[i].par));
        }
        return models;
    }

    /**
     * The log joint density per chunk code at the current parameters: row g is the sum of log P over the
     * items of g's chunk, plus the log prior in chunk 0 ({@link ItemChunks#logTable}).
     */
    double[] codeTable() {
        LogProbabilityTable table = new LogProbabilityTable(models(), theta);
        return chunked.logTable(table.table(), offsets, logWeights(mean, variance));
    }

    /** ll[q] = log w_q + log L(x_p | θ_q): one row of the code table per chunk. */
    void logJoint(double[] codeTable, int p, double[] ll) {
        int n = chunked.chunks;
        int[] codes = chunked.codes;
        int base = p * n;
        int q0 = nodes;
        System.arraycopy(codeTable, codes[base] * q0, ll, 0, q0);
        for (int c = 1; c < n; c++) {
            int row = codes[base + c] * q0;
            for (int q = 0; q < q0; q++) {
                ll[q] += codeTable[row + q];
            }
        }
    }

    /**
     * Turns a log joint density over the nodes into the posterior: on return {@code post[lo..hi]} holds
     * exp(ll_q − max) / Σ, with lo = window[0], hi = window[1] the outermost nodes within e^−40 of the mode
     * (the others are not set). Nodes below e^−40 ≈ 4e-18 of the mode change no sum beyond its last bits,
     * and long tests concentrate the posterior on a few nodes.
     *
     * @param post the log joint density (modified: the posterior)
     * @param nodes Q
     * @param window receives lo and hi
     * @return the log marginal likelihood max + log Σ_q exp(ll_q − max)
     */
    static double posterior(double[] post, int nodes, int[] window) {
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < nodes; q++) {
            if (post[q] > max) {
                max = post[q];
            }
        }
        int lo = 0;
        while (post[lo] - max < -40) {
            lo++;
        }
        int hi = nodes - 1;
        while (post[hi] - max < -40) {
            hi--;
        }
        double sum = 0;
        for (int q = lo; q <= hi; q++) {
            double e = Math.exp(post[q] - max);
            post[q] = e;
            sum += e;
        }
        double scale = 1 / sum;
        for (int q = lo; q <= hi; q++) {
            post[q] *= scale;
        }
        window[0] = lo;
        window[1] = hi;
        return max + Math.log(sum);
    }

    /**
     * The E-step at the current parameters: [r (Σ K_i × Q) | n_q (Q) | log-likelihood]. Per pattern the
     * log-likelihood is one code-table row per chunk; the posterior is summed per (chunk, code) and expanded
     * to r_ikq once ({@link ItemChunks#expand}).
     */
    double[] eStep() {
        double[] codeTable = codeTable();
        int q0 = nodes;
        int perCode = chunked.codeStart[chunked.chunks] * q0;
        int n = chunked.chunks;
        int[] codes = chunked.codes;
        double[] weights = data.weights;
        double[] sums = runChunks((from, to, acc) -> {
            double[] post = new double[q0];
            int[] window = new int[2];
            for (int p = from; p < to; p++) {
                logJoint(codeTable, p, post);
                double f = weights[p];
                acc[perCode + q0] += f * posterior(post, q0, window);
                int lo = window[0];
                int hi = window[1];
                for (int q = lo; q <= hi; q++) {
                    post[q] *= f;
                    acc[perCode + q] += post[q];
                }
                for (int c = 0; c < n; c++) {
                    int row = codes[p * n + c] * q0;
                    for (int q = lo; q <= hi; q++) {
                        acc[row + q] += post[q];
                    }
                }
            }
        }, perCode + q0 + 1);
        int total = offsets[states.length] * q0;
        double[] e = new double[total + q0 + 1];
        chunked.expand(sums, offsets, q0, e);
        System.arraycopy(sums, perCode, e, total, q0 + 1);
        return e;
    }

    // ---------------------------------------------------------------- M-step

    /**
     * Σ_items Σ_q Σ_k r log P at block vector x (+ gradient and Fisher information if asked, without
     * prior). Returns −∞ if x is invalid.
     */
    double blockObjective(int b, double[] x, double[] r, double[] grad, double[] info) {
        Block block = blocks[b];
        int size = block.size;
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
            java.util.Arrays.fill(info, 0);
        }
        double f = 0;
        for (int m = 0; m < block.items.length; m++) {
            int i = block.items[m];
            ItemState s = states[i];
            int[] map = block.map[m];
            double[] p = s.par.clone();
            for (int j = 0; j < s.size; j++) {
                if (map[j] >= 0) {
                    p[j] = x[map[j]];
                }
            }
            if (!s.valid(p)) {
                return Double.NEGATIVE_INFINITY;
            }
            int k0 = s.categories;
            double[] logP = new double[k0];
            double[] prob = new double[k0];
            double[] score = new double[k0 * s.size];
            double[] g = new double[s.size];
            for (int q = 0; q < nodes; q++) {
                s.evaluate(p, theta[q], logP, prob, score);
                double n = 0;
                for (int k = 0; k < k0; k++) {
                    double rk = r[(offsets[i] + k) * nodes + q];
                    n += rk;
                    if (rk != 0) {
                        f += rk * logP[k];
                    }
                }
                if (grad == null) {
                    continue;
                }
                for (int j = 0; j < s.size; j++) {
                    if (map[j] < 0) {
                        continue;
                    }
                    double gj = 0;
                    for (int k = 0; k < k0; k++) {
                        gj += r[(offsets[i] + k) * nodes + q] * score[k * s.size + j];
                    }
                    g[j] = gj;
                    grad[map[j]] += gj;
                    for (int l = 0; l <= j; l++) {
                        if (map[l] < 0) {
                            continue;
                        }
                        double h = 0;
                        for (int k = 0; k < k0; k++) {
                            h += prob[k] * score[k * s.size + j] * score[k * s.size + l];
                        }
                        h *= n;
                        info[map[j] * size + map[l]] += h;
                        if (map[l] != map[j]) {
                            info[map[l] * size + map[j]] += h;
                        }
                    }
                }
            }
        }
        return f;
    }

    /** log prior of a block vector; adds its gradient and information if asked. */
    double blockPrior(int b, double[] x, double[] grad, double[] info) {
        Block block = blocks[b];
        double f = 0;
        for (int j = 0; j < block.size; j++) {
            int role = block.role[j];
            Prior prior = priorByRole[role];
            if (prior.kind() == Prior.Kind.NONE) {
                continue;
            }
            double v = x[j];
            double mu = prior.first();
            double sd = prior.second();
            switch (prior.kind()) {
                case NORMAL: {
                    f += prior.logDensity(v);
                    if (grad != null) {
                        grad[j] += -(v - mu) / (sd * sd);
                        info[j * block.size + j] += 1 / (sd * sd);
                    }
                    break;
                }
                case LOG_NORMAL: {
                    f += prior.logDensity(v);
                    if (grad != null && v > 0) {
                        grad[j] += (-(Math.log(v) - mu) / (sd * sd) - 1) / v;
                        info[j * block.size + j] += 1 / (sd * sd * v * v);
                    }
                    break;
                }
                default: {
                    // beta on g = σ(x): (α−1) log g + (β−1) log(1−g)
                    double g = Logistic.sigmoid(v);
                    f += (mu - 1) * Logistic.logSigmoid(v) + (sd - 1) * Logistic.logSigmoid(-v);
                    if (grad != null) {
                        grad[j] += (mu - 1) * (1 - g) - (sd - 1) * g;
                        info[j * block.size + j] += (mu + sd - 2) * g * (1 - g);
                    }
                    break;
                }
            }
        }
        return f;
    }

    double totalPrior(double[] x) {
        double f = 0;
        for (int b = 0; b < blocks.length; b++) {
            double[] xb = java.util.Arrays.copyOfRange(x, blockStart[b], blockStart[b + 1]);
            f += blockPrior(b, xb, null, null);
        }
        return f;
    }

    /** Fisher scoring with step halving on one block; updates the item states. */
    private void maximize(int b, double[] r) {
        Block block = blocks[b];
        int size = block.size;
        double[] x = new double[size];
        for (int m = 0; m < block.items.length; m++) {
            ItemState s = states[block.items[m]];
            for (int j = 0; j < s.size; j++) {
                if (block.map[m][j] >= 0) {
                    x[block.map[m][j]] = s.par[j];
                }
            }
        }
        double[] grad = new double[size];
        double[] info = new double[size * size];
        double f = blockObjective(b, x, r, grad, info) + blockPrior(b, x, grad, info);
        for (int iter = 0; iter < 100; iter++) {
            double[] delta = Dense.solveSpd(info, grad, size);
            if (delta == null) {
                break;
            }
            double step = 1;
            double[] trial = new double[size];
            boolean accepted = false;
            double ft = f;
            for (int halving = 0; halving < 40; halving++) {
                for (int j = 0; j < size; j++) {
                    trial[j] = x[j] + step * delta[j];
                }
                ft = blockObjective(b, trial, r, null, null);
                if (ft > Double.NEGATIVE_INFINITY) {
                    ft += blockPrior(b, trial, null, null);
                    if (ft >= f - 1e-12 * (1 + Math.abs(f))) {
                        accepted = true;
                        break;
                    }
                }
                step *= 0.5;
            }
            if (!accepted) {
                break;
            }
            double change = 0;
            for (int j = 0; j < size; j++) {
                change = Math.max(change, Math.abs(trial[j] - x[j]));
            }
            System.arraycopy(trial, 0, x, 0, size);
            f = ft;
            if (change < 1e-10) {
                break;
            }
            f = blockObjective(b, x, r, grad, info) + blockPrior(b, x, grad, info);
        }
        scatter(b, x, 0);
    }

    // ---------------------------------------------------------------- the EM map and its iteration

    /** One EM cycle from x: E-step at x (sets the log-likelihood at x), M-step; returns the new vector. */
    double[] cycle(double[] x) {
        unpack(x);
        double[] e = eStep();
        int total = offsets[states.length] * nodes;
        logLikelihood = e[total + nodes];
        logPosterior = logLikelihood + totalPrior(x);
        for (int b = 0; b < blocks.length; b++) {
            maximize(b, e);
        }
        double[] nodeTotals = java.util.Arrays.copyOfRange(e, total, total + nodes);
        updateLatent(nodeTotals);
        return pack();
    }

    private static double maxChange(double[] a, double[] b) {
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            max = Math.max(max, Math.abs(a[j] - b[j]));
        }
        return max;
    }

    /**
     * Iterates EM (SQUAREM-accelerated if asked) from the current state until the largest parameter change
     * of one EM cycle is below the tolerance, or the cycle limit. Leaves the engine at the final parameters.
     */
    Run iterate(CalibrationProgress progress) {
        Run run = new Run();
        double tol = options.tolerance();
        int max = options.maxCycles();
        double[] x0 = pack();
        double[] last = x0;
        while (run.cycles < max) {
            double[] x1 = cycle(x0);
            run.cycles++;
            run.lastChange = maxChange(x1, x0);
            progress.cycle(run.cycles, max, run.lastChange);
            last = x1;
            if (run.lastChange < tol) {
                run.converged = true;
                break;
            }
            if (!options.acceleration() || run.cycles + 2 > max) {
                x0 = x1;
                continue;
            }
            double lp1 = Double.NaN;
            double[] x2 = cycle(x1);
            lp1 = logPosterior;
            run.cycles++;
            run.lastChange = maxChange(x2, x1);
            progress.cycle(run.cycles, max, run.lastChange);
            last = x2;
            if (run.lastChange < tol) {
                run.converged = true;
                break;
            }
            double rr = 0;
            double vv = 0;
            int n = x0.length;
            double[] r = new double[n];
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                r[j] = x1[j] - x0[j];
                v[j] = x2[j] - x1[j] - r[j];
                rr += r[j] * r[j];
                vv += v[j] * v[j];
            }
            if (!(vv > 0)) {
                x0 = x2;
                continue;
            }
            double alpha = -Math.sqrt(rr / vv);
            if (alpha > -1) {
                x0 = x2;
                continue;
            }
            double[] xp = new double[n];
            boolean ok = false;
            for (int back = 0; back < 20; back++) {
                for (int j = 0; j < n; j++) {
                    xp[j] = x0[j] - 2 * alpha * r[j] + alpha * alpha * v[j];
                }
                if (valid(xp)) {
                    ok = true;
                    break;
                }
                alpha = (alpha - 1) / 2;
            }
            if (!ok) {
                x0 = x2;
                continue;
            }
            double[] x3 = cycle(xp);
            double change = maxChange(x3, xp);
            run.cycles++;
            progress.cycle(run.cycles, max, change);
            if (!(logPosterior >= lp1)) {
                // the extrapolated point is worse than an ordinary EM step: fall back to it
                x0 = x2;
                continue;
            }
            run.lastChange = change;
            last = x3;
            if (run.lastChange < tol) {
                run.converged = true;
                break;
            }
            x0 = x3;
        }
        unpack(last);
        return run;
    }

    /**
     * Sets the log-likelihood and log posterior at the current parameters: the given value if a pass over
     * the data at them already gave it (the cross-product standard errors), otherwise from one pass.
     *
     * @param known the log-likelihood at the current parameters, or NaN
     */
    void finish(double known) {
        double ll = known;
        if (Double.isNaN(ll)) {
            double[] codeTable = codeTable();
            int q0 = nodes;
            double[] weights = data.weights;
            ll = runChunks((from, to, acc) -> {
                double[] post = new double[q0];
                int[] window = new int[2];
                for (int p = from; p < to; p++) {
                    logJoint(codeTable, p, post);
                    acc[0] += weights[p] * posterior(post, q0, window);
                }
            }, 1)[0];
        }
        logLikelihood = ll;
        logPosterior = ll + totalPrior(pack());
    }
}

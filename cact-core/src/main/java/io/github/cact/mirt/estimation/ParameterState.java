package io.github.cact.mirt.estimation;

import io.github.cact.internal.numerics.Cholesky;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters being estimated and the damped Newton step shared by MH-RM and QMC-EM: per item a block
 * of its own parameters (the items sharing a slope, 1PL items or Rasch and PCM items of a free-variance
 * factor, form one block whose gradient and information are the sums of theirs), then the correlation
 * parameters of {@link LatentNormal}. Complete-data information is block diagonal (blocks and the latent
 * distribution do not share parameters), so every block is solved on its own.
 *
 * <p>3PL and 4PL asymptotes carry cact's default priors, g ~ Beta(5, 17) and u ~ Beta(20, 2), on the
 * logit scale (as in the unidimensional calibration). Mutable; used by one thread.
 */
final class ParameterState {

    private static final double GUESS_ALPHA = 5;
    private static final double GUESS_BETA = 17;
    private static final double UPPER_ALPHA = 20;
    private static final double UPPER_BETA = 2;
    /** The largest change of one parameter in one step. */
    private static final double MAX_STEP = 1.0;

    final Problem problem;
    final MultidimensionalItem[] items;
    LatentNormal latent;
    /** Each item's offset in an accumulator: its gradient (n_j values), then its information (n_j²). */
    final int[] offsets;
    /** The parameters of each item ({@link MultidimensionalItem#parameterCount()}). */
    final int[] counts;
    /** Offset of S = Σ θθᵀ in an accumulator. */
    final int momentsOffset;
    /** Length of an accumulator's model part. */
    final int modelLength;
    /**
     * Where item j's parameter m is in the vector of free parameters: tied slopes ({@link Problem#tied})
     * share one position per factor.
     */
    final int[][] positions;
    /** The items whose free parameters are solved together: one item, or the items sharing a tied slope. */
    final Block[] blocks;
    /** Free item parameters: the correlation parameters start here. */
    final int itemParameterCount;
    /** Total free parameters. */
    final int parameterCount;

    /** Items solved together and their free parameters, positions base..base+size−1. */
    record Block(int[] items, int base, int size) {
    }

    ParameterState(Problem problem, MultidimensionalBank start) {
        this.problem = problem;
        this.items = start.items().toArray(new MultidimensionalItem[0]);
        this.latent = start.latent();
        this.offsets = new int[items.length];
        this.counts = new int[items.length];
        int at = 0;
        int total = 0;
        for (int j = 0; j < items.length; j++) {
            int n = items[j].parameterCount();
            counts[j] = n;
            offsets[j] = at;
            at += n + n * n;
            total += n;
        }
        this.momentsOffset = at;
        int d = problem.dimensions;
        this.modelLength = at + d * d;
        this.positions = new int[items.length][];
        this.blocks = tieBlocks();
        this.itemParameterCount = blocks.length == 0 ? 0
                : blocks[blocks.length - 1].base() + blocks[blocks.length - 1].size();
        this.parameterCount = itemParameterCount + latent.parameterCount();
    }

    /**
     * Groups the items connected by tied slopes (union–find), and numbers the free parameters block by block:
     * every parameter of its own, except a tied slope on factor f, numbered once for all tied items on f.
     */
    private Block[] tieBlocks() {
        int n = items.length;
        int[] root = new int[n];
        for (int j = 0; j < n; j++) {
            root[j] = j;
        }
        int[] firstOn = new int[problem.dimensions];
        Arrays.fill(firstOn, -1);
        for (int j = 0; j < n; j++) {
            if (!problem.tied[j]) {
                continue;
            }
            for (int f : problem.loadings[j]) {
                if (firstOn[f] < 0) {
                    firstOn[f] = j;
                } else {
                    root[find(root, j)] = find(root, firstOn[f]);
                }
            }
        }
        List<Block> list = new ArrayList<>();
        boolean[] done = new boolean[n];
        int at = 0;
        for (int j = 0; j < n; j++) {
            if (done[j]) {
                continue;
            }
            int r = find(root, j);
            List<Integer> members = new ArrayList<>();
            int[] slopeAt = new int[problem.dimensions];
            Arrays.fill(slopeAt, -1);
            int base = at;
            for (int i = j; i < n; i++) {
                if (done[i] || find(root, i) != r) {
                    continue;
                }
                done[i] = true;
                members.add(i);
                int[] loads = problem.loadings[i];
                long slopes = items[i].parameterNames().stream().filter(name -> name.startsWith("a")).count();
                positions[i] = new int[counts[i]];
                for (int m = 0; m < counts[i]; m++) {
                    if (problem.tied[i] && m < slopes) {
                        int f = loads[m];
                        if (slopeAt[f] < 0) {
                            slopeAt[f] = at++;
                        }
                        positions[i][m] = slopeAt[f];
                    } else {
                        positions[i][m] = at++;
                    }
                }
            }
            list.add(new Block(members.stream().mapToInt(Integer::intValue).toArray(), base, at - base));
        }
        return list.toArray(new Block[0]);
    }

    private static int find(int[] root, int j) {
        int r = j;
        while (root[r] != r) {
            r = root[r];
        }
        return r;
    }

    MultidimensionalBank bank() {
        return MultidimensionalBank.of(problem.factors, Arrays.asList(items), latent);
    }

    /** All free parameters: the items' at their {@link #positions}, then the correlation parameters. */
    double[] vector() {
        double[] v = new double[parameterCount];
        for (int j = 0; j < items.length; j++) {
            double[] p = items[j].parameters();
            for (int m = 0; m < p.length; m++) {
                v[positions[j][m]] = p[m];
            }
        }
        double[] l = latent.parameters();
        System.arraycopy(l, 0, v, itemParameterCount, l.length);
        return v;
    }

    void set(double[] v) {
        for (int j = 0; j < items.length; j++) {
            double[] p = new double[counts[j]];
            for (int m = 0; m < p.length; m++) {
                p[m] = v[positions[j][m]];
            }
            items[j] = items[j].withParameters(p);
        }
        latent = LatentNormal.ofParameters(problem.dimensions, Arrays.copyOfRange(v, itemParameterCount, v.length));
    }

    /**
     * Adds item j's gradient and information (its own n_j parameters) to those of its block, whose free
     * parameters they map onto: a tied slope's entries are summed.
     */
    void addToBlock(Block block, int j, double[] gradient, double[] information, double[] blockGradient,
            double[] blockInformation) {
        int n = counts[j];
        int size = block.size();
        int[] at = positions[j];
        for (int a = 0; a < n; a++) {
            int pa = at[a] - block.base();
            blockGradient[pa] += gradient[a];
            for (int b = 0; b < n; b++) {
                blockInformation[pa * size + at[b] - block.base()] += information[a * n + b];
            }
        }
    }

    /** Adds the log-prior's gradient and negative Hessian (asymptote priors) to an item's block. */
    void addPrior(int j, double[] gradient, double[] information) {
        ModelType type = items[j].type();
        int n = counts[j];
        if (type == ModelType.THREE_PL || type == ModelType.FOUR_PL) {
            int k = type == ModelType.FOUR_PL ? n - 2 : n - 1;
            addBeta(items[j].guessing(), GUESS_ALPHA, GUESS_BETA, k, n, gradient, information);
        }
        if (type == ModelType.FOUR_PL) {
            addBeta(items[j].upper(), UPPER_ALPHA, UPPER_BETA, n - 1, n, gradient, information);
        }
    }

    /** (α−1) log x + (β−1) log(1−x) in λ = logit x: gradient (α−1)(1−x) − (β−1)x, curvature −(α+β−2)x(1−x). */
    private static void addBeta(double x, double alpha, double beta, int k, int n, double[] gradient,
            double[] information) {
        gradient[k] += (alpha - 1) * (1 - x) - (beta - 1) * x;
        information[k * n + k] += (alpha + beta - 2) * x * (1 - x);
    }

    /**
     * Solves information · x = gradient, adding a growing ridge while the matrix is not positive definite;
     * zero if even the largest ridge fails.
     */
    static double[] solve(double[] information, double[] gradient, int n) {
        for (double ridge = 0; ridge <= 1e3; ridge = ridge == 0 ? 1e-8 : ridge * 10) {
            double scale = 0;
            for (int k = 0; k < n; k++) {
                scale = Math.max(scale, Math.abs(information[k * n + k]));
            }
            Cholesky c = Cholesky.factor(information, n, ridge * Math.max(scale, 1e-8), 0);
            if (c != null) {
                return c.solve(gradient);
            }
        }
        return new double[n];
    }

    /**
     * Moves a block's free parameters by gain · information⁻¹ · gradient, each component at most
     * {@value #MAX_STEP}, halving the step until every item of the block is valid.
     *
     * @return the largest absolute change
     */
    double stepBlock(Block block, double[] information, double[] gradient, double gain) {
        int size = block.size();
        double[] step = solve(information, gradient, size);
        double largest = 0;
        for (int k = 0; k < size; k++) {
            step[k] *= gain;
            largest = Math.max(largest, Math.abs(step[k]));
        }
        if (largest > MAX_STEP) {
            for (int k = 0; k < size; k++) {
                step[k] *= MAX_STEP / largest;
            }
        }
        int[] members = block.items();
        MultidimensionalItem[] old = new MultidimensionalItem[members.length];
        for (int i = 0; i < members.length; i++) {
            old[i] = items[members[i]];
        }
        for (int halving = 0; halving < 30; halving++) {
            try {
                for (int i = 0; i < members.length; i++) {
                    int j = members[i];
                    double[] next = old[i].parameters();
                    for (int m = 0; m < next.length; m++) {
                        next[m] += step[positions[j][m] - block.base()];
                    }
                    items[j] = old[i].withParameters(next);
                }
                double change = 0;
                for (double x : step) {
                    change = Math.max(change, Math.abs(x));
                }
                return change;
            } catch (IllegalArgumentException outside) {
                for (int i = 0; i < members.length; i++) {
                    items[members[i]] = old[i];
                }
                for (int k = 0; k < size; k++) {
                    step[k] *= 0.5;
                }
            }
        }
        return 0;
    }

    /** The negative Hessian of the latent complete-data log-likelihood in v, by central differences of its gradient. */
    double[] latentInformation(double[] moments, double n) {
        int m = latent.parameterCount();
        double[] v = latent.parameters();
        double[] h = new double[m * m];
        double[] up = new double[m];
        double[] down = new double[m];
        int d = problem.dimensions;
        for (int k = 0; k < m; k++) {
            double e = 1e-5 * Math.max(1, Math.abs(v[k]));
            double[] vu = v.clone();
            double[] vd = v.clone();
            vu[k] += e;
            vd[k] -= e;
            LatentNormal.ofParameters(d, vu).gradient(moments, n, up);
            LatentNormal.ofParameters(d, vd).gradient(moments, n, down);
            for (int i = 0; i < m; i++) {
                h[i * m + k] = -(up[i] - down[i]) / (2 * e);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < i; k++) {
                double s = 0.5 * (h[i * m + k] + h[k * m + i]);
                h[i * m + k] = s;
                h[k * m + i] = s;
            }
        }
        return h;
    }

    /** Moves the correlation parameters; returns the largest absolute change. */
    double stepLatent(double[] information, double[] gradient, double gain) {
        int m = latent.parameterCount();
        if (m == 0) {
            return 0;
        }
        double[] step = solve(information, gradient, m);
        double largest = 0;
        for (int k = 0; k < m; k++) {
            step[k] *= gain;
            largest = Math.max(largest, Math.abs(step[k]));
        }
        double scale = largest > MAX_STEP ? MAX_STEP / largest : 1;
        double[] v = latent.parameters();
        for (int k = 0; k < m; k++) {
            v[k] += scale * step[k];
        }
        latent = LatentNormal.ofParameters(problem.dimensions, v);
        return largest * scale;
    }
}

package io.github.cact.scoring;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.internal.tables.BatchKernel;
import io.github.cact.internal.tables.LordWingersky;
import io.github.cact.internal.tables.PatternSumTable;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates abilities from responses to the items of a bank, by one {@link ScoringMethod}, on the grid
 * and prior of the {@link ScoringOptions}. Built once; immutable and thread-safe.
 *
 * <p>Notation: x = responses (missing ones drop out of every sum), P_ik(θ) the probability of category
 * k of item i, l(θ) = Σ_i log P_{i,x_i}(θ) the log-likelihood, S(θ) = l′(θ) = Σ_i P′_{i,x_i}/P_{i,x_i}
 * the score, I(θ) = Σ_i Σ_k P′_ik²/P_ik the test (Fisher) information of the administered items,
 * H(θ) = −l″(θ) = Σ_i [(P′/P)² − P″/P]_{i,x_i} the observed information, π = N(μ, σ²) the prior, θ_q and
 * π_q the grid nodes and normalised prior weights.
 *
 * <ul>
 *   <li><b>EAP</b> (Bock &amp; Mislevy 1982): w_q ∝ exp(l(θ_q))·π_q; θ̂ = Σ w_q θ_q, SE = √Σ w_q (θ_q − θ̂)².
 *   <li><b>MAP</b>: root of S(θ) − (θ − μ)/σ², SE = 1/√(H(θ̂) + 1/σ²), the observed information of the
 *       log posterior as in ltm and mirt (for 1PL/2PL H = I). If H + 1/σ² ≤ 0 (possible only for 3PL/4PL
 *       away from a maximum) the expected information I + 1/σ² is used instead.
 *   <li><b>ML</b>: root of S(θ); SE = 1/√I(θ̂). All-minimum patterns → θ = −bound,
 *       {@link ScoreStatus#EXTREME_LOW}; all-maximum → +bound, {@link ScoreStatus#EXTREME_HIGH}; SE = +∞.
 *   <li><b>WLE</b> (Warm 1989): root of S(θ) + J(θ)/(2I(θ)), J = Σ_i Σ_k P′_ik P″_ik / P_ik; SE =
 *       1/√I(θ̂). WLE is finite for all-minimum and all-maximum patterns of 1PL/2PL/GRM/GPCM items, so
 *       these are solved like any other pattern (status OK); only if the criterion has no sign change
 *       on [−bound, bound] is the result the bound with an EXTREME flag and SE = +∞.
 *   <li><b>EAPsum</b> (Thissen, Pommerich, Billeaud &amp; Williams 1995): the EAP and posterior SD of θ
 *       given only the summed score s of the administered items, with P(S = s | θ_q) from the
 *       Lord–Wingersky (1984) recursion. For complete patterns the table is computed once per scorer;
 *       a pattern with missing responses needs the table of its administered items, O(I·S·K·Q) to
 *       compute (about a millisecond for 100 dichotomous items and 121 nodes), cached per worker thread
 *       for the 64 most recently used missingness masks — fast for booklet designs, slow when nearly
 *       every examinee has a different mask.
 * </ul>
 *
 * <p>The modal methods (MAP, ML, WLE) find the root by safeguarded Newton–Raphson on [−bound, bound]
 * started at the EAP: a Newton step that leaves the current bracket or does not shrink fast enough is
 * replaced by bisection, so the solver always converges to a root in the bracket (Press et al.,
 * Numerical Recipes, {@code rtsafe}). Stops when a step is below the tolerance. WLE uses −H as the
 * slope of its criterion (the derivative of the J/(2I) term needs third derivatives and is
 * neglected; the bracket keeps convergence safe).
 *
 * <p>No responses at all ({@link ScoreStatus#NO_RESPONSES}): EAP and EAPsum give the mean and SD of
 * the prior on the grid, MAP the prior mean μ and SD σ, ML and WLE θ = 0 and SE = +∞. No result is ever
 * NaN, and none is {@link ScoreStatus#OK} with an SE of 0 or +∞: a posterior on a single node, or no
 * information at θ̂, is {@link ScoreStatus#UNRESOLVED}.
 *
 * <p>Batches are split into chunks of {@link ScoringOptions#chunkSize()} examinees, scored in parallel
 * by up to {@link ScoringOptions#parallelism()} workers — the calling thread and tasks of
 * {@link ScoringOptions#executor()} (the library's shared pool by default; no threads are made per call) —
 * each with its own scratch arrays: extra memory is a chunk of patterns per worker ({@code chunk × items}
 * bytes), and since every examinee's result depends only on its own responses, the output is
 * bit-identical whatever the thread count, executor or chunk size. If the calling thread is interrupted,
 * a batch stops early with a {@link java.util.concurrent.CancellationException}.
 */
public final class Scorer {

    private static final ScoreStatus[] STATUSES = ScoreStatus.values();

    /**
     * The rows that one call of {@link #fillRows} or {@link #scoreRows} takes: few enough that the JIT
     * compiles them whole once they are called often, where a loop over a whole chunk ran interpreted until
     * the loop itself was compiled on the stack, after tens of thousands of rows
     * (docs/scoring.md#whole-process-cact-score).
     */
    private static final int GROUP_ROWS = 32;

    private final ItemBank bank;
    private final ScoringOptions options;
    private final ScoringMethod method;
    private final int items;
    private final ItemModel[] models;
    private final int[] categories;
    private final int maxCategories;
    private final PatternSumTable patternSums;
    private final double[] nodes;
    private final double[] logPrior;
    private final double gridMean;
    private final double gridSd;
    private final double priorMean;
    private final double priorVariance;
    private final double bound;
    private final double tolerance;
    private final int maxIterations;
    /** For EAPsum, P(X_i = k | θ_q) of every item on the grid (K_i × Q each); null otherwise. */
    private final double[][] categoryRows;
    private final SumScoreTable completeSums;
    private final ParallelChunks chunks;
    /**
     * The bank positions of the columns of the last matrix seen, reused while the matrices that come have
     * the same item ids (a server scores one request after another against the same columns).
     */
    private volatile Columns lastColumns;
    /** The level of each node for the last cut scores seen (a profiler asks with the same cuts each time). */
    private volatile Levels lastLevels;

    /**
     * The bank position of each of a matrix's item ids, −1 for an id that is not an item of the bank, and
     * the last test (if any) that every id of them was found to be an item of.
     */
    private record Columns(List<String> ids, int[] positions, ItemBank checkedTest) {
    }

    /** The level of each grid node under some cut scores. */
    private record Levels(double[] cuts, int[] levelOf) {
    }

    private Scorer(ItemBank bank, ScoringOptions options) {
        this.bank = bank;
        this.options = options;
        this.method = options.method();
        this.items = bank.size();
        this.models = new ItemModel[items];
        this.categories = new int[items];
        List<ItemModel> list = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            models[i] = bank.model(i);
            categories[i] = models[i].categories();
            list.add(models[i]);
        }
        this.maxCategories = bank.maxCategories();
        Quadrature grid = options.quadrature();
        this.nodes = grid.nodes();
        this.logPrior = new double[nodes.length];
        for (int q = 0; q < nodes.length; q++) {
            logPrior[q] = grid.logWeight(q);
        }
        // the prior's moments on the grid, computed as the posterior of no response would be
        double[] moments = new double[4];
        BatchKernel.moments(new double[nodes.length], 0, nodes, logPrior, moments);
        this.gridMean = moments[0];
        this.gridSd = moments[1];
        this.priorMean = grid.priorMean();
        this.priorVariance = grid.priorSd() * grid.priorSd();
        this.patternSums = PatternSumTable.of(list, nodes);
        this.bound = options.bound();
        this.tolerance = options.tolerance();
        this.maxIterations = options.maxIterations();
        if (method == ScoringMethod.EAP_SUM) {
            this.categoryRows = LordWingersky.categoryRows(list, nodes);
            this.completeSums = SumScoreTable.of(categoryRows, nodes, logPrior);
        } else {
            this.categoryRows = null;
            this.completeSums = null;
        }
        this.chunks = ParallelChunks.of(options.executor().orElse(null), options.parallelism());
    }

    /**
     * Builds a scorer: tabulates log P on the grid (and, for EAPsum, the summed-score table).
     *
     * @param bank the items, in the order of the patterns of {@link #score(byte[])}
     * @param options the method, grid, prior and solver settings
     * @return the scorer
     */
    public static Scorer of(ItemBank bank, ScoringOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(options, "options");
        return new Scorer(bank, options);
    }

    /**
     * Builds a scorer with the default options (EAP, 121 nodes on [−6, 6], N(0, 1)).
     *
     * @param bank the items
     * @return the scorer
     */
    public static Scorer of(ItemBank bank) {
        return of(bank, ScoringOptions.defaults());
    }

    /**
     * Scores each scale of a bank separately ({@link ItemBank#scales()}, {@link ItemBank#forScale(String)}):
     * each scale's estimate uses only the responses to its own items. An examinee who answered none of
     * a scale's items gets {@link ScoreStatus#NO_RESPONSES} on it. Items that name no scale are not
     * scored (unless no item names one).
     *
     * @param bank the items, naming their scales
     * @param responses the responses; every column must be an item of the bank
     * @param options the settings, the same for every scale
     * @return the scores per scale code, in the order of {@link ItemBank#scales()}; if no item names a
     *     scale, one entry under the empty string with the scores on the whole bank
     * @throws IllegalArgumentException as {@link #score(ResponseMatrix)}
     */
    public static Map<String, Scores> scoreByScale(ItemBank bank, ResponseMatrix responses, ScoringOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(options, "options");
        List<String> scales = bank.scales();
        if (scales.isEmpty()) {
            return Map.of("", of(bank, options).score(responses));
        }
        columnMap(bank, responses, false);
        Map<String, Scores> result = new LinkedHashMap<>();
        for (String scale : scales) {
            Scorer scorer = of(bank.forScale(scale), options);
            result.put(scale, scorer.scoreMatrix(responses, scorer.columnMap(responses, true)));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Returns the bank.
     *
     * @return the items in pattern order
     */
    public ItemBank bank() {
        return bank;
    }

    /**
     * Returns the options.
     *
     * @return the settings
     */
    public ScoringOptions options() {
        return options;
    }

    /**
     * Scores one pattern.
     *
     * @param pattern one response per bank item, in bank order: a category 0..K_i−1, or negative for
     *     missing (not modified)
     * @return the estimate
     * @throws IllegalArgumentException if the length differs from the bank size or a category is above
     *     the item's maximum (the item id and value are named)
     */
    public AbilityEstimate score(byte[] pattern) {
        return estimate(checked(pattern));
    }

    /**
     * Scores one pattern.
     *
     * @param pattern one response per bank item, in bank order: a category 0..K_i−1, or negative for
     *     missing (not modified)
     * @return the estimate
     * @throws IllegalArgumentException if the length differs from the bank size or a category is above
     *     the item's maximum (the item id and value are named)
     */
    public AbilityEstimate score(int[] pattern) {
        return estimate(checked(pattern));
    }

    /**
     * Returns the posterior of θ on the grid given one pattern (whatever the scorer's method).
     *
     * @param pattern as in {@link #score(byte[])}
     * @return the posterior; the prior on the grid if every response is missing
     * @throws IllegalArgumentException as {@link #score(byte[])}
     */
    public Posterior posterior(byte[] pattern) {
        return posteriorOf(checked(pattern));
    }

    /**
     * Returns the posterior of θ on the grid given one pattern (whatever the scorer's method).
     *
     * @param pattern as in {@link #score(int[])}
     * @return the posterior; the prior on the grid if every response is missing
     * @throws IllegalArgumentException as {@link #score(int[])}
     */
    public Posterior posterior(int[] pattern) {
        return posteriorOf(checked(pattern));
    }

    /**
     * Returns the posterior of one examinee of a matrix, its columns matched to the bank by item id.
     *
     * @param responses the responses
     * @param examinee the 0-based row
     * @return the posterior
     * @throws IllegalArgumentException as {@link #score(ResponseMatrix)}
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public Posterior posterior(ResponseMatrix responses, int examinee) {
        Objects.requireNonNull(responses, "responses");
        Objects.checkIndex(examinee, responses.examinees());
        int[] map = columnMap(responses, false);
        byte[] pattern = new byte[items];
        Arrays.fill(pattern, (byte) -1);
        for (int c = 0; c < map.length; c++) {
            pattern[map[c]] = (byte) responses.response(examinee, c);
        }
        return posteriorOf(checked(pattern));
    }

    /**
     * Scores every examinee of a matrix, in parallel chunks; the result is in row order and
     * bit-identical whatever the parallelism and chunk size.
     *
     * <p>Columns are matched to bank items by id; a bank item without a column is not administered.
     *
     * @param responses the responses
     * @return the scores, one per row
     * @throws IllegalArgumentException if a column is not an item of the bank (naming the column), or
     *     a response is above its item's maximum category (naming examinee id, item id and value)
     */
    public Scores score(ResponseMatrix responses) {
        Objects.requireNonNull(responses, "responses");
        return scoreMatrix(responses, columnMap(responses, false));
    }

    /**
     * Returns the marginal log-likelihood of a batch on the grid: Σ_n log Σ_q L(x_n | θ_q)·π_q (rows
     * with no response add 0). With the calibration grid this is the log-likelihood that mirt reports.
     *
     * @param responses the responses
     * @return the log-likelihood, &lt;= 0
     * @throws IllegalArgumentException as {@link #score(ResponseMatrix)}
     */
    public double marginalLogLikelihood(ResponseMatrix responses) {
        Objects.requireNonNull(responses, "responses");
        int[] map = columnMap(responses, false);
        int n = responses.examinees();
        double[] partial = new double[chunkCount(n)];
        forEachChunk(n, responses.items(), (ws, chunk, from, to) -> {
            int count = to - from;
            fill(ws, responses, map, from, to);
            double sum = 0;
            for (int r = 0; r < count; r++) {
                if (posteriorWeights(ws, r * items) > 0) {
                    sum += ws.moments[2];
                }
            }
            partial[chunk] = sum;
        });
        double total = 0;
        for (int c = 0; c < partial.length; c++) {
            total += partial[c];
        }
        return total;
    }

    /**
     * Returns every examinee's posterior probabilities of the levels that cut scores define, as
     * {@link Posterior#levelProbabilities(double...)} gives for one examinee (bit for bit): level 0 is
     * θ &lt; c_1, level k is c_k ≤ θ &lt; c_{k+1}. Computed in parallel chunks like {@link #score(ResponseMatrix)}.
     *
     * @param responses the responses
     * @param cuts m ≥ 0 finite, strictly increasing cut scores
     * @return a new row-major array of N × (m + 1) probabilities, each row summing to 1
     * @throws IllegalArgumentException as {@link #score(ResponseMatrix)}, or if the cuts are not finite and
     *     strictly increasing
     */
    public double[] levelProbabilities(ResponseMatrix responses, double... cuts) {
        Objects.requireNonNull(responses, "responses");
        int[] levelOf = levelOfNodes(cuts);
        int[] map = columnMap(responses, false);
        int levels = cuts.length + 1;
        int n = responses.examinees();
        double[] out = new double[n * levels];
        forEachChunk(n, responses.items(), (ws, chunk, from, to) -> {
            int count = to - from;
            fill(ws, responses, map, from, to);
            for (int r = 0; r < count; r++) {
                posteriorWeights(ws, r * items);
                addLevels(ws, levelOf, out, (from + r) * levels);
            }
        });
        return out;
    }

    /**
     * Scores every examinee and gives, from the same posterior, the probabilities of the levels that cut
     * scores define: one posterior per examinee where {@link #score(ResponseMatrix)} and
     * {@link #levelProbabilities(ResponseMatrix, double...)} compute it once each (for EAP the estimate is the
     * posterior's mean and SD; a modal method solves its own criterion as {@link #score(ResponseMatrix)}
     * does). The results are bit-identical to those calls: the scores to {@code score(responses)}, and
     * level k of examinee n to {@code levelProbabilities(responses, cuts)[n·(m+1) + k]} divided by
     * {@code levelProbabilities(responses)[n]}, the sum of its posterior weights. Computed in parallel chunks
     * like {@link #score(ResponseMatrix)}.
     *
     * @param responses the responses; every column must be an item of the bank
     * @param cuts m ≥ 0 finite, strictly increasing cut scores
     * @return the scores and, per examinee, m + 1 level probabilities summing to 1
     * @throws IllegalArgumentException if a column is not an item of the bank (naming the column), if a
     *     response is above its item's maximum category (naming examinee id, item id and value), or if the
     *     cuts are not finite and strictly increasing
     */
    public LevelScores scoreLevels(ResponseMatrix responses, double... cuts) {
        Objects.requireNonNull(responses, "responses");
        return scoreLevels(responses, columnMap(responses, false), cuts);
    }

    /**
     * As {@link #scoreLevels(ResponseMatrix, double...)} on the responses to a whole test of which this
     * scorer's bank is one scale: every column must be an item of {@code test}, and only the columns of
     * this scorer's items are used (a bank item without a column is not administered). The scorer of each
     * competency thus takes the one matrix of the whole test.
     *
     * @param responses the responses to the test
     * @param test the test's items, this scorer's among them
     * @param cuts m ≥ 0 finite, strictly increasing cut scores
     * @return as {@link #scoreLevels(ResponseMatrix, double...)}
     * @throws IllegalArgumentException if a column is not an item of {@code test} (naming the column),
     *     otherwise as {@link #scoreLevels(ResponseMatrix, double...)}
     */
    public LevelScores scoreLevels(ResponseMatrix responses, ItemBank test, double... cuts) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(test, "test");
        int[] map = columnMap(responses, true);
        Columns last = lastColumns;
        if (last == null || last.positions() != map || last.checkedTest() != test) {
            for (int c = 0; c < map.length; c++) {
                if (map[c] < 0 && test.indexOf(responses.itemId(c)) < 0) {
                    throw new IllegalArgumentException("response column '" + responses.itemId(c) + "' (column "
                            + (c + 1) + ") is not an item of the test");
                }
            }
            if (last != null && last.positions() == map) {
                lastColumns = new Columns(last.ids(), map, test);
            }
        }
        return scoreLevels(responses, map, cuts);
    }

    private LevelScores scoreLevels(ResponseMatrix responses, int[] map, double... cuts) {
        int[] levelOf = levelOfNodes(cuts);
        int levels = cuts.length + 1;
        int n = responses.examinees();
        double[] theta = new double[n];
        double[] se = new double[n];
        byte[] status = new byte[n];
        double[] out = new double[n * levels];
        forEachChunk(n, responses.items(), (ws, chunk, from, to) -> {
            int count = to - from;
            fill(ws, responses, map, from, to);
            for (int r = 0; r < count; r++) {
                int at = r * items;
                estimate(ws, at);
                theta[from + r] = ws.theta;
                se[from + r] = ws.se;
                status[from + r] = (byte) ws.status.ordinal();
                if (method != ScoringMethod.EAP) {
                    posteriorWeights(ws, at); // EAP's estimate left its posterior in the workspace
                }
                int row = (from + r) * levels;
                double mass = addLevels(ws, levelOf, out, row);
                for (int k = row; k < row + levels; k++) {
                    out[k] /= mass;
                }
            }
        });
        return new LevelScores(new Scores(method, responses.examineeIds(), theta, se, status), levels, out);
    }

    /**
     * Adds the posterior left in the workspace by {@link #posteriorWeights} to the level probabilities at
     * {@code out[row..]}: w_q / Σw to the level of each node q. Returns the sum of the terms added, 1 up to
     * rounding.
     */
    private double addLevels(Workspace ws, int[] levelOf, double[] out, int row) {
        double[] values = ws.logLikelihoods;
        double inverse = 1.0 / ws.moments[3];
        double mass = 0;
        for (int q = 0; q < nodes.length; q++) {
            double w = values[q] * inverse;
            out[row + levelOf[q]] += w;
            mass += w;
        }
        return mass;
    }

    /**
     * The level of each grid node: 0 below the first cut, k from cut k on; refuses cuts that are not finite
     * and strictly increasing. The last result is kept and returned again for the same cuts (never modified
     * by the callers).
     */
    private int[] levelOfNodes(double[] cuts) {
        Objects.requireNonNull(cuts, "cuts");
        Levels last = lastLevels;
        if (last != null && Arrays.equals(last.cuts(), cuts)) {
            return last.levelOf();
        }
        for (int k = 0; k < cuts.length; k++) {
            if (!Double.isFinite(cuts[k]) || k > 0 && !(cuts[k] > cuts[k - 1])) {
                throw new IllegalArgumentException("cut scores must be finite and strictly increasing, got "
                        + Arrays.toString(cuts));
            }
        }
        int[] levelOf = new int[nodes.length];
        int level = 0;
        for (int q = 0; q < nodes.length; q++) {
            while (level < cuts.length && nodes[q] >= cuts[level]) {
                level++;
            }
            levelOf[q] = level;
        }
        lastLevels = new Levels(cuts.clone(), levelOf);
        return levelOf;
    }

    /**
     * Returns EAP and posterior SD for every summed score 0..Σ(K_i − 1) of the whole bank, the table
     * EAPsum uses for complete patterns (Thissen et al. 1995), whatever the scorer's method.
     *
     * @return one estimate per summed score
     */
    public List<AbilityEstimate> summedScoreTable() {
        SumScoreTable t = completeSums != null ? completeSums
                : SumScoreTable.of(LordWingersky.categoryRows(Arrays.asList(models), nodes), nodes, logPrior);
        List<AbilityEstimate> result = new ArrayList<>(t.theta.length);
        for (int s = 0; s < t.theta.length; s++) {
            result.add(new AbilityEstimate(t.theta[s], t.se[s], STATUSES[t.status[s]]));
        }
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        return "Scorer[" + bank + ", " + options + "]";
    }

    // ---------------------------------------------------------------- single patterns

    private byte[] checked(byte[] pattern) {
        Objects.requireNonNull(pattern, "pattern");
        checkLength(pattern.length);
        byte[] copy = new byte[items];
        for (int i = 0; i < items; i++) {
            copy[i] = checkedCategory(i, pattern[i]);
        }
        return copy;
    }

    private byte[] checked(int[] pattern) {
        Objects.requireNonNull(pattern, "pattern");
        checkLength(pattern.length);
        byte[] copy = new byte[items];
        for (int i = 0; i < items; i++) {
            copy[i] = checkedCategory(i, pattern[i]);
        }
        return copy;
    }

    private void checkLength(int length) {
        if (length != items) {
            throw new IllegalArgumentException("a pattern has " + length + " responses; the item bank has " + items
                    + " items");
        }
    }

    private byte checkedCategory(int item, int value) {
        if (value < 0) {
            return -1;
        }
        if (value >= categories[item]) {
            throw new IllegalArgumentException("item '" + bank.item(item).id() + "' (position " + (item + 1)
                    + "): category " + value + " is above the item's maximum " + (categories[item] - 1));
        }
        return (byte) value;
    }

    private AbilityEstimate estimate(byte[] pattern) {
        Workspace ws = workspace(1, 0);
        System.arraycopy(pattern, 0, ws.patterns, 0, items);
        scoreChunk(ws, 1, null, null, null, 0);
        return new AbilityEstimate(ws.theta, ws.se, ws.status);
    }

    private Posterior posteriorOf(byte[] pattern) {
        double[] values = new double[nodes.length];
        int answered = patternSums.logLikelihood(pattern, 0, new int[patternSums.chunks()], values);
        double[] moments = new double[4];
        BatchKernel.moments(values, 0, nodes, logPrior, moments);
        double inverse = 1.0 / moments[3];
        for (int q = 0; q < values.length; q++) {
            values[q] *= inverse;
        }
        double logMarginal = answered == 0 ? 0.0 : moments[2];
        return new Posterior(nodes, values, moments[0], moments[1], logMarginal);
    }

    // ---------------------------------------------------------------- batches

    private int[] columnMap(ResponseMatrix responses, boolean ignoreUnknown) {
        List<String> ids = responses.itemIds();
        Columns last = lastColumns;
        int[] positions;
        if (last != null && (last.ids() == ids || last.ids().equals(ids))) {
            positions = last.positions();
        } else {
            positions = new int[ids.size()];
            for (int c = 0; c < positions.length; c++) {
                positions[c] = bank.indexOf(ids.get(c));
            }
            lastColumns = new Columns(List.copyOf(ids), positions, null);
        }
        return checkColumns(bank, responses, positions, ignoreUnknown);
    }

    /** Maps matrix columns to bank positions; unknown columns are an error, or −1 if ignored. */
    private static int[] columnMap(ItemBank bank, ResponseMatrix responses, boolean ignoreUnknown) {
        int[] map = new int[responses.items()];
        for (int c = 0; c < map.length; c++) {
            map[c] = bank.indexOf(responses.itemId(c));
        }
        return checkColumns(bank, responses, map, ignoreUnknown);
    }

    /**
     * Refuses an unknown column (position −1) unless ignored, and a response above its item's maximum
     * category; returns the positions (not modified, and never modified by the callers).
     */
    private static int[] checkColumns(ItemBank bank, ResponseMatrix responses, int[] map, boolean ignoreUnknown) {
        for (int c = 0; c < map.length && !ignoreUnknown; c++) {
            if (map[c] < 0) {
                throw new IllegalArgumentException("response column '" + responses.itemId(c) + "' (column " + (c + 1)
                        + ") is not an item of the item bank");
            }
        }
        for (int c = 0; c < map.length; c++) {
            int i = map[c];
            if (i >= 0 && responses.maxCategory(c) >= bank.model(i).categories()) {
                for (int n = 0; n < responses.examinees(); n++) {
                    int value = responses.response(n, c);
                    if (value >= bank.model(i).categories()) {
                        throw new IllegalArgumentException("examinee '" + responses.examineeId(n) + "', item '"
                                + responses.itemId(c) + "': category " + value + " is above the item's maximum "
                                + (bank.model(i).categories() - 1));
                    }
                }
            }
        }
        return map;
    }

    private Scores scoreMatrix(ResponseMatrix responses, int[] map) {
        int n = responses.examinees();
        double[] theta = new double[n];
        double[] se = new double[n];
        byte[] status = new byte[n];
        forEachChunk(n, responses.items(), (ws, chunk, from, to) -> {
            fill(ws, responses, map, from, to);
            scoreChunk(ws, to - from, theta, se, status, from);
        });
        return new Scores(method, responses.examineeIds(), theta, se, status);
    }

    /** Copies rows [from, to) into the workspace in bank order, absent items missing. */
    private void fill(Workspace ws, ResponseMatrix responses, int[] map, int from, int to) {
        boolean identity = map.length == items;
        for (int c = 0; identity && c < map.length; c++) {
            identity = map[c] == c;
        }
        for (int e = from; e < to; e += GROUP_ROWS) {
            fillRows(ws, responses, identity ? null : map, from, e, Math.min(to, e + GROUP_ROWS));
        }
    }

    /**
     * Copies rows [first, last) of the chunk that begins at row {@code from} into the workspace: as they are
     * if {@code map} is null, else each in bank order.
     */
    private void fillRows(Workspace ws, ResponseMatrix responses, int[] map, int from, int first, int last) {
        byte[] patterns = ws.patterns;
        for (int e = first; e < last; e++) {
            if (map == null) {
                responses.copyRow(e, patterns, (e - from) * items);
            } else {
                responses.copyRow(e, ws.row, 0);
                mapRow(ws.row, map, patterns, (e - from) * items);
            }
        }
    }

    /** Writes a matrix row in bank order at {@code base}, the bank's items absent from the matrix missing. */
    private void mapRow(byte[] row, int[] map, byte[] patterns, int base) {
        Arrays.fill(patterns, base, base + items, (byte) -1);
        for (int c = 0; c < map.length; c++) {
            int i = map[c];
            if (i >= 0) {
                patterns[base + i] = row[c];
            }
        }
    }

    private int chunkCount(int n) {
        return ParallelChunks.chunkCount(n, options.chunkSize());
    }

    /**
     * Runs a task per chunk (rows [from, to) of chunk {@code chunk}) on the calling thread and the options'
     * executor, with one workspace per worker.
     */
    private void forEachChunk(int n, int matrixItems, ParallelChunks.Task<Workspace> task) {
        int rows = Math.min(options.chunkSize(), Math.max(n, 1));
        chunks.forEach(n, options.chunkSize(), () -> workspace(rows, matrixItems), task);
    }

    private Workspace workspace(int rows, int matrixItems) {
        return new Workspace(rows, items, matrixItems, nodes.length, maxCategories, patternSums.chunks());
    }

    /**
     * Scores the first {@code count} patterns of the workspace, one at a time (log-likelihoods, then
     * at once the estimate, so that only Q values are live). With output arrays, writes the results at
     * {@code outFrom + r}; without (a single pattern), leaves the last result in the workspace.
     */
    private void scoreChunk(Workspace ws, int count, double[] theta, double[] se, byte[] status, int outFrom) {
        for (int r = 0; r < count; r += GROUP_ROWS) {
            scoreRows(ws, r, Math.min(count, r + GROUP_ROWS), theta, se, status, outFrom);
        }
    }

    /** {@link #scoreChunk} of the patterns {@code first..last-1}. */
    private void scoreRows(Workspace ws, int first, int last, double[] theta, double[] se, byte[] status,
            int outFrom) {
        for (int r = first; r < last; r++) {
            estimate(ws, r * items);
            if (theta != null) {
                theta[outFrom + r] = ws.theta;
                se[outFrom + r] = ws.se;
                status[outFrom + r] = (byte) ws.status.ordinal();
            }
        }
    }

    // ---------------------------------------------------------------- one examinee

    /**
     * The posterior of the workspace pattern at {@code from}: its weights in {@code ws.logLikelihoods}
     * (unnormalised, see {@link BatchKernel#moments}) and its moments in {@code ws.moments}; returns the
     * number of answered items.
     */
    private int posteriorWeights(Workspace ws, int from) {
        int answered = patternSums.logLikelihood(ws.patterns, from, ws.codes, ws.logLikelihoods);
        BatchKernel.moments(ws.logLikelihoods, 0, nodes, logPrior, ws.moments);
        return answered;
    }

    /** Estimates one examinee, the workspace pattern at {@code from}. */
    private void estimate(Workspace ws, int from) {
        if (method == ScoringMethod.EAP) {
            if (posteriorWeights(ws, from) == 0) {
                noResponses(ws);
            } else if (Double.isFinite(ws.moments[0])) {
                set(ws, ws.moments[0], ws.moments[1], ScoreStatus.OK);
            } else {
                set(ws, gridMean, Double.POSITIVE_INFINITY, ScoreStatus.UNRESOLVED);
            }
            return;
        }
        byte[] pattern = ws.patterns;
        int administered = 0;
        int sum = 0;
        boolean allMin = true;
        boolean allMax = true;
        for (int i = 0; i < items; i++) {
            int x = pattern[from + i];
            if (x < 0) {
                continue;
            }
            administered++;
            sum += x;
            allMin &= x == 0;
            allMax &= x == categories[i] - 1;
        }
        if (administered == 0) {
            noResponses(ws);
            return;
        }
        if (method == ScoringMethod.EAP_SUM) {
            SumScoreTable t = administered == items ? completeSums : sumTable(ws, from);
            ws.theta = t.theta[sum];
            ws.se = t.se[sum];
            ws.status = STATUSES[t.status[sum]];
            return;
        }
        posteriorWeights(ws, from);
        double eap = ws.moments[0];
        if (method == ScoringMethod.ML && (allMin || allMax)) {
            set(ws, allMin ? -bound : bound, Double.POSITIVE_INFINITY,
                    allMin ? ScoreStatus.EXTREME_LOW : ScoreStatus.EXTREME_HIGH);
            return;
        }
        solve(ws, from, eap);
    }

    /**
     * Records an estimate. A standard error that is not finite and &gt; 0 (a posterior on one node, no
     * information) is +∞, and then an OK estimate is {@link ScoreStatus#UNRESOLVED}.
     */
    private static void set(Workspace ws, double theta, double se, ScoreStatus status) {
        boolean determined = se > 0 && se < Double.POSITIVE_INFINITY;
        ws.theta = theta;
        ws.se = determined ? se : Double.POSITIVE_INFINITY;
        ws.status = status == ScoreStatus.OK && !determined ? ScoreStatus.UNRESOLVED : status;
    }

    private void noResponses(Workspace ws) {
        switch (method) {
            case EAP, EAP_SUM -> set(ws, gridMean, gridSd, ScoreStatus.NO_RESPONSES);
            case MAP -> set(ws, priorMean, Math.sqrt(priorVariance), ScoreStatus.NO_RESPONSES);
            case ML, WLE -> set(ws, 0.0, Double.POSITIVE_INFINITY, ScoreStatus.NO_RESPONSES);
        }
    }

    private SumScoreTable sumTable(Workspace ws, int from) {
        long[] mask = ws.mask;
        int[] administered = ws.administered;
        int count = 0;
        Arrays.fill(mask, 0L);
        for (int i = 0; i < items; i++) {
            if (ws.patterns[from + i] >= 0) {
                mask[i >>> 6] |= 1L << i;
                administered[count++] = i;
            }
        }
        if (ws.lastTable != null && Arrays.equals(mask, ws.lastMask)) {
            return ws.lastTable;
        }
        Workspace.MaskKey key = new Workspace.MaskKey(mask.clone());
        SumScoreTable t = ws.sumTables.get(key);
        if (t == null) {
            t = SumScoreTable.of(categoryRows, administered, count, nodes, logPrior, ws.sumScratch);
            ws.sumTables.put(key, t);
        }
        System.arraycopy(mask, 0, ws.lastMask, 0, mask.length);
        ws.lastTable = t;
        return t;
    }

    /**
     * Safeguarded Newton–Raphson for the root of the method's criterion g on [−bound, bound], with
     * g(−bound) &gt; 0 &gt; g(bound) required (else the bound, flagged).
     */
    private void solve(Workspace ws, int from, double start) {
        double lo = -bound;
        double hi = bound;
        if (!(evaluate(ws, from, lo) > 0)) {
            set(ws, lo, Double.POSITIVE_INFINITY, ScoreStatus.EXTREME_LOW);
            return;
        }
        if (!(evaluate(ws, from, hi) < 0)) {
            set(ws, hi, Double.POSITIVE_INFINITY, ScoreStatus.EXTREME_HIGH);
            return;
        }
        double x = start > lo && start < hi ? start : 0.5 * (lo + hi);
        double g = evaluate(ws, from, x);
        double dg = ws.slope;
        double dxOld = hi - lo;
        double dx = dxOld;
        boolean converged = g == 0;
        for (int iteration = 0; iteration < maxIterations && !converged; iteration++) {
            if (g > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = 0.5 * (lo + hi);
            if (dg < 0) {
                double newton = x - g / dg;
                if (newton > lo && newton < hi && Math.abs(2 * g) <= Math.abs(dxOld * dg)) {
                    next = newton;
                }
            }
            dxOld = dx;
            dx = next - x;
            x = next;
            g = evaluate(ws, from, x);
            dg = ws.slope;
            converged = g == 0 || Math.abs(dx) < tolerance || hi - lo < tolerance;
        }
        set(ws, x, standardError(ws), converged ? ScoreStatus.OK : ScoreStatus.NOT_CONVERGED);
    }

    private double standardError(Workspace ws) {
        if (method == ScoringMethod.MAP) {
            double info = ws.observed + 1.0 / priorVariance;
            if (!(info > 0)) {
                info = ws.fisher + 1.0 / priorVariance;
            }
            return info > 0 ? 1.0 / Math.sqrt(info) : Double.POSITIVE_INFINITY;
        }
        return ws.fisher > 0 ? 1.0 / Math.sqrt(ws.fisher) : Double.POSITIVE_INFINITY;
    }

    /**
     * Evaluates S, H, I and J at θ over the administered items, then the method's criterion (returned
     * and kept in {@code ws.criterion}) and its slope ({@code ws.slope}).
     */
    private double evaluate(Workspace ws, int from, double theta) {
        byte[] pattern = ws.patterns;
        double[] p = ws.p;
        double[] dp = ws.dp;
        double[] d2p = ws.d2p;
        double score = 0;
        double observed = 0;
        double fisher = 0;
        double warm = 0;
        for (int i = 0; i < items; i++) {
            int x = pattern[from + i];
            if (x < 0) {
                continue;
            }
            models[i].derivatives(theta, p, dp, d2p);
            int k = categories[i];
            for (int c = 0; c < k; c++) {
                double pc = p[c];
                if (pc > 0) {
                    double ratio = dp[c] / pc;
                    fisher += dp[c] * ratio;
                    warm += d2p[c] * ratio;
                }
            }
            double px = p[x];
            if (px > 0) {
                double ratio = dp[x] / px;
                score += ratio;
                observed += ratio * ratio - d2p[x] / px;
            } else {
                // P_x underflows at θ (a steep item far from θ): d log P_x / dθ tends to a·(x − E[X | θ]),
                // exactly for the 2PL and GPCM, with the right sign for every model, so a bracket still sees
                // where the response points
                double expected = 0;
                for (int c = 1; c < k; c++) {
                    expected += c * p[c];
                }
                score += models[i].slope() * (x - expected);
            }
        }
        ws.score = score;
        ws.observed = observed;
        ws.fisher = fisher;
        ws.warm = warm;
        double g;
        double slope;
        switch (method) {
            case MAP -> {
                g = score - (theta - priorMean) / priorVariance;
                slope = -(observed + 1.0 / priorVariance);
            }
            case WLE -> {
                g = fisher > 0 ? score + warm / (2 * fisher) : score;
                slope = -observed;
            }
            default -> {
                g = score;
                slope = -observed;
            }
        }
        ws.criterion = g;
        ws.slope = slope;
        return g;
    }
}

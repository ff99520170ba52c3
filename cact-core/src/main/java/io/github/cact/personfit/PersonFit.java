package io.github.cact.personfit;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.internal.scales.PerScale;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.ScoreStatus;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Person-fit statistics of response patterns at the persons' θ estimates. Built once per bank; immutable
 * and thread-safe. Missing responses drop out of every sum.
 *
 * <p>Notation, over the answered items i with categories k: P_ik, P′_ik, P″_ik the category probability
 * and its derivatives at θ, x_i the answer, I = Σ_i Σ_k P′_ik²/P_ik the test information.
 *
 * <ul>
 *   <li><b>l<sub>z</sub></b> (Drasgow, Levine &amp; Williams 1985; mirt's {@code Zh}): l₀ = Σ_i log P_{i,x_i},
 *       E = Σ_i Σ_k P_ik log P_ik, V = Σ_i [Σ_k P_ik (log P_ik)² − (Σ_k P_ik log P_ik)²],
 *       l<sub>z</sub> = (l₀ − E)/√V.
 *   <li><b>l<sub>z</sub>*</b> (Snijders 2001; its polytomous form Sinharay 2016): the estimator of θ solves
 *       S(θ) + r₀(θ) = 0 with r₀ = 0 for ML, J/(2I) for WLE (J = Σ_i Σ_k P′_ik P″_ik / P_ik) and
 *       −(θ − μ)/σ² for MAP with the N(μ, σ²) prior; c = Σ_i Σ_k P′_ik log P_ik / I;
 *       τ² = V − c²·I; l<sub>z</sub>* = (l₀ − E + c·r₀)/τ. For EAP and EAPsum, which are not roots of
 *       such an equation, the MAP term of their prior is used: the posterior mean approximates the mode.
 *   <li><b>outfit</b> and <b>infit</b> (Wright &amp; Masters 1982, as mirt's {@code personfit()}):
 *       E_i = Σ_k k P_ik, W_i = Σ_k (k − E_i)² P_ik (set to √10⁻⁵ when W_i² &lt; 10⁻⁵, as mirt does),
 *       outfit = mean_i (x_i − E_i)²/W_i, infit = Σ_i (x_i − E_i)² / Σ_i W_i.
 * </ul>
 *
 * <p>A pattern is flagged {@link PersonFitFlag#MISFIT} when l<sub>z</sub>* is below
 * {@link PersonFitOptions#criticalValue()}. Patterns with too few answered items, and extreme patterns
 * (every answered item at its lowest, or every one at its highest category), get a flag with the reason
 * and no statistics.
 *
 * <p>Batches run in parallel chunks with the parallelism, chunk size and executor of the scoring options,
 * as {@link Scorer} does; every result depends only on its own row, so the output is the same whatever the
 * thread count.
 */
public final class PersonFit {

    private static final double VARIANCE_FLOOR_SQUARED = 1e-5;
    private static final double VARIANCE_FLOOR = Math.sqrt(VARIANCE_FLOOR_SQUARED);

    private final ItemBank bank;
    private final ScoringOptions scoring;
    private final PersonFitOptions options;
    private final ItemModel[] models;
    private final int maxCategories;

    private PersonFit(ItemBank bank, ScoringOptions scoring, PersonFitOptions options) {
        this.bank = bank;
        this.scoring = scoring;
        this.options = options;
        this.models = new ItemModel[bank.size()];
        for (int i = 0; i < models.length; i++) {
            models[i] = bank.model(i);
        }
        this.maxCategories = bank.maxCategories();
    }

    /**
     * Builds the person-fit statistics of a bank.
     *
     * @param bank the items, in the order of the patterns of {@link #fit(int[], AbilityEstimate)}
     * @param scoring how θ is (or was) estimated: its method chooses the l<sub>z</sub>* correction, its
     *     prior the MAP term, and {@link #fit(ResponseMatrix)} scores with it
     * @param options the minimum number of answered items and the critical value
     * @return the person fit
     */
    public static PersonFit of(ItemBank bank, ScoringOptions scoring, PersonFitOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(options, "options");
        return new PersonFit(bank, scoring, options);
    }

    /**
     * Builds the person-fit statistics of a bank with EAP scoring and the default options.
     *
     * @param bank the items
     * @return the person fit
     */
    public static PersonFit of(ItemBank bank) {
        return of(bank, ScoringOptions.defaults(), PersonFitOptions.defaults());
    }

    /**
     * Computes person fit for each scale of a bank separately ({@link ItemBank#scales()}), at the θ of the
     * scale's own items scored by {@link Scorer#scoreByScale}. Items that name no scale are left out (unless
     * no item names one).
     *
     * @param bank the items, naming their scales
     * @param responses the responses; every column must be an item of the bank
     * @param scoring the scoring settings, the same for every scale
     * @param options the person-fit settings
     * @return the results per scale code, in the order of {@link ItemBank#scales()}; if no item names a
     *     scale, one entry under the empty string for the whole bank
     * @throws IllegalArgumentException as {@link Scorer#score(ResponseMatrix)}
     */
    public static Map<String, PersonFitResults> fitByScale(ItemBank bank, ResponseMatrix responses,
            ScoringOptions scoring, PersonFitOptions options) {
        Objects.requireNonNull(options, "options");
        return PerScale.analyze(bank, responses, scoring,
                (items, scores) -> of(items, scoring, options).fitMatrix(responses, scores, true));
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
     * Returns the scoring settings.
     *
     * @return the settings whose method the l<sub>z</sub>* correction is for
     */
    public ScoringOptions scoring() {
        return scoring;
    }

    /**
     * Returns the person-fit settings.
     *
     * @return the settings
     */
    public PersonFitOptions options() {
        return options;
    }

    /**
     * Computes the person fit of one pattern at its θ estimate (by the method of {@link #scoring()}).
     *
     * @param pattern one response per bank item, in bank order: a category 0..K_i−1, or negative for
     *     missing (not modified)
     * @param estimate the θ estimate of the pattern; an extreme status gives {@link PersonFitFlag#EXTREME_PATTERN}
     * @return the result
     * @throws IllegalArgumentException if the length differs from the bank size or a category is above
     *     its item's maximum (the item id and value are named)
     */
    public PersonFitResult fit(int[] pattern, AbilityEstimate estimate) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(estimate, "estimate");
        if (pattern.length != models.length) {
            throw new IllegalArgumentException("a pattern has " + pattern.length + " responses; the item bank has "
                    + models.length + " items");
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] >= models[i].categories()) {
                throw new IllegalArgumentException("item '" + bank.item(i).id() + "' (position " + (i + 1)
                        + "): category " + pattern[i] + " is above the item's maximum " + (models[i].categories() - 1));
            }
        }
        return compute(pattern, estimate.theta(), estimate.status(), scoring.method(),
                new Scratch(maxCategories, models.length));
    }

    /**
     * Scores every examinee with {@link #scoring()} and computes their person fit.
     *
     * @param responses the responses; columns are matched to bank items by id
     * @return the results, one per row
     * @throws IllegalArgumentException as {@link Scorer#score(ResponseMatrix)}
     */
    public PersonFitResults fit(ResponseMatrix responses) {
        Objects.requireNonNull(responses, "responses");
        return fitMatrix(responses, Scorer.of(bank, scoring).score(responses), false);
    }

    /**
     * Computes every examinee's person fit at given θ estimates.
     *
     * @param responses the responses; columns are matched to bank items by id
     * @param scores the θ estimates of the same examinees in the same order, by the method of
     *     {@link #scoring()}
     * @return the results, one per row
     * @throws IllegalArgumentException if a column is not an item of the bank, a response is above its item's
     *     maximum, the scores are of other examinees or by another method
     */
    public PersonFitResults fit(ResponseMatrix responses, Scores scores) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(scores, "scores");
        return fitMatrix(responses, scores, false);
    }

    private PersonFitResults fitMatrix(ResponseMatrix responses, Scores scores, boolean otherColumns) {
        if (scores.method() != scoring.method()) {
            throw new IllegalArgumentException("the scores are " + scores.method().code()
                    + " estimates; this person fit corrects lz* for " + scoring.method().code());
        }
        if (!scores.examineeIds().equals(responses.examineeIds())) {
            throw new IllegalArgumentException("the scores are not of the examinees of the responses ("
                    + scores.size() + " scores, " + responses.examinees() + " examinees, ids must match in order)");
        }
        int[] map = columnMap(responses, otherColumns);
        checkCategories(responses, map);
        PersonFitResult[] results = new PersonFitResult[responses.examinees()];
        ParallelChunks.of(scoring.executor().orElse(null), scoring.parallelism()).forEach(results.length,
                scoring.chunkSize(), () -> new Scratch(maxCategories, models.length), (scratch, chunk, from, to) -> {
                    for (int n = from; n < to; n++) {
                        Arrays.fill(scratch.pattern, ResponseMatrix.MISSING);
                        for (int c = 0; c < map.length; c++) {
                            if (map[c] >= 0) {
                                scratch.pattern[map[c]] = responses.response(n, c);
                            }
                        }
                        results[n] = compute(scratch.pattern, scores.theta(n), scores.status(n), scores.method(),
                                scratch);
                    }
                });
        return new PersonFitResults(scores.method(), responses.examineeIds(), Arrays.asList(results));
    }

    private void checkCategories(ResponseMatrix responses, int[] map) {
        for (int c = 0; c < map.length; c++) {
            if (map[c] >= 0 && responses.maxCategory(c) >= models[map[c]].categories()) {
                for (int n = 0; n < responses.examinees(); n++) {
                    int value = responses.response(n, c);
                    if (value >= models[map[c]].categories()) {
                        throw new IllegalArgumentException("examinee '" + responses.examineeId(n) + "', item '"
                                + responses.itemId(c) + "': category " + value + " is above the item's maximum "
                                + (models[map[c]].categories() - 1));
                    }
                }
            }
        }
    }

    private int[] columnMap(ResponseMatrix responses, boolean otherColumns) {
        int[] map = new int[responses.items()];
        for (int c = 0; c < map.length; c++) {
            map[c] = bank.indexOf(responses.itemId(c));
            if (map[c] < 0 && !otherColumns) {
                throw new IllegalArgumentException("response column '" + responses.itemId(c)
                        + "' is not an item of the bank");
            }
        }
        return map;
    }

    private PersonFitResult compute(int[] pattern, double theta, ScoreStatus status, ScoringMethod method,
            Scratch s) {
        int answered = 0;
        boolean allLowest = true;
        boolean allHighest = true;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] >= 0) {
                answered++;
                allLowest &= pattern[i] == 0;
                allHighest &= pattern[i] == models[i].categories() - 1;
            }
        }
        if (answered < options.minimumResponses()) {
            return PersonFitResult.without(theta, answered, PersonFitFlag.TOO_FEW_RESPONSES);
        }
        if (allLowest || allHighest || status == ScoreStatus.EXTREME_LOW || status == ScoreStatus.EXTREME_HIGH) {
            return PersonFitResult.without(theta, answered, PersonFitFlag.EXTREME_PATTERN);
        }
        double logLikelihood = 0;
        double expected = 0;
        double variance = 0;
        double information = 0;
        double cross = 0;
        double curvature = 0;
        double squaredResiduals = 0;
        double weights = 0;
        double standardized = 0;
        for (int i = 0; i < pattern.length; i++) {
            int x = pattern[i];
            if (x < 0) {
                continue;
            }
            ItemModel model = models[i];
            int k = model.categories();
            model.derivatives(theta, s.p, s.dp, s.d2p);
            model.logProbabilities(theta, s.logP);
            logLikelihood += s.logP[x];
            double spread = 0;
            double square = 0;
            double score = 0;
            double meanLog = 0;
            for (int c = 0; c < k; c++) {
                double p = s.p[c];
                meanLog += p * s.logP[c];
                square += p * s.logP[c] * s.logP[c];
                cross += s.dp[c] * s.logP[c];
                if (p > 0) {
                    information += s.dp[c] * s.dp[c] / p;
                    curvature += s.dp[c] * s.d2p[c] / p;
                }
                score += c * p;
            }
            expected += meanLog;
            variance += square - meanLog * meanLog;
            for (int c = 0; c < k; c++) {
                double d = c - score;
                spread += d * d * s.p[c];
            }
            double w = spread * spread < VARIANCE_FLOOR_SQUARED ? VARIANCE_FLOOR : spread;
            double residual = x - score;
            squaredResiduals += residual * residual;
            weights += w;
            standardized += residual * residual / w;
        }
        double r0 = switch (method) {
            case ML -> 0;
            case WLE -> curvature / (2 * information);
            case MAP, EAP, EAP_SUM -> {
                double mu = scoring.quadrature().priorMean();
                double sd = scoring.quadrature().priorSd();
                yield -(theta - mu) / (sd * sd);
            }
        };
        double c = cross / information;
        double tau2 = variance - c * c * information;
        double lz = (logLikelihood - expected) / Math.sqrt(variance);
        double lzStar = (logLikelihood - expected + c * r0) / Math.sqrt(tau2);
        double infit = squaredResiduals / weights;
        double outfit = standardized / answered;
        if (!(variance > 0 && tau2 > 0 && Double.isFinite(lz) && Double.isFinite(lzStar) && Double.isFinite(infit)
                && Double.isFinite(outfit))) {
            return PersonFitResult.without(theta, answered, PersonFitFlag.UNRESOLVED);
        }
        PersonFitFlag flag = lzStar < options.criticalValue() ? PersonFitFlag.MISFIT : PersonFitFlag.FITS;
        return new PersonFitResult(theta, answered, OptionalDouble.of(lz), OptionalDouble.of(lzStar),
                OptionalDouble.of(infit), OptionalDouble.of(outfit), flag);
    }

    @Override
    public String toString() {
        return "PersonFit[" + bank + ", " + scoring.method().code() + ", " + options + "]";
    }

    /** One worker's scratch: a pattern and one category row of each quantity. */
    private static final class Scratch {
        final double[] p;
        final double[] dp;
        final double[] d2p;
        final double[] logP;
        final int[] pattern;

        Scratch(int categories, int items) {
            p = new double[categories];
            dp = new double[categories];
            d2p = new double[categories];
            logP = new double[categories];
            pattern = new int[items];
        }
    }
}

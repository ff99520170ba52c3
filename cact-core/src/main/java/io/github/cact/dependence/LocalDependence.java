package io.github.cact.dependence;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.numerics.Gamma;
import io.github.cact.internal.scales.PerScale;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Local-dependence statistics of every pair of items of a bank (or scale). Built once per bank; immutable
 * and thread-safe. For a pair, only the examinees who answered both items count (n of them).
 *
 * <ul>
 *   <li><b>Q3</b> (Yen 1984): the Pearson correlation over those examinees of the residuals
 *       d_i = x_i − E[X_i | θ̂], with E[X_i | θ] = Σ_k k P_ik(θ) and θ̂ the EAP (or given θ estimates), as
 *       mirt's {@code residuals(type = "Q3")}.
 *   <li><b>LD χ²</b> (Chen &amp; Thissen 1997, as mirt's {@code residuals(type = "LD")}): O_km the observed
 *       count of the answer pair (k, m), E_km = n Σ_q P_ik(θ_q) P_jm(θ_q) π_q the count the model expects,
 *       integrated over the quadrature grid with its normalised prior weights π_q; X² = Σ (O − E)²/E with
 *       df = (K_i − 1)(K_j − 1). The sign is that of γ(O) − γ(E), Goodman and Kruskal's γ of each table
 *       (+ when the difference is 0; the γ of a table without concordant or discordant pairs is 0), and
 *       mirt's standardized value is the signed Cramér's V = sign·√(X² / (n (min(K_i, K_j) − 1))).
 * </ul>
 *
 * <p>A pair is flagged by Q3 when |Q3| &gt; {@link LocalDependenceOptions#q3Absolute()} and Q3 − mean Q3 &gt;
 * {@link LocalDependenceOptions#q3Relative()} (the mean over the pairs of the set; Christensen, Makransky
 * &amp; Horton 2017), and by the LD χ² when its χ²(df) p-value is below α divided by the number of pairs
 * (Bonferroni).
 */
public final class LocalDependence {

    private final ItemBank bank;
    private final ScoringOptions scoring;
    private final LocalDependenceOptions options;
    private final ItemModel[] models;
    /** Per item, P_ik(θ_q) at [q * K_i + k]. */
    private final double[][] gridProbabilities;
    private final double[] gridWeights;

    private LocalDependence(ItemBank bank, ScoringOptions scoring, LocalDependenceOptions options) {
        this.bank = bank;
        this.scoring = scoring;
        this.options = options;
        Quadrature grid = scoring.quadrature();
        this.gridWeights = grid.weights();
        double[] nodes = grid.nodes();
        this.models = new ItemModel[bank.size()];
        this.gridProbabilities = new double[bank.size()][];
        for (int i = 0; i < models.length; i++) {
            models[i] = bank.model(i);
            int k = models[i].categories();
            double[] table = new double[nodes.length * k];
            double[] row = new double[k];
            for (int q = 0; q < nodes.length; q++) {
                models[i].probabilities(nodes[q], row);
                System.arraycopy(row, 0, table, q * k, k);
            }
            gridProbabilities[i] = table;
        }
    }

    /**
     * Builds the local-dependence statistics of a bank.
     *
     * @param bank the items
     * @param scoring the quadrature grid and prior: the LD χ² integrates over them, and
     *     {@link #analyze(ResponseMatrix)} scores EAP on them (whatever the method of these options)
     * @param options the minimum pairs and flag thresholds
     * @return the statistics
     */
    public static LocalDependence of(ItemBank bank, ScoringOptions scoring, LocalDependenceOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(options, "options");
        return new LocalDependence(bank, scoring, options);
    }

    /**
     * Builds the local-dependence statistics of a bank with the default grid (121 nodes on [−6, 6], N(0, 1))
     * and options.
     *
     * @param bank the items
     * @return the statistics
     */
    public static LocalDependence of(ItemBank bank) {
        return of(bank, ScoringOptions.defaults(), LocalDependenceOptions.defaults());
    }

    /**
     * Analyses each scale of a bank separately ({@link ItemBank#scales()}): the pairs within the scale, at
     * the EAP of the scale's own items. Items that name no scale are left out (unless no item names one).
     *
     * @param bank the items, naming their scales
     * @param responses the responses; every column must be an item of the bank
     * @param scoring the grid and prior
     * @param options the minimum pairs and flag thresholds
     * @return the results per scale code, in the order of {@link ItemBank#scales()}; if no item names a
     *     scale, one entry under the empty string for the whole bank
     * @throws IllegalArgumentException as {@link Scorer#score(ResponseMatrix)}
     */
    public static Map<String, LocalDependenceResults> analyzeByScale(ItemBank bank, ResponseMatrix responses,
            ScoringOptions scoring, LocalDependenceOptions options) {
        Objects.requireNonNull(options, "options");
        return PerScale.analyze(bank, responses, eap(scoring),
                (items, thetas) -> of(items, scoring, options).analyzeMatrix(responses, thetas, true));
    }

    /**
     * Returns the bank.
     *
     * @return the items
     */
    public ItemBank bank() {
        return bank;
    }

    /**
     * Scores every examinee by EAP on the grid of the scoring options and analyses every item pair.
     *
     * @param responses the responses; columns are matched to bank items by id
     * @return the statistics of every pair
     * @throws IllegalArgumentException as {@link Scorer#score(ResponseMatrix)}
     */
    public LocalDependenceResults analyze(ResponseMatrix responses) {
        Objects.requireNonNull(responses, "responses");
        return analyzeMatrix(responses, Scorer.of(bank, eap(scoring)).score(responses), false);
    }

    /**
     * Analyses every item pair with Q3 at given θ estimates (the LD χ² does not use them).
     *
     * @param responses the responses; columns are matched to bank items by id
     * @param thetas θ estimates of the same examinees in the same order, by any method
     * @return the statistics of every pair
     * @throws IllegalArgumentException if a column is not an item of the bank, a response is above its
     *     item's maximum, or the estimates are of other examinees
     */
    public LocalDependenceResults analyze(ResponseMatrix responses, Scores thetas) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(thetas, "thetas");
        return analyzeMatrix(responses, thetas, false);
    }

    private static ScoringOptions eap(ScoringOptions scoring) {
        Objects.requireNonNull(scoring, "scoring");
        return scoring.method() == ScoringMethod.EAP ? scoring : scoring.toBuilder().method(ScoringMethod.EAP).build();
    }

    private LocalDependenceResults analyzeMatrix(ResponseMatrix responses, Scores thetas, boolean otherColumns) {
        if (!thetas.examineeIds().equals(responses.examineeIds())) {
            throw new IllegalArgumentException("the theta estimates are not of the examinees of the responses ("
                    + thetas.size() + " estimates, " + responses.examinees()
                    + " examinees, ids must match in order)");
        }
        int items = models.length;
        int examinees = responses.examinees();
        int[] columnOf = columns(responses, otherColumns);
        byte[][] answers = new byte[items][];
        double[][] residuals = new double[items][];
        double[] p = new double[bank.maxCategories()];
        for (int i = 0; i < items; i++) {
            answers[i] = new byte[examinees];
            residuals[i] = new double[examinees];
            int column = columnOf[i];
            for (int n = 0; n < examinees; n++) {
                int x = column < 0 ? ResponseMatrix.MISSING : responses.response(n, column);
                if (x >= models[i].categories()) {
                    throw new IllegalArgumentException("examinee '" + responses.examineeId(n) + "', item '"
                            + bank.item(i).id() + "': category " + x + " is above the item's maximum "
                            + (models[i].categories() - 1));
                }
                answers[i][n] = (byte) x;
                if (x >= 0) {
                    models[i].probabilities(thetas.theta(n), p);
                    double expected = 0;
                    for (int k = 1; k < models[i].categories(); k++) {
                        expected += k * p[k];
                    }
                    residuals[i][n] = x - expected;
                }
            }
        }
        List<PairStatistics> computed = new ArrayList<>();
        double q3Sum = 0;
        int withStatistics = 0;
        for (int i = 0; i < items; i++) {
            for (int j = i + 1; j < items; j++) {
                PairStatistics pair = pair(i, j, answers, residuals);
                computed.add(pair);
                if (pair.flag == null) {
                    q3Sum += pair.q3;
                    withStatistics++;
                }
            }
        }
        OptionalDouble meanQ3 = withStatistics == 0 ? OptionalDouble.empty() : OptionalDouble.of(q3Sum / withStatistics);
        double criticalP = options.alpha() / Math.max(1, withStatistics);
        List<ItemPairDependence> result = new ArrayList<>(computed.size());
        for (PairStatistics pair : computed) {
            String id1 = bank.item(pair.item1).id();
            String id2 = bank.item(pair.item2).id();
            if (pair.flag != null) {
                result.add(ItemPairDependence.without(id1, id2, pair.n, pair.df, pair.flag));
                continue;
            }
            boolean byQ3 = Math.abs(pair.q3) > options.q3Absolute()
                    && pair.q3 - meanQ3.getAsDouble() > options.q3Relative();
            boolean byChi2 = pair.pValue < criticalP;
            result.add(new ItemPairDependence(id1, id2, pair.n, OptionalDouble.of(pair.q3),
                    OptionalDouble.of(pair.sign * pair.chi2), pair.df, OptionalDouble.of(pair.pValue),
                    OptionalDouble.of(pair.sign * pair.cramersV), DependenceFlag.of(byQ3, byChi2)));
        }
        return new LocalDependenceResults(result, meanQ3, criticalP);
    }

    private int[] columns(ResponseMatrix responses, boolean otherColumns) {
        int[] columnOf = new int[models.length];
        Arrays.fill(columnOf, -1);
        for (int c = 0; c < responses.items(); c++) {
            int i = bank.indexOf(responses.itemId(c));
            if (i < 0 && !otherColumns) {
                throw new IllegalArgumentException("response column '" + responses.itemId(c)
                        + "' is not an item of the bank");
            }
            if (i >= 0) {
                columnOf[i] = c;
            }
        }
        return columnOf;
    }

    private PairStatistics pair(int i, int j, byte[][] answers, double[][] residuals) {
        int ki = models[i].categories();
        int kj = models[j].categories();
        PairStatistics out = new PairStatistics(i, j, (ki - 1) * (kj - 1));
        double[] observed = new double[ki * kj];
        // co-moments by Welford's update
        double mean1 = 0;
        double mean2 = 0;
        double m11 = 0;
        double m22 = 0;
        double m12 = 0;
        byte[] a = answers[i];
        byte[] b = answers[j];
        for (int n = 0; n < a.length; n++) {
            if (a[n] < 0 || b[n] < 0) {
                continue;
            }
            observed[a[n] * kj + b[n]]++;
            out.n++;
            double d1 = residuals[i][n] - mean1;
            double d2 = residuals[j][n] - mean2;
            mean1 += d1 / out.n;
            mean2 += d2 / out.n;
            m11 += d1 * (residuals[i][n] - mean1);
            m22 += d2 * (residuals[j][n] - mean2);
            m12 += d1 * (residuals[j][n] - mean2);
        }
        if (out.n < options.minimumPairs()) {
            out.flag = DependenceFlag.TOO_FEW_PAIRS;
            return out;
        }
        out.q3 = m12 / Math.sqrt(m11 * m22);
        double[] expected = new double[ki * kj];
        double[] pi = gridProbabilities[i];
        double[] pj = gridProbabilities[j];
        for (int q = 0; q < gridWeights.length; q++) {
            for (int k = 0; k < ki; k++) {
                double w = gridWeights[q] * pi[q * ki + k] * out.n;
                for (int m = 0; m < kj; m++) {
                    expected[k * kj + m] += w * pj[q * kj + m];
                }
            }
        }
        double chi2 = 0;
        for (int c = 0; c < observed.length; c++) {
            double d = observed[c] - expected[c];
            chi2 += d * d / expected[c];
        }
        out.chi2 = chi2;
        out.pValue = Gamma.regularizedQ(out.df / 2.0, chi2 / 2);
        out.sign = gamma(observed, ki, kj) - gamma(expected, ki, kj) < 0 ? -1 : 1;
        out.cramersV = Math.sqrt(chi2 / (out.n * (Math.min(ki, kj) - 1)));
        if (!(Double.isFinite(out.q3) && Double.isFinite(chi2) && Double.isFinite(out.pValue))) {
            out.flag = DependenceFlag.UNRESOLVED;
        }
        return out;
    }

    /**
     * Goodman and Kruskal's γ = (C − D)/(C + D) of a rows × columns table, C and D the numbers of concordant
     * and discordant pairs of observations; 0 if there are none.
     */
    static double gamma(double[] table, int rows, int columns) {
        double concordant = 0;
        double discordant = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double count = table[r * columns + c];
                if (count == 0) {
                    continue;
                }
                for (int r2 = r + 1; r2 < rows; r2++) {
                    for (int c2 = 0; c2 < columns; c2++) {
                        if (c2 > c) {
                            concordant += count * table[r2 * columns + c2];
                        } else if (c2 < c) {
                            discordant += count * table[r2 * columns + c2];
                        }
                    }
                }
            }
        }
        double total = concordant + discordant;
        return total > 0 ? (concordant - discordant) / total : 0;
    }

    @Override
    public String toString() {
        return "LocalDependence[" + bank + ", " + options + "]";
    }

    /** The statistics of one pair before the flags, which need every pair. */
    private static final class PairStatistics {
        final int item1;
        final int item2;
        final int df;
        int n;
        double q3;
        double chi2;
        double pValue;
        double cramersV;
        int sign;
        DependenceFlag flag;

        PairStatistics(int item1, int item2, int df) {
            this.item1 = item1;
            this.item2 = item2;
            this.df = df;
        }
    }
}

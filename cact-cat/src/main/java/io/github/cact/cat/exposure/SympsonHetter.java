package io.github.cact.cat.exposure;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.Step;
import io.github.cact.cat.internal.InverseTransform;
import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Derives Sympson–Hetter exposure parameters by the usual iterative simulation (Sympson &amp; Hetter 1985;
 * Hetter &amp; Sympson 1997; van der Linden &amp; Glas 2010, ch. 9): start with K_i = 1; simulate N examinees,
 * θ drawn independently per scale from the design's prior, answering by the item models; from the share
 * P(S_i) of tests in which item i was selected (given or set aside), set K_i = r / P(S_i) where
 * P(S_i) &gt; r and K_i = 1 elsewhere; repeat. Each round simulates new examinees,
 * so its largest exposure rate P(A_i) is a fresh check of the parameters it used. It stops at the first
 * round whose largest rate is within two binomial standard errors of the target, r + 2√(r(1 − r)/N), or
 * on request within the Bonferroni bound of the largest of m binomial rates at the target,
 * r + z_m √(r(1 − r)/N) with m the items held back (K_i &lt; 1), and returns the parameters used in that
 * round (docs/cat.md#exposure-control).
 *
 * <p>Examinee e of round t uses the random stream {@code derive(derive(seed, t), e)} and the counts are
 * integers summed per item, so the result is the same whatever the thread count.
 */
public final class SympsonHetter {

    /** Examinees simulated per parallel task. */
    private static final int CHUNK = 64;
    /** The chance that the largest rate of parameters exactly at the target exceeds the convergence bound. */
    static final double FAMILY_ERROR = 0.05;

    private SympsonHetter() {
    }

    /**
     * The outcome of a derivation.
     *
     * @param parameters item id → K_i in (0, 1], for every item of the design's scales, sorted by id
     * @param rounds the rounds simulated
     * @param maxExposure the largest exposure rate in the last round (under {@code parameters})
     * @param converged whether that rate is within the convergence bound
     * @param maxExposureByRound the largest exposure rate of each round
     */
    public record Result(Map<String, Double> parameters, int rounds, double maxExposure, boolean converged,
            List<Double> maxExposureByRound) {

        /**
         * Copies the collections.
         *
         * @param parameters not null
         * @param rounds ≥ 1
         * @param maxExposure the last round's largest rate
         * @param converged whether it met the bound
         * @param maxExposureByRound not null
         */
        public Result {
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
            maxExposureByRound = List.copyOf(maxExposureByRound);
        }

        /**
         * The exposure control with these parameters.
         *
         * @return {@link ExposureControl#sympsonHetter(Map)} of the parameters
         */
        public ExposureControl control() {
            return ExposureControl.sympsonHetter(parameters);
        }
    }

    /**
     * Derives the parameters for a design (its own exposure control is replaced).
     *
     * @param design the design: bank, selection, content and stopping rules
     * @param targetRate r, the largest exposure rate wanted, in (0, 1]
     * @param examinees N simulated per round, ≥ 10
     * @param maxRounds the most rounds, ≥ 1
     * @param seed the master seed
     * @return the parameters and how they were reached
     * @throws IllegalArgumentException for an argument out of range
     */
    public static Result derive(CatDesign design, double targetRate, int examinees, int maxRounds, long seed) {
        return derive(design, targetRate, examinees, maxRounds, seed, false);
    }

    /**
     * Derives the parameters for a design, with a choice of convergence bound: two binomial standard
     * errors above the target (as {@link #derive(CatDesign, double, int, int, long)}), or the Bonferroni
     * bound of the largest of the m held-back items' rates, r + z_m √(r(1 − r)/N). The second can be met
     * on banks where many items are held back, but may accept a round while the largest rate still falls.
     *
     * @param design the design: bank, selection, content and stopping rules
     * @param targetRate r, the largest exposure rate wanted, in (0, 1]
     * @param examinees N simulated per round, ≥ 10
     * @param maxRounds the most rounds, ≥ 1
     * @param seed the master seed
     * @param largestOfHeldBack whether the bound is the Bonferroni bound of the held-back items
     * @return the parameters and how they were reached
     * @throws IllegalArgumentException for an argument out of range
     */
    public static Result derive(CatDesign design, double targetRate, int examinees, int maxRounds, long seed,
            boolean largestOfHeldBack) {
        Objects.requireNonNull(design, "design");
        if (!(targetRate > 0 && targetRate <= 1)) {
            throw new IllegalArgumentException("the target exposure rate must be in (0, 1], got " + targetRate);
        }
        if (examinees < 10) {
            throw new IllegalArgumentException("the derivation needs at least 10 simulated examinees, got "
                    + examinees);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("the derivation needs at least 1 round, got " + maxRounds);
        }
        ItemBank bank = design.bank();
        List<Item> items = new ArrayList<>();
        for (Item item : bank.items()) {
            if (design.scales().contains(item.scale().orElse(""))) {
                items.add(item);
            }
        }
        Map<String, Double> k = new TreeMap<>();
        for (Item item : items) {
            k.put(item.id(), 1.0);
        }
        double se = Math.sqrt(targetRate * (1 - targetRate) / examinees);
        List<Double> history = new ArrayList<>();
        for (int round = 0; round < maxRounds; round++) {
            CatEngine engine = CatEngine.of(design.toBuilder().exposure(ExposureControl.sympsonHetter(k)).build());
            long roundSeed = SplitMix.derive(seed, round);
            long[][] counts = IntStream.range(0, (examinees + CHUNK - 1) / CHUNK).parallel()
                    .mapToObj(chunk -> simulate(engine, chunk * CHUNK, Math.min(examinees, (chunk + 1) * CHUNK),
                            roundSeed))
                    .reduce(new long[][] {new long[bank.size()], new long[bank.size()]}, SympsonHetter::add);
            double max = 0;
            int controlled = 0;
            double[] selected = new double[items.size()];
            for (int j = 0; j < items.size(); j++) {
                int i = bank.indexOf(items.get(j).id());
                max = Math.max(max, (double) counts[0][i] / examinees);
                selected[j] = (double) counts[1][i] / examinees;
                if (k.get(items.get(j).id()) < 1) {
                    controlled++;
                }
            }
            history.add(max);
            double z = largestOfHeldBack ? largestRateZ(Math.max(1, controlled)) : 2;
            boolean converged = max <= targetRate + z * se;
            if (converged || round == maxRounds - 1) {
                return new Result(k, round + 1, max, converged, history);
            }
            Map<String, Double> next = new TreeMap<>();
            for (int j = 0; j < items.size(); j++) {
                next.put(items.get(j).id(), selected[j] > targetRate ? targetRate / selected[j] : 1.0);
            }
            k = next;
        }
        throw new IllegalStateException("the loop returns in its last round");
    }

    /**
     * The Bonferroni bound z of the largest of m standardised rates: m·φ(z)/z = {@value #FAMILY_ERROR}, the
     * Mills-ratio form of m·(1 − Φ(z)) = {@value #FAMILY_ERROR} (slightly above it), solved by fixed-point
     * iteration.
     */
    static double largestRateZ(int m) {
        double z = Math.sqrt(2 * Math.log(m / FAMILY_ERROR));
        for (int i = 0; i < 50; i++) {
            z = Math.sqrt(2 * Math.log(m / (FAMILY_ERROR * z * Math.sqrt(2 * Math.PI))));
        }
        return z;
    }

    /** Given and selected (given or set aside) counts per bank position of examinees from..to−1. */
    private static long[][] simulate(CatEngine engine, int from, int to, long seed) {
        ItemBank bank = engine.design().bank();
        List<String> scales = engine.design().scales();
        double mean = engine.design().quadrature().priorMean();
        double sd = engine.design().quadrature().priorSd();
        long[] given = new long[bank.size()];
        long[] selected = new long[bank.size()];
        for (int e = from; e < to; e++) {
            SplitMix random = new SplitMix(SplitMix.derive(seed, e));
            double[] theta = new double[scales.size()];
            for (int s = 0; s < theta.length; s++) {
                theta[s] = mean + sd * random.nextGaussian();
            }
            CatSession session = engine.start(random.nextLong());
            for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
                Item item = step.item().orElseThrow();
                double t = theta[scales.indexOf(item.scale().orElse(""))];
                int category = InverseTransform.category(item.model(), t, random.nextDouble());
                session = engine.answer(step.session(), category);
            }
            for (String id : session.excludedItems()) {
                selected[bank.indexOf(id)]++;
            }
            for (var r : session.responses()) {
                int i = bank.indexOf(r.itemId());
                given[i]++;
                selected[i]++;
            }
        }
        return new long[][] {given, selected};
    }

    private static long[][] add(long[][] a, long[][] b) {
        long[][] sum = new long[2][a[0].length];
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < a[r].length; i++) {
                sum[r][i] = a[r][i] + b[r][i];
            }
        }
        return sum;
    }
}

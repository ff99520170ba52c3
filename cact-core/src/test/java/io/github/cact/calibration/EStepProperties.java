package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.ModelType;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The chunked E-step (one code-table row per chunk of items, expected counts per code expanded to items)
 * gives the expected counts, node totals and log-likelihood of a plain per-item E-step, to 1e-9 relative (and
 * the e^-40 posterior window), with missing responses and mixed numbers of categories.
 */
class EStepProperties {

    /** Dichotomous items per chunk without missing responses: 2^k = {@link ItemChunks#MAX_CODES} codes. */
    private static final int DICHOTOMOUS_PER_CHUNK = Integer.numberOfTrailingZeros(ItemChunks.MAX_CODES);

    @Property(tries = 40, seed = "20261122")
    void chunkedEStepEqualsPerItemEStep(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int items,
            @ForAll @IntRange(min = 1, max = 80) int patterns, @ForAll @IntRange(min = 1, max = 5) int maxK,
            @ForAll @IntRange(min = 0, max = 40) int missingPercent) {
        Random random = new Random(seed);
        ItemState[] states = new ItemState[items];
        for (int i = 0; i < items; i++) {
            int k0 = 2 + random.nextInt(maxK);
            ModelType type = k0 == 2 ? ModelType.TWO_PL : random.nextBoolean() ? ModelType.GRM : ModelType.GPCM;
            states[i] = new ItemState("i" + i, type, k0);
            long[] counts = new long[k0];
            for (int k = 0; k < k0; k++) {
                counts[k] = 1 + random.nextInt(100);
            }
            Start.initialise(states[i], counts);
            states[i].par[0] = 0.3 + 2 * random.nextDouble();
        }
        byte[] rows = new byte[patterns * items];
        double[] weights = new double[patterns];
        for (int p = 0; p < patterns; p++) {
            weights[p] = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                boolean missing = random.nextInt(100) < missingPercent;
                rows[p * items + i] = (byte) (missing ? -1 : random.nextInt(states[i].categories));
            }
        }
        PatternData data = new PatternData(items, rows, weights, true);
        CalibrationOptions options = CalibrationOptions.builder().parallelism(1)
                .chunkSize(1 + random.nextInt(patterns)).build();
        EmEngine engine = new EmEngine(data, states, false, false, options);
        engine.latent().set(random.nextGaussian() * 0.5, 0.5 + random.nextDouble());
        double[] chunked = engine.expectedCounts();
        double[] reference = perItemEStep(engine);
        // the E-step skips nodes whose posterior is below e^-40 of the mode's: at most e^-40 per examinee
        double skipped = Math.exp(-40) * data.total;
        for (int j = 0; j < reference.length; j++) {
            double tolerance = Math.max(1e-9 * Math.abs(reference[j]), skipped);
            assertEquals(reference[j], chunked[j], tolerance, "entry " + j);
        }
    }

    /**
     * Long tests of steep items answered at random, and one pattern answered against every item's location:
     * the chunks disagree so much that the product of a pattern's scaled chunk rows falls below {@link EStep#SMALLEST_PRODUCT} (checked here from the log
     * densities), and the E-step computes those patterns in logs. The result still equals the per-item
     * E-step.
     */
    @Property(tries = 8, seed = "20261130")
    void longSteepTestsEqualPerItemEStep(@ForAll long seed, @ForAll @IntRange(min = 200, max = 300) int items) {
        Random random = new Random(seed);
        ItemState[] states = new ItemState[items];
        for (int i = 0; i < items; i++) {
            states[i] = new ItemState("i" + i, ModelType.TWO_PL, 2);
            states[i].par[0] = 20 + 29 * random.nextDouble();
            states[i].par[1] = 90 * random.nextDouble() - 45;
        }
        int patterns = 30;
        byte[] rows = new byte[patterns * items];
        for (int c = 0; c < rows.length; c++) {
            rows[c] = (byte) random.nextInt(2);
        }
        // pattern 0 answers every item against its location: right where b = −d/a > 0, wrong where b < 0
        for (int i = 0; i < items; i++) {
            rows[i] = (byte) (states[i].par[1] < 0 ? 1 : 0);
        }
        double[] weights = new double[patterns];
        Arrays.fill(weights, 1);
        PatternData data = new PatternData(items, rows, weights, false);
        EmEngine engine = new EmEngine(data, states, false, false,
                CalibrationOptions.builder().parallelism(1).chunkSize(7).build());
        int underflows = 0;
        for (int p = 0; p < patterns; p++) {
            underflows += logProductMaximum(engine, p) < Math.log(EStep.SMALLEST_PRODUCT) ? 1 : 0;
        }
        assertTrue(underflows > 0, "no pattern takes the log path");
        double[] chunked = engine.expectedCounts();
        double[] reference = perItemEStep(engine);
        double skipped = Math.exp(-40) * data.total;
        for (int j = 0; j < reference.length; j++) {
            double tolerance = Math.max(1e-9 * Math.abs(reference[j]), skipped);
            assertEquals(reference[j], chunked[j], tolerance, "entry " + j);
        }
    }

    /**
     * log max_q Π_c L_c(θ_q) / max_q' L_c(θ_q') for pattern p, with L_c the joint density of the items of
     * chunk c ({@link #DICHOTOMOUS_PER_CHUNK} dichotomous items without missing responses per chunk; the prior
     * in chunk 0).
     */
    private static double logProductMaximum(EmEngine engine, int p) {
        int nodes = engine.latent().nodes();
        int items = engine.layout().items();
        double[] theta = engine.latent().theta();
        double[] logW = engine.latent().logWeights();
        double[] total = new double[nodes];
        double tops = 0;
        double[] l = new double[2];
        for (int start = 0; start < items; start += DICHOTOMOUS_PER_CHUNK) {
            double[] chunk = new double[nodes];
            double top = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < nodes; q++) {
                chunk[q] = start == 0 ? logW[q] : 0;
                for (int i = start; i < Math.min(items, start + DICHOTOMOUS_PER_CHUNK); i++) {
                    ItemState s = engine.layout().state(i);
                    s.toModel(s.par).logProbabilities(theta[q], l);
                    chunk[q] += l[engine.data().rows[p * items + i]];
                }
                top = Math.max(top, chunk[q]);
                total[q] += chunk[q];
            }
            tops += top;
        }
        return Arrays.stream(total).max().orElseThrow() - tops;
    }

    /** The textbook E-step: per pattern Σ_i log P(x_i | θ_q) item by item, the full posterior, r_ikq += f·post. */
    private static double[] perItemEStep(EmEngine engine) {
        int nodes = engine.latent().nodes();
        int items = engine.layout().items();
        int total = engine.eStep().counts();
        double[] e = new double[total + nodes + 1];
        double[] logW = engine.latent().logWeights();
        double[][] logP = new double[items][];
        for (int i = 0; i < items; i++) {
            ItemState s = engine.layout().state(i);
            logP[i] = new double[s.categories * nodes];
            double[] l = new double[s.categories];
            for (int q = 0; q < nodes; q++) {
                s.toModel(s.par).logProbabilities(engine.latent().theta()[q], l);
                for (int k = 0; k < s.categories; k++) {
                    logP[i][k * nodes + q] = l[k];
                }
            }
        }
        PatternData data = engine.data();
        double[] post = new double[nodes];
        for (int p = 0; p < data.patterns; p++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < nodes; q++) {
                double ll = logW[q];
                for (int i = 0; i < items; i++) {
                    int x = data.rows[p * items + i];
                    if (x >= 0) {
                        ll += logP[i][x * nodes + q];
                    }
                }
                post[q] = ll;
                max = Math.max(max, ll);
            }
            double sum = 0;
            for (int q = 0; q < nodes; q++) {
                post[q] = Math.exp(post[q] - max);
                sum += post[q];
            }
            double f = data.weights[p];
            e[total + nodes] += f * (max + Math.log(sum));
            for (int q = 0; q < nodes; q++) {
                double w = f * post[q] / sum;
                e[total + q] += w;
                for (int i = 0; i < items; i++) {
                    int x = data.rows[p * items + i];
                    if (x >= 0) {
                        e[(engine.eStep().offsets()[i] + x) * nodes + q] += w;
                    }
                }
            }
        }
        return e;
    }
}

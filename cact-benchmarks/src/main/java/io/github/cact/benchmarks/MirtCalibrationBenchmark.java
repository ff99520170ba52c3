package io.github.cact.benchmarks;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.MultidimensionalSimulator;
import io.github.cact.mirt.estimation.FactorModel;
import io.github.cact.mirt.estimation.MirtCalibrator;
import io.github.cact.mirt.estimation.MirtOptions;
import io.github.cact.mirt.estimation.MirtResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The confirmatory 9-factor 2PL calibration of the mirt comparison: 9 × 12 items (slopes uniform on
 * [0.8, 2.0], intercepts uniform on [−1.5, 1.5]), 5,000 examinees, every factor correlation 0.7, by MH-RM
 * with the default settings (standard errors and the importance-sampled log-likelihood included). Time per
 * calibration. {@link #main} prints one calibration's time and its parameter recovery.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class MirtCalibrationBenchmark {

    @Param({"2"})
    public int threads;

    private MultidimensionalBank truth;
    private ResponseMatrix data;
    private FactorModel model;
    private MirtCalibrator calibrator;

    /** Simulates the data set. */
    @Setup
    public void setUp() {
        truth = nineFactorBank();
        data = MultidimensionalSimulator.of(truth, 12).simulate(5000).responses();
        FactorModel.Builder b = FactorModel.builder(ModelType.TWO_PL).factors(truth.factors());
        for (MultidimensionalItem item : truth.items()) {
            b.item(item.id(), truth.factors().get(item.loadings()[0]));
        }
        model = b.build();
        calibrator = MirtCalibrator.of(MirtOptions.builder().parallelism(threads).build());
    }

    /**
     * One MH-RM calibration.
     *
     * @return the result
     */
    @Benchmark
    public Object mhrm() {
        return calibrator.calibrate(data, model);
    }

    /** The generating bank: 9 factors × 12 2PL items, correlations 0.7. */
    static MultidimensionalBank nineFactorBank() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> names = new ArrayList<>();
        List<MultidimensionalItem> items = new ArrayList<>();
        double[][] r = new double[9][9];
        for (int f = 0; f < 9; f++) {
            names.add("F" + (f + 1));
            for (int g = 0; g < 9; g++) {
                r[f][g] = f == g ? 1 : 0.7;
            }
            for (int i = 0; i < 12; i++) {
                double[] a = new double[9];
                a[f] = 0.8 + 1.2 * random.nextDouble();
                items.add(MultidimensionalItem.of("F" + (f + 1) + "_" + (i + 1), ModelType.TWO_PL, a, new int[] {f},
                        new double[] {-1.5 + 3 * random.nextDouble()}, 0, 1));
            }
        }
        return MultidimensionalBank.of(names, items, LatentNormal.ofCorrelations(r));
    }

    /**
     * Prints the time of one calibration and its recovery: slope and intercept RMSE, the mean and largest
     * absolute correlation error.
     *
     * @param args the number of threads (default 2)
     */
    public static void main(String[] args) {
        MirtCalibrationBenchmark b = new MirtCalibrationBenchmark();
        b.threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        b.setUp();
        long start = System.nanoTime();
        MirtResult result = b.calibrator.calibrate(b.data, b.model);
        double seconds = (System.nanoTime() - start) / 1e9;
        double slopes = 0;
        double intercepts = 0;
        for (int j = 0; j < b.truth.size(); j++) {
            MultidimensionalItem t = b.truth.item(j);
            MultidimensionalItem e = result.bank().item(j);
            int f = t.loadings()[0];
            slopes += Math.pow(e.slope(f) - t.slope(f), 2);
            intercepts += Math.pow(e.intercepts()[0] - t.intercepts()[0], 2);
        }
        double meanR = 0;
        double maxR = 0;
        for (int i = 0; i < 9; i++) {
            for (int k = 0; k < i; k++) {
                double err = Math.abs(result.bank().latent().correlation(i, k) - 0.7);
                meanR += err / 36;
                maxR = Math.max(maxR, err);
            }
        }
        System.out.printf("9-factor MH-RM, %d threads: %.2f s, %d cycles, converged %b; slope RMSE %.4f, intercept"
                + " RMSE %.4f, correlation error mean %.4f max %.4f; log-likelihood %.1f ± %.1f%n", b.threads, seconds,
                result.cycles(), result.converged(), Math.sqrt(slopes / b.truth.size()),
                Math.sqrt(intercepts / b.truth.size()), meanR, maxR, result.logLikelihood(),
                result.logLikelihoodError());
    }
}

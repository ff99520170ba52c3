package io.github.cact.benchmarks;

import io.github.cact.calibration.CalibrationOptions;
import io.github.cact.calibration.Calibrator;
import io.github.cact.calibration.StandardErrorMethod;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Calibration by EM, on the work of the mirt comparison in the README: a full 2PL calibration of
 * 100,000 examinees × 50 items on 61 nodes with convergence at 1e-5, the same without standard errors and fit
 * (EM only), one EM cycle of it, and a graded
 * response calibration of 20,000 × 40 (5 categories). Time per calibration; the baseline arm reads every
 * response once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalibrationBenchmark {

    @Param({"100000"})
    public int examinees;

    @Param({"50"})
    public int items;

    @Param({"2"})
    public int threads;

    private ResponseMatrix twoPl;
    private ResponseMatrix graded;
    private Calibrator full;
    private Calibrator oneCycle;
    private Calibrator emOnly;
    private byte[] row;

    /** Simulates the two data sets. */
    @Setup
    public void setUp() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, items, 2, 21);
        twoPl = ResponseSimulator.of(bank, 22).simulate(examinees).responses();
        ItemBank gradedBank = ResponseSimulator.randomBank(ModelType.GRM, 40, 5, 23);
        graded = ResponseSimulator.of(gradedBank, 24).simulate(20_000).responses();
        CalibrationOptions options = CalibrationOptions.builder().tolerance(1e-5).parallelism(threads).build();
        full = Calibrator.of(options);
        oneCycle = Calibrator.of(options.toBuilder().maxCycles(1).acceleration(false).build());
        emOnly = Calibrator.of(options.toBuilder().standardErrors(StandardErrorMethod.NONE).itemFit(false).build());
        row = new byte[items];
    }

    /**
     * Input handling only: copy out every examinee's responses.
     *
     * @param sink consumes the result
     */
    @Benchmark
    public void baseline(Blackhole sink) {
        sink.consume(InputHandling.readEveryRow(twoPl, row));
    }

    /**
     * A full 2PL calibration to convergence at 1e-5.
     *
     * @return the result
     */
    @Benchmark
    public Object twoPl() {
        return full.calibrate(twoPl, ModelType.TWO_PL);
    }

    /**
     * The same calibration without standard errors and item fit: EM only.
     *
     * @return the result
     */
    @Benchmark
    public Object twoPlEmOnly() {
        return emOnly.calibrate(twoPl, ModelType.TWO_PL);
    }

    /**
     * One EM cycle of the same calibration (with its set-up: pattern collapsing, tables).
     *
     * @return the result
     */
    @Benchmark
    public Object twoPlOneCycle() {
        return oneCycle.calibrate(twoPl, ModelType.TWO_PL);
    }

    /**
     * A full graded-response calibration of 20,000 × 40.
     *
     * @return the result
     */
    @Benchmark
    public Object graded() {
        return full.calibrate(graded, ModelType.GRM);
    }
}

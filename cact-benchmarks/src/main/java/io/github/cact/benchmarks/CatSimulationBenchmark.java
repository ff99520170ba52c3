package io.github.cact.benchmarks;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.simulation.FixedForms;
import io.github.cact.cat.simulation.GpcmBanks;
import io.github.cact.cat.simulation.SimulationResult;
import io.github.cact.cat.simulation.Simulator;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole simulation study on the 9 × 40 GPCM bank of the targets: N examinees (true θ correlated 0.6)
 * through the adaptive design of {@link CatTargets} (maximum information, randomesque exposure control,
 * classification stopping) and through the 12-per-scale paper form, with every statistic. Single shot per
 * iteration. The quick suite runs 1,000 examinees; the target size is {@code -p examinees=10000}
 * (target ≤ 20 s on 2 cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatSimulationBenchmark {

    /** Simulated examinees. */
    @Param({"1000"})
    public int examinees;

    /** Workers, the calling thread included. */
    @Param({"1", "2"})
    public int threads;

    private ExecutorService pool;
    private Simulator simulator;

    /** Builds the bank, the design and its engine. */
    @Setup
    public void setUp() {
        pool = Executors.newFixedThreadPool(Math.max(1, threads - 1));
        ItemBank bank = GpcmBanks.nineCompetencies(CatTargets.BANK_SEED);
        List<CutScores> cuts = new ArrayList<>();
        for (String scale : bank.scales()) {
            cuts.add(CutScores.of(scale, CatTargets.CUTS));
        }
        CatDesign design = CatTargets.adaptiveDesign(bank, cuts, ExposureControl.randomesque(CatTargets.RANDOMESQUE));
        simulator = Simulator.builder(design, cuts).engine(CatEngine.of(design)).examinees(examinees, 0.6).seed(1)
                .fixedForm(FixedForms.spread(bank, 12)).executor(pool)
                .parallelism(threads).build();
    }

    /** Shuts the benchmark's pool down. */
    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    /**
     * One study.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public SimulationResult simulate() {
        return simulator.run();
    }
}

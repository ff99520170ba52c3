package io.github.cact.benchmarks;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.simulation.ResponseSimulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EAP scoring at the sizes of the performance targets (docs/scoring.md, "Performance"): 100,000
 * examinees × 50 items × 61 nodes on 1 and 2 threads, complete or with 10 % of the cells missing at
 * random, right/wrong (2PL) or five-category (GPCM) items. The 4,500,000 × 100 in-memory arm is the same
 * benchmark with {@code -p examinees=4500000 -p items=100} (a 450 MB matrix, hence the larger heap).
 * Too slow for the quick suite, which leaves it out; run it with
 * {@code cact-benchmarks/run.sh ScaleBenchmark}. The baseline arm reads every response once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ScaleBenchmark {

    @Param({"2pl", "gpcm"})
    public String model;

    @Param({"100000"})
    public int examinees;

    @Param({"50"})
    public int items;

    @Param({"61"})
    public int nodes;

    @Param({"0", "0.1"})
    public double missing;

    @Param({"1", "2"})
    public int threads;

    private ResponseMatrix data;
    private Scorer scorer;
    private byte[] row;

    /** Simulates the responses (5-category items for the GPCM) and builds the EAP scorer. */
    @Setup
    public void setUp() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.fromCode(model), items, 5, 11);
        data = ResponseSimulator.of(bank, 12).withMissingRate(missing).simulate(examinees).responses();
        scorer = Scorer.of(bank, ScoringOptions.builder().quadrature(Quadrature.standardNormal(nodes, -6, 6))
                .parallelism(threads).build());
        row = new byte[items];
    }

    /**
     * Input handling only: copy out every examinee's responses.
     *
     * @param sink consumes the result
     */
    @Benchmark
    public void baseline(Blackhole sink) {
        sink.consume(InputHandling.readEveryRow(data, row));
    }

    /**
     * Scores every examinee by EAP.
     *
     * @return the scores
     */
    @Benchmark
    public Object score() {
        return scorer.score(data);
    }
}

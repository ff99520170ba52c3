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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EAP scoring of a whole response matrix with {@link Scorer#score(ResponseMatrix)} over a sweep of item
 * models (2PL; GPCM with 5 categories), test lengths and grid sizes, on 20,000 examinees (100,000 and
 * 4,500,000 in {@link ScaleBenchmark}; the other methods in {@link ScoringMethodsBenchmark}). Time per
 * batch; the report divides the {@code examinees} parameter by it for examinees/s, and multiplies by
 * items × nodes for examinee·item·node cells/s. The baseline arm reads every response once (input
 * handling only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringBenchmark {

    @Param({"2pl", "gpcm"})
    public String model;

    @Param({"20000"})
    public int examinees;

    @Param({"10", "40", "100"})
    public int items;

    @Param({"61", "121"})
    public int nodes;

    @Param({"1"})
    public int threads;

    private ResponseMatrix data;
    private Scorer scorer;
    private byte[] row;

    /** Simulates the responses (5-category items for the GPCM) and builds the scorer. */
    @Setup
    public void setUp() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.fromCode(model), items, 5, 11);
        data = ResponseSimulator.of(bank, 12).simulate(examinees).responses();
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
     * Scores every examinee.
     *
     * @return the scores
     */
    @Benchmark
    public Object score() {
        return scorer.score(data);
    }
}

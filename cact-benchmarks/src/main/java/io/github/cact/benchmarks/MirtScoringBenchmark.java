package io.github.cact.benchmarks;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.mirt.scoring.MirtScorer;
import io.github.cact.mirt.scoring.MirtScoringOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Multidimensional MAP scoring ({@link MirtScorer#map(ResponseMatrix)}) of simulated officials on the
 * nine competencies' 9 × 12 GPCM items with factor correlations 0.7 ({@link OfficialsData}); the target
 * is 100,000 people in at most 2 s on 2 cores. Time per batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MirtScoringBenchmark {

    @Param({"100000"})
    public int examinees;

    @Param({"2"})
    public int threads;

    private ResponseMatrix data;
    private MirtScorer scorer;

    /** Simulates the officials and builds the scorer. */
    @Setup
    public void setUp() {
        OfficialsData officials = new OfficialsData(examinees, 0.7, 11);
        data = officials.responses;
        scorer = MirtScorer.of(officials.multidimensional, MirtScoringOptions.defaults().withParallelism(threads));
    }

    /**
     * MAP estimates and posterior covariances of everyone.
     *
     * @return the scores
     */
    @Benchmark
    public Object map() {
        return scorer.map(data);
    }
}

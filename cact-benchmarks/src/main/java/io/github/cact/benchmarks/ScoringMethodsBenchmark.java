package io.github.cact.benchmarks;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
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
 * Every scoring method on one matrix: 20,000 examinees × 40 2PL items, the default grid (121 nodes),
 * one thread. MAP, ML and WLE solve per examinee by Newton steps from the EAP; EAPsum reads a summed-score
 * table. Time per batch (examinees/s in the report). The baseline arm reads every response once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringMethodsBenchmark {

    @Param({"20000"})
    public int examinees;

    @Param({"40"})
    public int items;

    private ResponseMatrix data;
    private Scorer eap;
    private Scorer map;
    private Scorer wle;
    private Scorer ml;
    private Scorer eapSum;
    private byte[] row;

    /** Simulates the responses and builds one scorer per method. */
    @Setup
    public void setUp() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, items, 2, 13);
        data = ResponseSimulator.of(bank, 14).simulate(examinees).responses();
        eap = scorer(bank, ScoringMethod.EAP);
        map = scorer(bank, ScoringMethod.MAP);
        wle = scorer(bank, ScoringMethod.WLE);
        ml = scorer(bank, ScoringMethod.ML);
        eapSum = scorer(bank, ScoringMethod.EAP_SUM);
        row = new byte[items];
    }

    private static Scorer scorer(ItemBank bank, ScoringMethod method) {
        return Scorer.of(bank, ScoringOptions.builder().method(method).parallelism(1).build());
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
     * EAP, for reference.
     *
     * @return the scores
     */
    @Benchmark
    public Object eap() {
        return eap.score(data);
    }

    /**
     * MAP (posterior mode).
     *
     * @return the scores
     */
    @Benchmark
    public Object map() {
        return map.score(data);
    }

    /**
     * WLE (Warm).
     *
     * @return the scores
     */
    @Benchmark
    public Object wle() {
        return wle.score(data);
    }

    /**
     * ML.
     *
     * @return the scores
     */
    @Benchmark
    public Object ml() {
        return ml.score(data);
    }

    /**
     * EAPsum (Lord–Wingersky).
     *
     * @return the scores
     */
    @Benchmark
    public Object eapSum() {
        return eapSum.score(data);
    }
}

package io.github.cact.benchmarks;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.tables.BatchKernel;
import io.github.cact.internal.tables.LogProbabilityTable;
import io.github.cact.internal.tables.PatternSumTable;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The N × I × Q hot loop on one thread, through the library's own kernels: add the log-probability rows
 * that each examinee's responses select ({@link LogProbabilityTable}, or {@link PatternSumTable} as the
 * scorer does), then normalise to the posterior moments with {@link BatchKernel}, as scoring does. Throughput is examinees per second; multiply by items × nodes for
 * examinee·item·node cells per second. The baseline arm reads the same responses and does nothing else.
 * The quick suite runs 2PL items on 61 nodes; other sizes with e.g. {@code -p nodes=61,121 -p model=2pl,gpcm}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LogLikelihoodKernelBenchmark {

    private static final int EXAMINEES = 4_096;

    @Param({"10", "100"})
    public int items;

    @Param({"61"})
    public int nodes;

    @Param({"2pl"})
    public String model;

    private byte[] responses;
    private LogProbabilityTable table;
    private PatternSumTable chunked;
    private double[] logPrior;
    private double[] thetas;
    private double[] acc;
    private double[] moments;
    private int[] codes;

    /** Simulates the responses and tabulates the models. */
    @Setup
    public void setUp() {
        ModelType type = ModelType.fromCode(model);
        ItemBank bank = ResponseSimulator.randomBank(type, items, 5, 1);
        ResponseMatrix data = ResponseSimulator.of(bank, 2).simulate(EXAMINEES).responses();
        responses = new byte[EXAMINEES * items];
        for (int n = 0; n < EXAMINEES; n++) {
            data.copyRow(n, responses, n * items);
        }
        Quadrature grid = Quadrature.standardNormal(nodes, -6, 6);
        List<ItemModel> models = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            models.add(bank.model(i));
        }
        table = new LogProbabilityTable(models, grid.nodes());
        chunked = new PatternSumTable(table);
        thetas = grid.nodes();
        logPrior = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            logPrior[q] = grid.logWeight(q);
        }
        acc = new double[nodes];
        moments = new double[4];
        codes = new int[chunked.chunks()];
    }

    /**
     * Input handling only: touch every response.
     *
     * @param sink consumes the result
     */
    @Benchmark
    @OperationsPerInvocation(EXAMINEES)
    public void baseline(Blackhole sink) {
        long sum = 0;
        for (int c = 0; c < responses.length; c++) {
            sum += responses[c];
        }
        sink.consume(sum);
    }

    /**
     * EAP of every examinee, adding one row per item.
     *
     * @param sink consumes each EAP
     */
    @Benchmark
    @OperationsPerInvocation(EXAMINEES)
    public void eap(Blackhole sink) {
        for (int n = 0; n < EXAMINEES; n++) {
            Arrays.fill(acc, 0.0);
            table.addLogLikelihood(responses, n * items, acc);
            BatchKernel.moments(acc, 0, thetas, logPrior, moments);
            sink.consume(moments[0]);
        }
    }

    /**
     * EAP of every examinee, adding one precomputed row per chunk of items: the scorer's path.
     *
     * @param sink consumes each EAP
     */
    @Benchmark
    @OperationsPerInvocation(EXAMINEES)
    public void eapChunked(Blackhole sink) {
        for (int n = 0; n < EXAMINEES; n++) {
            chunked.logLikelihood(responses, n * items, codes, acc);
            BatchKernel.moments(acc, 0, thetas, logPrior, moments);
            sink.consume(moments[0]);
        }
    }
}

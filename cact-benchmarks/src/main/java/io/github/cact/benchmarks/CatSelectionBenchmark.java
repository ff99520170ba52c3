package io.github.cact.benchmarks;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.SelectionRule;
import io.github.cact.cat.Step;
import io.github.cact.cat.StoppingRule;
import io.github.cact.cat.simulation.GpcmBanks;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
 * Next-item selection on a bank of 10,000 GPCM items (one scale, 5 categories): {@code CatEngine.next} on
 * sessions that have answered 0 to 19 items at abilities spread over [−2.5, 2.5], so that θ̂ and the
 * excluded items vary from call to call, or ({@code answered=0}) on sessions that have answered nothing,
 * the first item. Sample time, so that JMH reports percentiles (target p99 ≤ 1 ms).
 * The {@code random} rule is the baseline arm: the same candidate scan without the information tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatSelectionBenchmark {

    private static final int SESSIONS = 256;

    /** The selection rule. */
    @Param({"mfi", "kl", "pwi", "random"})
    public String rule;

    /** Items in the bank. */
    @Param({"10000"})
    public int items;

    /** How many items the sessions have answered: {@code 0-19} spread over the sessions, or {@code 0}. */
    @Param({"0-19", "0"})
    public String answered;

    private CatEngine engine;
    private CatSession[] sessions;
    private int next;

    /** Builds the bank, the engine and sessions at various stages. */
    @Setup
    public void setUp() {
        ItemBank bank = GpcmBanks.of(List.of("S"), items, 5, 17);
        SelectionRule selection = switch (rule) {
            case "mfi" -> SelectionRule.maximumInformation();
            case "kl" -> SelectionRule.kullbackLeibler(3);
            case "pwi" -> SelectionRule.posteriorWeightedInformation();
            case "random" -> SelectionRule.random();
            default -> throw new IllegalArgumentException("unknown rule " + rule);
        };
        engine = CatEngine.of(CatDesign.builder(bank).selection(selection)
                .stopping(StoppingRule.builder().itemsPerScale(1, 40).build()).build());
        SplittableRandom random = new SplittableRandom(3);
        sessions = new CatSession[SESSIONS];
        for (int k = 0; k < SESSIONS; k++) {
            double theta = -2.5 + 5 * random.nextDouble();
            CatSession session = engine.start(k);
            int answers = switch (answered) {
                case "0-19" -> k % 20;
                case "0" -> 0;
                default -> throw new IllegalArgumentException("unknown answered " + answered);
            };
            for (int a = 0; a < answers; a++) {
                Step step = engine.next(session);
                Item item = step.item().orElseThrow();
                double[] p = new double[item.model().categories()];
                item.model().probabilities(theta, p);
                double u = random.nextDouble();
                int category = 0;
                for (double cumulative = p[0]; u >= cumulative && category < p.length - 1; cumulative += p[++category]) {
                    // find the category whose cumulative probability passes u
                }
                session = engine.answer(step.session(), category);
            }
            sessions[k] = session;
        }
    }

    /**
     * One selection.
     *
     * @return the step, consumed by JMH
     */
    @Benchmark
    public Step next() {
        CatSession session = sessions[next];
        next = (next + 1) % SESSIONS;
        return engine.next(session);
    }

    /**
     * The thread CPU time of each selection, which leaves out the waits for a core that dominate the
     * wall-clock tails on a shared machine: after as many warm-up calls, prints its percentiles.
     *
     * <pre>java -cp cact-benchmarks/target/benchmarks.jar io.github.cact.benchmarks.CatSelectionBenchmark
     *   [rule: kl] [answered: 0-19] [calls: 20000]</pre>
     *
     * @param args the rule, the answered items and the number of calls, each optional in that order
     */
    public static void main(String[] args) {
        CatSelectionBenchmark b = new CatSelectionBenchmark();
        b.rule = args.length > 0 ? args[0] : "kl";
        b.items = 10_000;
        b.answered = args.length > 1 ? args[1] : "0-19";
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long offered = 0;
        for (int i = 0; i < calls; i++) {
            offered += b.next().finished() ? 0 : 1;
        }
        long[] cpu = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = threads.getCurrentThreadCpuTime();
            offered += b.next().finished() ? 0 : 1;
            cpu[i] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s, answered %s: thread CPU time per call p50 %.1f µs, p90 %.1f µs,"
                + " p99 %.1f µs, p99.9 %.1f µs (%d calls after as many warm-up calls; %d items offered)%n", b.rule,
                b.answered, cpu[calls / 2] / 1e3, cpu[calls * 9 / 10] / 1e3, cpu[calls * 99 / 100] / 1e3,
                cpu[calls * 999 / 1000] / 1e3, calls, offered);
    }
}

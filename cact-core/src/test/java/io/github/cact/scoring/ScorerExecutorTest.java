package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.parallel.SharedPool;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Batch scoring on the calling thread and an executor: the same bits for any parallelism and executor, no
 * pool per call, a host executor left running.
 */
class ScorerExecutorTest {

    private static final ItemBank BANK = ResponseSimulator.randomBank(ModelType.GPCM, 12, 4, 3);
    private static final ResponseMatrix DATA = ResponseSimulator.of(BANK, 4).withMissingRate(0.1).simulate(3000)
            .responses();

    private static ScoringOptions.Builder options(ScoringMethod method) {
        return ScoringOptions.builder().method(method).chunkSize(64);
    }

    @Test
    void resultsAreBitIdenticalForAnyParallelismAndExecutor() throws Exception {
        ExecutorService host = Executors.newFixedThreadPool(3);
        try {
            for (ScoringMethod method : new ScoringMethod[] {ScoringMethod.EAP, ScoringMethod.WLE}) {
                Scorer one = Scorer.of(BANK, options(method).parallelism(1).build());
                Scores expected = one.score(DATA);
                double logLikelihood = one.marginalLogLikelihood(DATA);
                double[] levels = one.levelProbabilities(DATA, -0.5, 0.5);
                List<ScoringOptions> others = List.of(options(method).parallelism(2).build(),
                        options(method).parallelism(4).build(), options(method).parallelism(4).executor(host).build(),
                        options(method).parallelism(2).executor(Runnable::run).build());
                for (ScoringOptions o : others) {
                    Scorer scorer = Scorer.of(BANK, o);
                    Scores scores = scorer.score(DATA);
                    assertEquals(expected, scores, o.toString());
                    for (int n = 0; n < DATA.examinees(); n++) {
                        assertEquals(Double.doubleToRawLongBits(expected.theta(n)),
                                Double.doubleToRawLongBits(scores.theta(n)));
                        assertEquals(Double.doubleToRawLongBits(expected.se(n)), Double.doubleToRawLongBits(scores.se(n)));
                    }
                    assertEquals(logLikelihood, scorer.marginalLogLikelihood(DATA), 0.0);
                    assertArrayEquals(levels, scorer.levelProbabilities(DATA, -0.5, 0.5), 0.0);
                }
            }
            assertFalse(host.isShutdown(), "the library never shuts a host executor down");
            assertEquals(5, host.submit(() -> 5).get(10, TimeUnit.SECONDS));
        } finally {
            host.shutdownNow();
        }
    }

    @Test
    void concurrentRequestsShareOnePool() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        int requests = 50;
        Scorer scorer = Scorer.of(BANK, options(ScoringMethod.EAP).parallelism(4).build());
        Scores expected = Scorer.of(BANK, options(ScoringMethod.EAP).parallelism(1).build()).score(DATA);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> seen = new HashSet<>();
        AtomicInteger mostWorkers = new AtomicInteger();
        Thread monitor = new Thread(() -> {
            while (running.get()) {
                int workers = 0;
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (!before.contains(t)) {
                        synchronized (seen) {
                            seen.add(t.getName());
                        }
                    }
                    workers += t.getName().startsWith(SharedPool.THREAD_PREFIX) ? 1 : 0;
                }
                mostWorkers.accumulateAndGet(workers, Math::max);
                Thread.onSpinWait();
            }
        });
        monitor.start();
        List<Thread> callers = new ArrayList<>();
        List<Scores> results = new ArrayList<>();
        for (int r = 0; r < requests; r++) {
            Thread caller = new Thread(() -> {
                try {
                    start.await();
                    Scores scores = scorer.score(DATA);
                    synchronized (results) {
                        results.add(scores);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "request-" + r);
            callers.add(caller);
            caller.start();
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join(60_000);
        }
        running.set(false);
        monitor.join();
        assertEquals(requests, results.size());
        for (Scores scores : results) {
            assertEquals(expected, scores);
        }
        int processors = Runtime.getRuntime().availableProcessors();
        assertTrue(mostWorkers.get() <= processors, mostWorkers.get() + " pool threads for " + processors
                + " processors");
        for (String name : seen) {
            assertTrue(name.startsWith("request-") || name.startsWith(SharedPool.THREAD_PREFIX)
                    || name.equals(monitor.getName()), "a thread made per call: " + name);
        }
    }

    @Test
    void aHostExecutorCarriesConcurrentRequestsWithItsOwnThreads() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ExecutorService host = Executors.newFixedThreadPool(2, task -> {
            created.incrementAndGet();
            return new Thread(task, "host");
        });
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            Scorer scorer = Scorer.of(BANK, options(ScoringMethod.EAP).parallelism(3).executor(host).build());
            Scores expected = scorer.score(DATA);
            List<Future<Scores>> futures = new ArrayList<>();
            for (int r = 0; r < 50; r++) {
                futures.add(requests.submit(() -> scorer.score(DATA)));
            }
            for (Future<Scores> future : futures) {
                assertEquals(expected, future.get(60, TimeUnit.SECONDS));
            }
            assertTrue(created.get() <= 2, created.get() + " threads");
            assertFalse(host.isShutdown());
        } finally {
            requests.shutdownNow();
            host.shutdownNow();
        }
    }

    @Test
    void anInterruptedCallerStopsWithACancellation() {
        Scorer scorer = Scorer.of(BANK, options(ScoringMethod.EAP).parallelism(2).build());
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> scorer.score(DATA));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is kept");
        } finally {
            Thread.interrupted();
        }
        assertEquals(DATA.examinees(), scorer.score(DATA).size());
    }

    @Test
    void theExecutorIsPartOfTheOptions() {
        ExecutorService host = Executors.newSingleThreadExecutor();
        try {
            ScoringOptions shared = ScoringOptions.defaults();
            ScoringOptions given = shared.toBuilder().executor(host).build();
            assertTrue(shared.executor().isEmpty());
            assertEquals(host, given.executor().orElseThrow());
            assertNotEquals(shared, given);
            assertEquals(given, given.toBuilder().build());
            assertEquals(shared, given.toBuilder().sharedPool().build());
            assertThrows(NullPointerException.class, () -> ScoringOptions.builder().executor(null));
        } finally {
            host.shutdownNow();
        }
    }
}

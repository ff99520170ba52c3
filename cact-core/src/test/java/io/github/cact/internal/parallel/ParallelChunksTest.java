package io.github.cact.internal.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The chunk runner: chunk-order sums, every row once, one failure policy, interruption, foreign executors. */
class ParallelChunksTest {

    private static final AtomicInteger UNCAUGHT = new AtomicInteger();
    private static final ExecutorService HOST = Executors.newFixedThreadPool(3, task -> {
        Thread thread = new Thread(task, "host-pool");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> UNCAUGHT.incrementAndGet());
        return thread;
    });

    @AfterAll
    static void stopHost() {
        HOST.shutdownNow();
    }

    /** Terms of very different magnitudes: their floating-point sum depends on the order of addition. */
    private static double[] terms(int n) {
        Random random = new Random(20261129);
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = Math.scalb(random.nextDouble() - 0.3, random.nextInt(80) - 40);
        }
        return terms;
    }

    private static double[] chunkSum(ParallelChunks runner, double[] terms, int chunkSize) {
        return runner.sum(terms.length, chunkSize, 3, () -> new double[1], (scratch, from, to, acc) -> {
            for (int i = from; i < to; i++) {
                acc[0] += terms[i];
                acc[1] += terms[i] * terms[i];
                acc[2] += 1;
            }
        });
    }

    @Test
    void sumsAreBitIdenticalForAnyParallelismAndExecutor() {
        double[] terms = terms(20_000);
        double[] one = chunkSum(ParallelChunks.of(null, 1), terms, 97);
        double forward = 0;
        double backward = 0;
        for (int i = 0; i < terms.length; i++) {
            forward += terms[i];
            backward += terms[terms.length - 1 - i];
        }
        assertNotEquals(forward, backward, "the terms must make the order of addition visible");
        assertEquals(terms.length, one[2], 0.0);
        for (int parallelism : new int[] {2, 4, 16}) {
            for (int repeat = 0; repeat < 5; repeat++) {
                assertArrayEquals(one, chunkSum(ParallelChunks.of(null, parallelism), terms, 97), 0.0);
                assertArrayEquals(one, chunkSum(ParallelChunks.of(HOST, parallelism), terms, 97), 0.0);
            }
        }
        assertArrayEquals(one, chunkSum(ParallelChunks.of(Runnable::run, 4), terms, 97), 0.0);
    }

    @Test
    void accumulatorsAreMergedOnceEachInChunkOrderAndReused() {
        int n = 5_000;
        int chunkSize = 37;
        for (int parallelism : new int[] {1, 2, 4}) {
            for (ParallelChunks runner : new ParallelChunks[] {ParallelChunks.of(null, parallelism),
                    ParallelChunks.of(HOST, parallelism)}) {
                AtomicInteger made = new AtomicInteger();
                List<Integer> merged = new ArrayList<>();
                runner.<Object, int[]>reduce(n, chunkSize, Object::new, () -> {
                    made.incrementAndGet();
                    return new int[] {-1, 0};
                }, (scratch, from, to, acc) -> {
                    assertEquals(-1, acc[0], "an accumulator arrives as the merge left it");
                    acc[0] = from;
                    acc[1] = to - from;
                    sleep(from % 3);
                }, acc -> {
                    merged.add(acc[0]);
                    merged.add(acc[1]);
                    acc[0] = -1;
                });
                List<Integer> expected = new ArrayList<>();
                for (int from = 0; from < n; from += chunkSize) {
                    expected.add(from);
                    expected.add(Math.min(chunkSize, n - from));
                }
                assertEquals(expected, merged, "parallelism " + parallelism);
                assertTrue(made.get() >= 1 && made.get() <= 2 * parallelism, "accumulators made " + made.get());
            }
        }
    }

    @Test
    void everyRowIsDoneOnceWithOneScratchPerWorker() {
        int n = 10_001;
        AtomicIntegerArray seen = new AtomicIntegerArray(n);
        AtomicInteger scratches = new AtomicInteger();
        ParallelChunks.of(HOST, 4).forEach(n, 64, scratches::incrementAndGet, (scratch, chunk, from, to) -> {
            assertEquals(chunk * 64, from);
            assertEquals(Math.min(n, from + 64), to);
            for (int i = from; i < to; i++) {
                seen.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen.get(i), "row " + i);
        }
        assertTrue(scratches.get() >= 1 && scratches.get() <= 4, "scratches " + scratches.get());
        ParallelChunks.of(HOST, 4).forEach(0, 64, () -> {
            throw new AssertionError("no scratch without rows");
        }, (scratch, chunk, from, to) -> {
            throw new AssertionError("no chunk without rows");
        });
    }

    @Test
    void theFirstFailureInChunkOrderIsRethrownOnce() {
        RuntimeException early = new IllegalStateException("chunk 1");
        RuntimeException late = new IllegalArgumentException("chunk 2");
        AtomicInteger calls = new AtomicInteger();
        for (int parallelism : new int[] {1, 2, 4}) {
            calls.set(0);
            RuntimeException thrown = assertThrows(RuntimeException.class,
                    () -> ParallelChunks.of(HOST, parallelism).forEach(100, 10, () -> null,
                            (scratch, chunk, from, to) -> {
                                if (chunk == 1) {
                                    calls.incrementAndGet();
                                    sleep(50);
                                    throw early;
                                }
                                if (chunk == 2) {
                                    throw late;
                                }
                            }));
            assertSame(early, thrown, "parallelism " + parallelism);
            assertEquals(1, calls.get());
            assertEquals(0, thrown.getSuppressed().length);
        }
        assertEquals(0, UNCAUGHT.get(), "no failure escapes to the executor's threads");
    }

    @Test
    void noChunkStartsAfterAFailureOnOneThread() {
        AtomicInteger started = new AtomicInteger();
        Error error = new AssertionError("chunk 3");
        Error thrown = assertThrows(Error.class, () -> ParallelChunks.of(null, 1).sum(100, 10, 1, () -> null,
                (scratch, from, to, acc) -> {
                    if (started.getAndIncrement() == 3) {
                        throw error;
                    }
                }));
        assertSame(error, thrown);
        assertEquals(4, started.get());
    }

    @Test
    void interruptingTheCallerCancelsTheRestAndKeepsTheInterruptStatus() {
        AtomicInteger started = new AtomicInteger();
        try {
            CancellationException e = assertThrows(CancellationException.class,
                    () -> ParallelChunks.of(null, 1).forEach(100, 10, () -> null, (scratch, chunk, from, to) -> {
                        started.incrementAndGet();
                        if (chunk == 2) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
            assertEquals(3, started.get());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aSingleChunkRunsOnTheCallerWithTheSamePolicies() {
        Thread caller = Thread.currentThread();
        AtomicInteger scratches = new AtomicInteger();
        int[] rows = new int[2];
        ParallelChunks.of(HOST, 4).forEach(7, 64, scratches::incrementAndGet, (scratch, chunk, from, to) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(0, chunk);
            rows[0] = from;
            rows[1] = to;
        });
        assertArrayEquals(new int[] {0, 7}, rows);
        assertEquals(1, scratches.get());
        RuntimeException failure = new IllegalStateException("the only chunk");
        assertSame(failure, assertThrows(RuntimeException.class, () -> ParallelChunks.of(HOST, 4).forEach(7, 64,
                () -> null, (scratch, chunk, from, to) -> {
                    throw failure;
                })));
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> ParallelChunks.of(HOST, 4).forEach(7, 64, () -> null,
                    (scratch, chunk, from, to) -> {
                        throw new AssertionError("an interrupted caller starts no chunk");
                    }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aRefusingExecutorLeavesTheWorkToTheCaller() {
        double[] terms = terms(5_000);
        double[] expected = chunkSum(ParallelChunks.of(null, 1), terms, 50);
        ParallelChunks refusing = ParallelChunks.of(task -> {
            throw new RejectedExecutionException("full");
        }, 4);
        assertArrayEquals(expected, chunkSum(refusing, terms, 50), 0.0);
    }

    @Test
    void aHostExecutorIsNeverShutDown() throws Exception {
        ExecutorService host = Executors.newFixedThreadPool(2);
        try {
            double[] terms = terms(5_000);
            for (int i = 0; i < 20; i++) {
                chunkSum(ParallelChunks.of(host, 3), terms, 50);
            }
            assertThrows(IllegalStateException.class, () -> ParallelChunks.of(host, 3).forEach(100, 1, () -> null,
                    (scratch, chunk, from, to) -> {
                        throw new IllegalStateException("failing chunk");
                    }));
            assertFalse(host.isShutdown());
            assertEquals(7, host.submit(() -> 7).get(10, TimeUnit.SECONDS));
        } finally {
            host.shutdownNow();
        }
    }

    @Test
    void rejectsParallelismBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> ParallelChunks.of(null, 0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

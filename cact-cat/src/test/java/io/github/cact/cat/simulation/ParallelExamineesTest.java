package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ParallelExamineesTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterAll
    static void shutDown() {
        POOL.shutdownNow();
    }

    @Test
    void everyExamineeRunsOnceWhateverTheWorkers() {
        for (int parallelism : new int[] {1, 2, 4, 16}) {
            int[] runs = new int[1_001];
            ParallelExaminees.run(runs.length, parallelism, POOL, e -> runs[e]++);
            for (int e = 0; e < runs.length; e++) {
                assertEquals(1, runs[e], "examinee " + e + " with parallelism " + parallelism);
            }
        }
    }

    @Test
    void theLowestFailureIsRethrown() {
        for (int attempt = 0; attempt < 20; attempt++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelExaminees.run(2_000, 4,
                    POOL, n -> {
                        if (n == 500 || n == 1_700) {
                            throw new IllegalStateException("examinee " + n);
                        }
                    }));
            assertEquals("examinee 500", e.getMessage());
        }
    }

    @Test
    void aRefusingExecutorLeavesTheWorkToTheCallingThread() {
        AtomicInteger done = new AtomicInteger();
        ParallelExaminees.run(100, 8, task -> {
            throw new RejectedExecutionException("full");
        }, e -> done.incrementAndGet());
        assertEquals(100, done.get());
    }
}

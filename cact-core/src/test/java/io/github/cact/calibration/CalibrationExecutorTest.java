package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Calibration on the calling thread and an executor: the same bits for any parallelism and executor. */
class CalibrationExecutorTest {

    private static final ItemBank TRUTH = ResponseSimulator.randomBank(ModelType.TWO_PL, 15, 2, 21);
    private static final ResponseMatrix DATA = ResponseSimulator.of(TRUTH, 22).simulate(2000).responses();

    private static CalibrationOptions.Builder options() {
        return CalibrationOptions.builder().chunkSize(100);
    }

    private static void assertBitIdentical(CalibrationResult expected, CalibrationResult actual) {
        assertEquals(expected.cycles(), actual.cycles());
        assertArrayEquals(expected.estimates(), actual.estimates(), 0.0);
        assertArrayEquals(expected.standardErrors(), actual.standardErrors(), 0.0);
        assertEquals(expected.logLikelihood(), actual.logLikelihood(), 0.0);
        assertEquals(expected.bank(), actual.bank());
        assertEquals(expected.itemFit(), actual.itemFit());
        assertEquals(expected.limitedInformationFit(), actual.limitedInformationFit());
    }

    @Test
    void resultsAreBitIdenticalForAnyParallelismAndExecutor() throws Exception {
        CalibrationResult one = Calibrator.of(options().parallelism(1).build()).calibrate(DATA, ModelType.TWO_PL);
        assertTrue(one.converged());
        ExecutorService host = Executors.newFixedThreadPool(3);
        try {
            for (CalibrationOptions o : List.of(options().parallelism(2).build(), options().parallelism(4).build(),
                    options().parallelism(4).executor(host).build())) {
                assertBitIdentical(one, Calibrator.of(o).calibrate(DATA, ModelType.TWO_PL));
            }
            assertFalse(host.isShutdown(), "the library never shuts a host executor down");
            assertEquals(3, host.submit(() -> 3).get(10, TimeUnit.SECONDS));
        } finally {
            host.shutdownNow();
        }
    }

    @Test
    void concurrentCalibrationsUseTheHostThreadsOnly() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ExecutorService host = Executors.newFixedThreadPool(2, task -> {
            created.incrementAndGet();
            return new Thread(task, "host");
        });
        ExecutorService requests = Executors.newFixedThreadPool(6);
        try {
            Calibrator calibrator = Calibrator.of(options().parallelism(3).executor(host).itemFit(false).build());
            CalibrationResult expected = calibrator.calibrate(DATA, ModelType.TWO_PL);
            List<Future<CalibrationResult>> futures = new ArrayList<>();
            for (int r = 0; r < 12; r++) {
                futures.add(requests.submit(() -> calibrator.calibrate(DATA, ModelType.TWO_PL)));
            }
            for (Future<CalibrationResult> future : futures) {
                assertBitIdentical(expected, future.get(120, TimeUnit.SECONDS));
            }
            assertTrue(created.get() <= 2, created.get() + " threads");
        } finally {
            requests.shutdownNow();
            host.shutdownNow();
        }
    }

    @Test
    void anInterruptedCallerStopsWithACancellation() {
        Calibrator calibrator = Calibrator.of(options().parallelism(2).build());
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> calibrator.calibrate(DATA, ModelType.TWO_PL));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is kept");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theExecutorIsPartOfTheOptions() {
        ExecutorService host = Executors.newSingleThreadExecutor();
        try {
            CalibrationOptions shared = CalibrationOptions.defaults();
            CalibrationOptions given = shared.toBuilder().executor(host).build();
            assertTrue(shared.executor().isEmpty());
            assertEquals(host, given.executor().orElseThrow());
            assertNotEquals(shared, given);
            assertEquals(given, given.toBuilder().build());
            assertEquals(shared, given.toBuilder().sharedPool().build());
            assertThrows(NullPointerException.class, () -> CalibrationOptions.builder().executor(null));
        } finally {
            host.shutdownNow();
        }
    }
}

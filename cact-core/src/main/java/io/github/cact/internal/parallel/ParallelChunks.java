package io.github.cact.internal.parallel;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs rows 0..n−1 in chunks of a fixed size on the calling thread and at most parallelism − 1 tasks of an
 * executor ({@link SharedPool} unless one is given). Every worker claims the next chunk in increasing order
 * and keeps one scratch object, made when it claims its first chunk. Per-chunk sums are added in chunk
 * order, so a result is bit-identical for any parallelism and executor.
 *
 * <p>One failure policy: when chunks fail, the failure of the lowest-numbered one is rethrown as thrown (the
 * one a single thread meets first) and no later chunk is started. Interrupting the calling thread stops the
 * claiming of chunks; the call then throws a {@link CancellationException} with the interrupt status set. A
 * task the executor refuses is left to the other workers. A call returns only when none of its tasks runs
 * any more, and never shuts an executor down. Immutable and thread-safe.
 */
public final class ParallelChunks {

    /**
     * The work of one chunk.
     *
     * @param <W> the scratch type
     */
    @FunctionalInterface
    public interface Task<W> {
        /**
         * Does rows [from, to) of chunk {@code chunk}.
         *
         * @param scratch the worker's scratch
         * @param chunk the chunk number
         * @param from the first row
         * @param to one past the last row
         */
        void run(W scratch, int chunk, int from, int to);
    }

    /**
     * The work of one chunk that adds into an accumulator.
     *
     * @param <W> the scratch type
     */
    @FunctionalInterface
    public interface SumTask<W> {
        /**
         * Adds the contribution of rows [from, to) to {@code acc}, which arrives zeroed.
         *
         * @param scratch the worker's scratch
         * @param from the first row
         * @param to one past the last row
         * @param acc the chunk's accumulator
         */
        void run(W scratch, int from, int to, double[] acc);
    }

    private interface Body<W> {
        void run(W scratch, int chunk);
    }

    private final Executor executor;
    private final int parallelism;

    private ParallelChunks(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /**
     * Returns a runner.
     *
     * @param executor where the workers other than the calling thread run, or null for {@link SharedPool}
     * @param parallelism the most workers, the calling thread included; 1 runs on the calling thread only
     * @return the runner
     */
    public static ParallelChunks of(Executor executor, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
        return new ParallelChunks(executor, parallelism);
    }

    /**
     * Returns the number of chunks of n rows.
     *
     * @param n the rows
     * @param chunkSize the rows per chunk, at least 1
     * @return ⌈n / chunkSize⌉
     */
    public static int chunkCount(int n, int chunkSize) {
        return (int) ((n + (long) chunkSize - 1) / chunkSize);
    }

    /**
     * Runs a task on every chunk.
     *
     * @param <W> the scratch type
     * @param n the rows
     * @param chunkSize the rows per chunk
     * @param scratch makes one worker's scratch
     * @param task the work of a chunk
     */
    public <W> void forEach(int n, int chunkSize, Supplier<? extends W> scratch, Task<? super W> task) {
        Objects.requireNonNull(task, "task");
        Batch batch = new Batch(chunkCount(n, chunkSize), 0, 0);
        this.<W>run(batch, scratch, (w, c) -> task.run(w, c, c * chunkSize, end(n, chunkSize, c)));
    }

    /**
     * Runs a task on every chunk, each into its own zeroed accumulator, and returns Σ over chunks in chunk
     * order. At most 2 × parallelism chunks are ahead of the first unsummed one, which bounds the
     * accumulators in memory.
     *
     * @param <W> the scratch type
     * @param n the rows
     * @param chunkSize the rows per chunk
     * @param accSize the length of an accumulator
     * @param scratch makes one worker's scratch
     * @param task the work of a chunk
     * @return the sum, a new array of {@code accSize}
     */
    public <W> double[] sum(int n, int chunkSize, int accSize, Supplier<? extends W> scratch,
            SumTask<? super W> task) {
        Objects.requireNonNull(task, "task");
        Batch batch = new Batch(chunkCount(n, chunkSize), 2 * parallelism, accSize);
        this.<W>run(batch, scratch, (w, c) -> {
            double[] acc = batch.accumulator();
            task.run(w, c * chunkSize, end(n, chunkSize, c), acc);
            batch.complete(c, acc);
        });
        return batch.total;
    }

    private static int end(int n, int chunkSize, int chunk) {
        return (int) Math.min(n, (chunk + 1L) * chunkSize);
    }

    private <W> void run(Batch batch, Supplier<? extends W> scratch, Body<W> body) {
        Objects.requireNonNull(scratch, "scratch");
        int workers = Math.min(parallelism, batch.chunks);
        try {
            if (workers > 1) {
                Executor target = executor != null ? executor : SharedPool.executor();
                Runnable task = () -> {
                    if (batch.enter()) {
                        try {
                            work(batch, scratch, body, false);
                        } finally {
                            batch.exit();
                        }
                    }
                };
                for (int w = 1; w < workers; w++) {
                    try {
                        target.execute(task);
                    } catch (RejectedExecutionException refused) {
                        break;
                    }
                }
            }
            work(batch, scratch, body, true);
        } finally {
            batch.awaitWorkers();
        }
        batch.rethrow();
    }

    private static <W> void work(Batch batch, Supplier<? extends W> scratch, Body<W> body, boolean caller) {
        W w = null;
        for (int c = batch.claim(caller); c >= 0; c = batch.claim(caller)) {
            try {
                if (w == null) {
                    w = scratch.get();
                }
                body.run(w, c);
            } catch (RuntimeException | Error failure) {
                batch.fail(c, failure);
                return;
            }
        }
    }

    /** The shared state of one call; its monitor guards the fields not marked volatile or final. */
    private static final class Batch {
        final int chunks;
        final int window;
        final int accSize;
        final double[] total;
        private final AtomicInteger next = new AtomicInteger();
        /** Chunks below this may start; the rest wait for the sum to catch up. */
        private volatile int released;
        private volatile int failedChunk = Integer.MAX_VALUE;
        private volatile boolean cancelled;
        private Throwable failure;
        private int active;
        private boolean sealed;
        private final double[][] done;
        private final ArrayDeque<double[]> free = new ArrayDeque<>();
        private int nextToAdd;

        /** A window of 0: no sum, every chunk may start. */
        Batch(int chunks, int window, int accSize) {
            this.chunks = chunks;
            this.window = window;
            this.accSize = accSize;
            this.released = window == 0 ? chunks : window;
            this.total = window == 0 ? null : new double[accSize];
            this.done = window == 0 ? null : new double[chunks][];
        }

        /** The next chunk to run, or −1 when there is none or the call is failing or cancelled. */
        int claim(boolean caller) {
            if (caller && Thread.currentThread().isInterrupted()) {
                cancel();
            }
            if (cancelled || failedChunk != Integer.MAX_VALUE) {
                return -1;
            }
            int c = next.getAndIncrement();
            if (c >= chunks) {
                return -1;
            }
            if (c < released) {
                return c;
            }
            synchronized (this) {
                while (c >= released && !cancelled && c < failedChunk) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (caller) {
                            cancel();
                            Thread.currentThread().interrupt();
                        } else {
                            CancellationException stopped = new CancellationException("a worker was interrupted");
                            stopped.initCause(e);
                            fail(c, stopped);
                        }
                        return -1;
                    }
                }
                return cancelled || c > failedChunk ? -1 : c;
            }
        }

        synchronized void cancel() {
            cancelled = true;
            notifyAll();
        }

        synchronized void fail(int chunk, Throwable t) {
            if (chunk < failedChunk) {
                failedChunk = chunk;
                failure = t;
            }
            notifyAll();
        }

        synchronized boolean enter() {
            if (sealed) {
                return false;
            }
            active++;
            return true;
        }

        synchronized void exit() {
            if (--active == 0) {
                notifyAll();
            }
        }

        double[] accumulator() {
            double[] acc;
            synchronized (this) {
                acc = free.poll();
            }
            return acc != null ? acc : new double[accSize];
        }

        /** Stores a chunk's accumulator and adds every stored one that is next in chunk order. */
        synchronized void complete(int chunk, double[] acc) {
            done[chunk] = acc;
            int before = nextToAdd;
            while (nextToAdd < chunks && done[nextToAdd] != null) {
                double[] a = done[nextToAdd];
                done[nextToAdd] = null;
                for (int j = 0; j < accSize; j++) {
                    total[j] += a[j];
                }
                Arrays.fill(a, 0.0);
                free.push(a);
                nextToAdd++;
            }
            if (nextToAdd > before) {
                released = nextToAdd + window;
                notifyAll();
            }
        }

        /** Called by the calling thread: no task starts after this, and it returns when none runs. */
        void awaitWorkers() {
            boolean interrupted = Thread.interrupted();
            synchronized (this) {
                sealed = true;
                while (active > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        cancel();
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() {
            Throwable t;
            synchronized (this) {
                t = failure;
            }
            if (t instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (t instanceof Error error) {
                throw error;
            }
            if (cancelled) {
                throw new CancellationException("interrupted; the work was cancelled");
            }
        }
    }
}

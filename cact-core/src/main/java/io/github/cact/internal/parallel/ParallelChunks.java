package io.github.cact.internal.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs rows 0..n−1 in chunks of a fixed size on the calling thread and at most parallelism − 1 tasks of an
 * executor ({@link SharedPool} unless one is given). Every worker claims the next chunk in increasing order
 * and keeps one scratch object, made when it claims its first chunk. Per-chunk sums (or accumulators) are
 * added (merged) in chunk order, so a result is bit-identical for any parallelism and executor.
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

    /**
     * The work of one chunk that adds into an accumulator of the caller's type.
     *
     * @param <W> the scratch type
     * @param <A> the accumulator type
     */
    @FunctionalInterface
    public interface ReduceTask<W, A> {
        /**
         * Adds the contribution of rows [from, to) to {@code acc}, which arrives as made or as left by the
         * merge of an earlier chunk.
         *
         * @param scratch the worker's scratch
         * @param from the first row
         * @param to one past the last row
         * @param acc the chunk's accumulator
         */
        void run(W scratch, int from, int to, A acc);
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
        int chunks = chunkCount(n, chunkSize);
        if (chunks == 1) {
            // one chunk runs on the calling thread anyway: without the batch, its counters and its locks
            Objects.requireNonNull(scratch, "scratch");
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted; the work was cancelled");
            }
            task.run(scratch.get(), 0, 0, n);
            return;
        }
        Batch<Void> batch = new Batch<>(chunks, 0, null, null);
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
        double[] total = new double[accSize];
        this.<W, double[]>reduce(n, chunkSize, scratch, () -> new double[accSize], task::run,
                acc -> addAndClear(total, acc));
        return total;
    }

    /**
     * Runs a task on every chunk, each into an accumulator, and merges the accumulators one at a time in
     * chunk order; the merge is the one place where chunks' results meet, so a merge that adds them into a
     * total of the caller's gives the same bits for any parallelism and executor. An accumulator is made
     * when no merged one is free and goes back to the free ones after its merge, so the merge must leave it
     * as the task expects to find it (cleared, for a sum). At most 2 × parallelism chunks are ahead of the
     * first unmerged one, which bounds the accumulators in memory. On a failure the merges stop with the
     * failed chunk.
     *
     * @param <W> the scratch type
     * @param <A> the accumulator type
     * @param n the rows
     * @param chunkSize the rows per chunk
     * @param scratch makes one worker's scratch
     * @param accumulator makes an accumulator
     * @param task the work of a chunk
     * @param merge takes one chunk's accumulator into the result and clears it; called by one thread at a
     *     time, in chunk order
     */
    public <W, A> void reduce(int n, int chunkSize, Supplier<? extends W> scratch, Supplier<? extends A> accumulator,
            ReduceTask<? super W, A> task, Consumer<? super A> merge) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(accumulator, "accumulator");
        Objects.requireNonNull(merge, "merge");
        Batch<A> batch = new Batch<>(chunkCount(n, chunkSize), 2 * parallelism, accumulator, merge);
        this.<W>run(batch, scratch, (w, c) -> {
            A acc = batch.accumulator();
            task.run(w, c * chunkSize, end(n, chunkSize, c), acc);
            batch.complete(c, acc);
        });
    }

    /** {@code total[j] += acc[j]}, then acc zeroed. */
    private static void addAndClear(double[] total, double[] acc) {
        for (int j = 0; j < total.length; j++) {
            total[j] += acc[j];
        }
        Arrays.fill(acc, 0.0);
    }

    private static int end(int n, int chunkSize, int chunk) {
        return (int) Math.min(n, (chunk + 1L) * chunkSize);
    }

    private <W> void run(Batch<?> batch, Supplier<? extends W> scratch, Body<W> body) {
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

    private static <W> void work(Batch<?> batch, Supplier<? extends W> scratch, Body<W> body, boolean caller) {
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

    /**
     * The shared state of one call; its monitor guards the fields not marked volatile or final.
     *
     * @param <A> the accumulator type
     */
    private static final class Batch<A> {
        final int chunks;
        final int window;
        private final Supplier<? extends A> made;
        private final Consumer<? super A> merge;
        private final AtomicInteger next = new AtomicInteger();
        /** Chunks below this may start; the rest wait for the merges to catch up. */
        private volatile int released;
        private volatile int failedChunk = Integer.MAX_VALUE;
        private volatile boolean cancelled;
        private Throwable failure;
        private int active;
        private boolean sealed;
        private final List<A> done;
        private final ArrayDeque<A> free = new ArrayDeque<>();
        private int nextToMerge;

        /** A window of 0: no accumulators, every chunk may start. */
        Batch(int chunks, int window, Supplier<? extends A> made, Consumer<? super A> merge) {
            this.chunks = chunks;
            this.window = window;
            this.made = made;
            this.merge = merge;
            this.released = window == 0 ? chunks : window;
            this.done = window == 0 ? null : new ArrayList<>(Collections.nCopies(chunks, null));
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

        A accumulator() {
            A acc;
            synchronized (this) {
                acc = free.poll();
            }
            return acc != null ? acc : made.get();
        }

        /** Stores a chunk's accumulator and merges every stored one that is next in chunk order. */
        synchronized void complete(int chunk, A acc) {
            done.set(chunk, acc);
            int before = nextToMerge;
            while (nextToMerge < chunks && done.get(nextToMerge) != null) {
                A a = done.set(nextToMerge, null);
                merge.accept(a);
                free.push(a);
                nextToMerge++;
            }
            if (nextToMerge > before) {
                released = nextToMerge + window;
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

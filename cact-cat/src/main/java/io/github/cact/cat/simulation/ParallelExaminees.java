package io.github.cact.cat.simulation;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one task per examinee 0..n−1 on the calling thread and at most parallelism − 1 tasks of an executor.
 * Workers claim chunks of {@value #CHUNK} examinees in increasing order; a task writes only its examinee's
 * results, so the results do not depend on the thread count. A task the executor refuses is left to the
 * other workers. When tasks fail, the failure of the lowest examinee is rethrown and no later chunk is
 * started. The call returns only when no worker runs any more, and never shuts the executor down.
 */
final class ParallelExaminees {

    /** The examinees a worker claims at once. */
    static final int CHUNK = 16;

    private final int n;
    private final IntConsumer task;
    private final AtomicInteger next = new AtomicInteger();
    private final Object lock = new Object();
    private int active;
    private boolean closed;
    private int failedAt = Integer.MAX_VALUE;
    private Throwable failure;

    private ParallelExaminees(int n, IntConsumer task) {
        this.n = n;
        this.task = task;
    }

    /**
     * Runs the task for every examinee.
     *
     * @param n the examinees
     * @param parallelism the most workers, the calling thread included, ≥ 1
     * @param executor where the other workers run
     * @param task the work of one examinee
     * @throws RuntimeException the failure of the lowest examinee whose task threw (an {@link Error} too)
     */
    static void run(int n, int parallelism, Executor executor, IntConsumer task) {
        ParallelExaminees run = new ParallelExaminees(n, task);
        int helpers = Math.min(parallelism, (n + CHUNK - 1) / CHUNK) - 1;
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(run::help);
            } catch (RejectedExecutionException refused) {
                break;
            }
        }
        run.work();
        run.finish();
    }

    private void help() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            active++;
        }
        try {
            work();
        } finally {
            synchronized (lock) {
                active--;
                lock.notifyAll();
            }
        }
    }

    private void work() {
        while (true) {
            int from = next.getAndAdd(CHUNK);
            if (from >= n || stopped()) {
                return;
            }
            for (int e = from; e < Math.min(n, from + CHUNK); e++) {
                try {
                    task.accept(e);
                } catch (RuntimeException | Error t) { // an Error too: rethrown by the calling thread
                    fail(e, t);
                    return;
                }
            }
        }
    }

    private boolean stopped() {
        synchronized (lock) {
            return failure != null;
        }
    }

    private void fail(int examinee, Throwable t) {
        synchronized (lock) {
            if (examinee < failedAt) {
                failedAt = examinee;
                failure = t;
            }
        }
    }

    private void finish() {
        boolean interrupted = false;
        synchronized (lock) {
            closed = true;
            while (active > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }
}

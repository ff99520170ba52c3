package io.github.cact.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs writing jobs on a thread of its own, one at a time and in the order given, so that the caller can
 * compute the next batch of rows while the last one is written: at most one job runs while the caller
 * works, so memory holds two batches. A job's failure is thrown by the next {@link #submit} or by
 * {@link #finish}.
 */
final class BackgroundWriter implements AutoCloseable {

    /** A piece of output to write. */
    @FunctionalInterface
    interface Job {

        /**
         * Writes.
         *
         * @throws IOException if writing fails
         */
        void run() throws IOException;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread writer = new Thread(task, "cact-writer");
        writer.setDaemon(true);
        return writer;
    });
    private Future<?> pending;

    /**
     * Waits for the job before, then starts this one.
     *
     * @param job the writing
     * @throws IOException if the job before failed
     */
    void submit(Job job) throws IOException {
        finish();
        pending = thread.submit(() -> {
            job.run();
            return null;
        });
    }

    /**
     * Waits for the last job.
     *
     * @throws IOException if it failed
     */
    void finish() throws IOException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pending = null;
        }
    }

    /** Lets a running job end, then stops the thread; the caller's output can then be closed safely. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

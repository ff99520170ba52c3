package io.github.cact.internal.parallel;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library's default executor: one pool per JVM, created on first use, with as many daemon threads as
 * available processors, named {@value #THREAD_PREFIX}n, with the library's class loader as context loader.
 * Threads idle for {@value #IDLE_SECONDS} s end, so an idle library holds none. Never shut down; callers
 * cannot reach its lifecycle (only {@link Executor}).
 */
public final class SharedPool {

    /** The name prefix of the pool's threads. */
    public static final String THREAD_PREFIX = "cact-worker-";

    private static final long IDLE_SECONDS = 30;

    private SharedPool() {
    }

    private static final class Holder {
        private static final Executor EXECUTOR = create();

        private static Executor create() {
            int threads = Runtime.getRuntime().availableProcessors();
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, THREAD_PREFIX + count.incrementAndGet());
                        thread.setDaemon(true);
                        // not the submitting thread's loader: a host's (e.g. a web application's) is not pinned
                        thread.setContextClassLoader(SharedPool.class.getClassLoader());
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool::execute;
        }
    }

    /**
     * Returns the shared executor, creating it on the first call.
     *
     * @return the executor
     */
    public static Executor executor() {
        return Holder.EXECUTOR;
    }
}

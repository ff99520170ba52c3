package io.github.cact.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit: writes that arrive while the previous group is being committed are written together in
 * one transaction with one commit, by one writer thread; each caller waits until the commit that holds
 * its write has returned, so a write that {@link #write} returned from is stored (as stored as the
 * database makes a commit). If a group fails, each of its writes is tried again in a transaction of its
 * own, so that one bad write (a unique violation) fails alone and the others are stored.
 */
final class GroupCommit implements AutoCloseable {

    /** The most writes in one transaction. */
    static final int MAX_GROUP = 256;

    /** A write of one request. */
    @FunctionalInterface
    interface Write {
        /**
         * Writes on a connection in a transaction (not committed here).
         *
         * @param connection the connection
         * @throws SQLException if the database fails
         */
        void run(Connection connection) throws SQLException;
    }

    private record Pending(Write write, CompletableFuture<Void> done) {
    }

    private static final Pending STOP = new Pending(null, null);

    private final Database database;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;

    /**
     * Starts the writer thread.
     *
     * @param database the database
     * @param name the writer thread's name
     */
    GroupCommit(Database database, String name) {
        this.database = database;
        this.writer = new Thread(this::loop, name);
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Writes in the next group and waits until it is committed.
     *
     * @param write the write
     * @throws SQLException if the database refused this write
     */
    void write(Write write) throws SQLException {
        if (!writer.isAlive()) {
            throw new IllegalStateException("the writer has stopped");
        }
        Pending pending = new Pending(write, new CompletableFuture<>());
        queue.add(pending);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    pending.done().get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the write is queued: its outcome must be known before returning
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (true) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, through the queue
            }
            queue.drainTo(group, MAX_GROUP - 1);
            boolean stop = group.remove(STOP);
            if (!group.isEmpty()) {
                commit(group);
            }
            group.clear();
            if (stop) {
                return;
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            database.transaction(c -> {
                for (Pending pending : group) {
                    pending.write().run(c);
                }
                return null;
            });
            group.forEach(pending -> pending.done().complete(null));
        } catch (SQLException | RuntimeException groupFailed) {
            for (Pending pending : group) {
                try {
                    database.transaction(c -> {
                        pending.write().run(c);
                        return null;
                    });
                    pending.done().complete(null);
                } catch (SQLException | RuntimeException e) {
                    pending.done().completeExceptionally(e);
                }
            }
        }
    }

    /** Writes what is queued, then stops the writer thread; a write queued after that fails. */
    @Override
    public void close() {
        queue.add(STOP);
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (Pending late; (late = queue.poll()) != null; ) {
            if (late != STOP) {
                late.done().completeExceptionally(new IllegalStateException("the writer has stopped"));
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

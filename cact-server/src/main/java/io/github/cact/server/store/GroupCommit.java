package io.github.cact.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit: writes that arrive while the previous group is being committed are written together in
 * one transaction with one commit, by a writer thread; each caller waits until the commit that holds
 * its write has returned, so a write that {@link #write} or {@link #update} returned from is stored (as
 * stored as the database makes a commit). Statements of one text that follow each other in a group
 * ({@link #update}) go to the database as one JDBC batch: one round trip for all of them, where a
 * statement each would make the writer, and every caller behind it, wait a round trip per write. With
 * more than one writer thread, a write that arrives while a group is committing (waiting for the
 * database's sync of its log) goes at once to an idle writer instead of waiting for that commit; the
 * groups of different writers are independent transactions, so callers must not queue two writes that
 * depend on each other's order at the same time. If a group fails, each of its writes is tried again in
 * a transaction of its own, so that one bad write (a unique violation) fails alone and the others are
 * stored.
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

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    interface Parameters {
        /**
         * Sets them.
         *
         * @param statement the prepared statement
         * @throws SQLException if the database refuses a value
         */
        void set(PreparedStatement statement) throws SQLException;
    }

    /** A write: a closure ({@code sql} null) or one statement with its parameters. */
    private record Pending(Write write, String sql, Parameters parameters, CompletableFuture<Integer> done) {
    }

    private static final Pending STOP = new Pending(null, null, null, null);

    private final Database database;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * Starts one writer thread.
     *
     * @param database the database
     * @param name the writer thread's name
     */
    GroupCommit(Database database, String name) {
        this(database, name, 1);
    }

    /**
     * Starts writer threads.
     *
     * @param database the database
     * @param name the writer threads' name (numbered from 1 if more than one)
     * @param count how many
     */
    GroupCommit(Database database, String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one writer is needed; asked for " + count);
        }
        this.database = database;
        for (int i = 1; i <= count; i++) {
            Thread writer = new Thread(this::loop, count == 1 ? name : name + "-" + i);
            writer.setDaemon(true);
            writers.add(writer);
        }
        writers.forEach(Thread::start);
    }

    /**
     * Writes in the next group and waits until it is committed.
     *
     * @param write the write
     * @throws SQLException if the database refused this write
     */
    void write(Write write) throws SQLException {
        await(new Pending(write, null, null, new CompletableFuture<>()));
    }

    /**
     * Runs one statement in the next group, batched with the group's other statements of the same text,
     * and waits until it is committed.
     *
     * @param sql the statement
     * @param parameters sets its parameters
     * @return its update count
     * @throws SQLException if the database refused this statement
     */
    int update(String sql, Parameters parameters) throws SQLException {
        return await(new Pending(null, sql, parameters, new CompletableFuture<>()));
    }

    private int await(Pending pending) throws SQLException {
        if (closed || !anyWriterAlive()) {
            throw new IllegalStateException("the writer has stopped");
        }
        queue.add(pending);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    int count = pending.done().get();
                    return count;
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

    private boolean anyWriterAlive() {
        for (Thread writer : writers) { // a loop, not a stream: this runs on every write
            if (writer.isAlive()) {
                return true;
            }
        }
        return false;
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
            int stops = 0;
            while (group.remove(STOP)) {
                stops++;
            }
            for (int other = 1; other < stops; other++) {
                queue.add(STOP); // another writer's
            }
            if (!group.isEmpty()) {
                commit(group);
            }
            group.clear();
            if (stops > 0) {
                return;
            }
        }
    }

    private void commit(List<Pending> group) {
        int[] counts = new int[group.size()];
        try {
            database.transaction(c -> {
                run(c, group, counts);
                return null;
            });
            for (int i = 0; i < counts.length; i++) {
                group.get(i).done().complete(counts[i]);
            }
        } catch (SQLException | RuntimeException groupFailed) {
            for (Pending pending : group) {
                try {
                    int[] count = new int[1];
                    database.transaction(c -> {
                        run(c, List.of(pending), count);
                        return null;
                    });
                    pending.done().complete(count[0]);
                } catch (SQLException | RuntimeException e) {
                    pending.done().completeExceptionally(e);
                }
            }
        }
    }

    /** Runs a group's writes in order, each run of statements of one text as one batch; fills their counts. */
    private static void run(Connection c, List<Pending> group, int[] counts) throws SQLException {
        int i = 0;
        while (i < group.size()) {
            Pending first = group.get(i);
            if (first.sql() == null) {
                first.write().run(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < group.size() && first.sql().equals(group.get(end).sql())) {
                end++;
            }
            try (PreparedStatement s = c.prepareStatement(first.sql())) {
                if (end - i == 1) {
                    first.parameters().set(s);
                    counts[i] = s.executeUpdate();
                } else {
                    for (int j = i; j < end; j++) {
                        group.get(j).parameters().set(s);
                        s.addBatch();
                    }
                    int[] batch = s.executeBatch();
                    for (int j = 0; j < batch.length; j++) {
                        if (batch[j] < 0) {
                            throw new IllegalStateException("the database driver gave no update count in a batch ("
                                    + batch[j] + ")");
                        }
                        counts[i + j] = batch[j];
                    }
                }
            }
            i = end;
        }
    }

    /** Writes what is queued, then stops the writer threads; a write queued after that fails. */
    @Override
    public void close() {
        closed = true;
        writers.forEach(writer -> queue.add(STOP));
        boolean interrupted = false;
        for (Thread writer : writers) {
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
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

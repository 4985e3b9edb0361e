package io.mqttca.console.emulator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commits changes in small groups: one thread owns one connection, runs whatever changes are waiting (up to
 * {@value #MAX_GROUP}) each under its own savepoint, then commits once. A caller is answered only after that
 * commit reached the file ({@code WRITE_DELAY=0}), so concurrent changes share one disk write without a kill
 * losing any answered change.
 */
final class GroupCommitter implements AutoCloseable {

    static final int MAX_GROUP = 64;

    private final Connection connection;
    private final BlockingQueue<Item<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private volatile boolean closed;

    GroupCommitter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        thread = new Thread(this::loop, "emulator-group-commit");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the work in the next group and returns its result once the group is committed. */
    <T> T run(SqlWork<T> work) throws SQLException {
        Item<T> item = new Item<>(work);
        synchronized (this) {
            if (closed) {
                throw new SQLException("The emulator store is closed");
            }
            queue.add(item);
        }
        try {
            return item.future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(cause);
        }
    }

    /** How many commits were made (each a disk write). */
    long commits() {
        return commits.get();
    }

    private void loop() {
        List<Item<?>> group = new ArrayList<>();
        while (true) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                // close() interrupts once nothing more can be queued: finish what is left, then stop.
                queue.drainTo(group);
                if (!group.isEmpty()) {
                    commitGroup(group);
                }
                return;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            commitGroup(group);
            group.clear();
        }
    }

    private void commitGroup(List<Item<?>> group) {
        List<Item<?>> done = new ArrayList<>();
        for (Item<?> item : group) {
            try {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    item.runOn(connection);
                    done.add(item);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback(savepoint);
                    item.future.completeExceptionally(e);
                }
            } catch (SQLException e) {
                item.future.completeExceptionally(e);
            }
        }
        try {
            connection.commit();
            commits.incrementAndGet();
            done.forEach(Item::answer);
        } catch (SQLException e) {
            rollbackQuietly();
            done.forEach(item -> item.future.completeExceptionally(e));
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The commit's own failure is what the callers are told.
        }
    }

    /** Stops taking work, commits what was queued, and closes the connection. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after the last commit: nothing left to lose.
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final class Item<T> {
        private final SqlWork<T> work;
        private final CompletableFuture<T> future = new CompletableFuture<>();
        private T result;

        Item(SqlWork<T> work) {
            this.work = work;
        }

        void runOn(Connection connection) throws SQLException {
            result = work.run(connection);
        }

        void answer() {
            future.complete(result);
        }
    }
}

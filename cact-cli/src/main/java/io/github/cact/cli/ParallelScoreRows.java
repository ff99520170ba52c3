package io.github.cact.cli;

import io.github.cact.scoring.Scores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the rows of {@code cact score} formatted by two threads at once: the rows are cut into blocks,
 * which the calling thread and one task of the common pool claim in turn and format each into bytes of
 * its own ({@link ScoreRows}); the calling thread writes the blocks in order as they are done, before it
 * claims another. Each row's bytes depend on that row alone, so the file is byte for byte what one
 * {@code ScoreRows} writing every row gives.
 */
final class ParallelScoreRows {

    /** The rows formatted as one block. */
    static final int BLOCK_ROWS = 8_192;

    /**
     * The blocks in order. A written block's entry is cleared, which lets its bytes go; no thread reads it
     * again, since a block is read only by the thread that claimed it, before its bytes are done.
     */
    private final List<Block> blocks = new ArrayList<>();

    /** One block: rows {@code from..to-1} of a scale's scores, and its bytes once formatted. */
    private record Block(Scores scores, String scale, int from, int to,
            CompletableFuture<ByteArrayOutputStream> bytes) {
    }

    /**
     * Adds the rows of a scale's scores after those added before.
     *
     * @param scores the scores
     * @param scale the scale's code for the {@code scale} column, or null without that column
     * @return this writer
     */
    ParallelScoreRows add(Scores scores, String scale) {
        for (int from = 0; from < scores.size(); from += BLOCK_ROWS) {
            blocks.add(new Block(scores, scale, from, Math.min(scores.size(), from + BLOCK_ROWS),
                    new CompletableFuture<>()));
        }
        return this;
    }

    /**
     * Writes the header line and then every row added, in order.
     *
     * @param out the destination, neither flushed nor closed here
     * @param multiScale whether the rows have a {@code scale} column
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out, boolean multiScale) throws IOException {
        ScoreRows header = new ScoreRows(out).header(multiScale);
        header.flush();
        AtomicInteger next = new AtomicInteger();
        if (blocks.size() > 1) {
            ForkJoinPool.commonPool().execute(() -> {
                for (int b = next.getAndIncrement(); b < blocks.size(); b = next.getAndIncrement()) {
                    format(blocks.get(b));
                }
            });
        }
        for (int written = 0; written < blocks.size(); written++) {
            CompletableFuture<ByteArrayOutputStream> bytes = blocks.get(written).bytes();
            while (!bytes.isDone()) {
                int b = next.getAndIncrement();
                if (b >= blocks.size()) {
                    break;
                }
                format(blocks.get(b));
            }
            done(bytes).writeTo(out);
            blocks.set(written, null);
        }
    }

    /** The bytes of a formatted block, or the failure that stopped its formatting, as it was thrown. */
    private static ByteArrayOutputStream done(CompletableFuture<ByteArrayOutputStream> bytes) throws IOException {
        try {
            return bytes.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        }
    }

    /** Formats a block into its bytes, or records why it could not. */
    private static void format(Block block) {
        CompletableFuture<ByteArrayOutputStream> result = block.bytes();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(48 * (block.to() - block.from()));
            ScoreRows rows = new ScoreRows(bytes);
            rows.write(block.scores(), block.scale(), block.from(), block.to());
            rows.flush();
            result.complete(bytes);
        } catch (IOException e) {
            result.completeExceptionally(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }
}

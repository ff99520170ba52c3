package io.github.cact.cli;

import io.github.cact.internal.text.CsvCells;
import io.github.cact.internal.text.DecimalText;
import io.github.cact.internal.text.Utf8Texts;
import io.github.cact.scoring.ScoreStatus;
import io.github.cact.scoring.Scores;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the rows of {@code cact score}, {@code id,theta,se[,scale],status}, as UTF-8 bytes into a buffer
 * of its own: the text that {@link CsvOutput} writes (θ and SE with six decimals, an SE of
 * {@code Infinity} as such, an id or scale quoted where a cell needs it), without a character encoder or
 * a string per number on the way, and ids kept as UTF-8 bytes copied as they are where no quoting can
 * apply.
 */
final class ScoreRows {

    private static final int DECIMALS = 6;
    private static final int BUFFER = 1 << 16;
    /**
     * The rows that one call of {@link #writeRows} writes: few enough that the JIT compiles it whole once it
     * is called often, where a loop over all rows ran interpreted until it was compiled on the stack, after
     * tens of thousands of rows (docs/scoring.md#whole-process-cact-score).
     */
    private static final int GROUP_ROWS = 32;
    private static final byte[] INFINITY = ascii("Infinity");
    private static final byte[][] STATUSES = statusNames();

    private final OutputStream out;
    private byte[] buffer = new byte[BUFFER];
    private int size;

    /**
     * A writer of rows to a stream that takes whole buffers (it is not buffered again).
     *
     * @param out the destination, neither flushed nor closed here
     */
    ScoreRows(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes the header line.
     *
     * @param multiScale whether the rows have a {@code scale} column
     * @return this writer
     */
    ScoreRows header(boolean multiScale) {
        byte[] header = ascii(multiScale ? "id,theta,se,scale,status\n" : "id,theta,se,status\n");
        System.arraycopy(header, 0, buffer, size, header.length);
        size += header.length;
        return this;
    }

    /**
     * Writes one row per examinee of a scale's scores.
     *
     * @param scores the scores
     * @param scale the scale's code for the {@code scale} column, or null without that column
     * @throws IOException if writing fails
     */
    void write(Scores scores, String scale) throws IOException {
        write(scores, scale, 0, scores.size());
    }

    /**
     * Writes the rows {@code from..to-1} of a scale's scores.
     *
     * @param scores the scores
     * @param scale the scale's code for the {@code scale} column, or null without that column
     * @param from the first row
     * @param to the row after the last
     * @throws IOException if writing fails
     */
    void write(Scores scores, String scale, int from, int to) throws IOException {
        byte[] scaleCell = scale == null ? null : cell(scale);
        Utf8Texts utf8Ids = scores.examineeIds() instanceof Utf8Texts texts ? texts : null;
        int fixed = 2 * DecimalText.MAX_LENGTH + (scaleCell == null ? 0 : scaleCell.length) + 32;
        for (int n = from; n < to; n += GROUP_ROWS) {
            writeRows(scores, scaleCell, utf8Ids, fixed, n, Math.min(to, n + GROUP_ROWS));
        }
    }

    /**
     * Writes the rows {@code from..to-1}, a few at a time: see {@link #GROUP_ROWS}.
     *
     * @param utf8Ids the ids as UTF-8 bytes, or null to take each id's text
     * @param fixed the most bytes of a row besides its id
     */
    private void writeRows(Scores scores, byte[] scaleCell, Utf8Texts utf8Ids, int fixed, int from, int to)
            throws IOException {
        for (int n = from; n < to; n++) {
            writeRow(scores, scaleCell, utf8Ids, fixed, n);
        }
    }

    /** Writes row {@code n}; a method of its own, compiled after a few hundred rows. */
    private void writeRow(Scores scores, byte[] scaleCell, Utf8Texts utf8Ids, int fixed, int n) throws IOException {
        int at = -1;
        if (utf8Ids != null) {
            room(utf8Ids.utf8Length(n) + fixed);
            at = utf8Ids.copyUtf8(n, buffer, size);
            if (!CsvCells.standsUnquoted(buffer, size, at)) {
                at = -1;
            }
        }
        if (at < 0) {
            byte[] id = cell(scores.examineeId(n));
            room(id.length + fixed);
            System.arraycopy(id, 0, buffer, size, id.length);
            at = size + id.length;
        }
        byte[] b = buffer;
        b[at++] = ',';
        at = DecimalText.writeFixed(b, at, scores.theta(n), DECIMALS);
        b[at++] = ',';
        double se = scores.se(n);
        if (Double.isInfinite(se)) {
            System.arraycopy(INFINITY, 0, b, at, INFINITY.length);
            at += INFINITY.length;
        } else {
            at = DecimalText.writeFixed(b, at, se, DECIMALS);
        }
        b[at++] = ',';
        if (scaleCell != null) {
            System.arraycopy(scaleCell, 0, b, at, scaleCell.length);
            at += scaleCell.length;
            b[at++] = ',';
        }
        byte[] status = STATUSES[scores.status(n).ordinal()];
        System.arraycopy(status, 0, b, at, status.length);
        at += status.length;
        b[at++] = '\n';
        size = at;
    }

    /**
     * Writes the buffered bytes to the stream.
     *
     * @throws IOException if writing fails
     */
    void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    /** Makes room for {@code bytes} more bytes, writing out the buffer or, for a huge id, enlarging it. */
    private void room(int bytes) throws IOException {
        if (size + bytes > buffer.length) {
            flush();
            if (bytes > buffer.length) {
                buffer = new byte[bytes];
            }
        }
    }

    private static byte[] cell(String text) {
        return CsvCells.quote(text).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] statusNames() {
        ScoreStatus[] statuses = ScoreStatus.values();
        byte[][] names = new byte[statuses.length][];
        for (int s = 0; s < statuses.length; s++) {
            names[s] = ascii(statuses[s].name());
        }
        return names;
    }
}

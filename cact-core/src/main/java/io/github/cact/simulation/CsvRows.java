package io.github.cact.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A batch of simulated examinees as the lines of a response CSV (UTF-8, without the header), with their
 * true abilities and ids. Immutable once handed over.
 */
public final class CsvRows {

    private final byte[] lines;
    private final int length;
    private final double[] trueThetas;
    private final IntFunction<String> examineeIds;

    CsvRows(byte[] lines, int length, double[] trueThetas, IntFunction<String> examineeIds) {
        this.lines = lines;
        this.length = length;
        this.trueThetas = trueThetas;
        this.examineeIds = examineeIds;
    }

    /**
     * Returns the number of examinees (lines).
     *
     * @return the row count
     */
    public int examinees() {
        return trueThetas.length;
    }

    /**
     * Returns the id of an examinee, as the CSV lines hold it before any quoting.
     *
     * @param examinee 0-based line of this batch
     * @return the id
     * @throws IndexOutOfBoundsException if the line is out of range
     */
    public String examineeId(int examinee) {
        return examineeIds.apply(Objects.checkIndex(examinee, trueThetas.length));
    }

    /**
     * Returns the true ability of an examinee.
     *
     * @param examinee 0-based line of this batch
     * @return the θ that generated the line
     */
    public double trueTheta(int examinee) {
        return trueThetas[examinee];
    }

    /**
     * Writes the lines.
     *
     * @param out the destination, not flushed or closed
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(lines, 0, length);
    }

    @Override
    public String toString() {
        return "CsvRows[" + examinees() + " examinees, " + length + " bytes]";
    }
}

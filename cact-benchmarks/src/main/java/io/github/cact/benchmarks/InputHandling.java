package io.github.cact.benchmarks;

import io.github.cact.data.ResponseMatrix;

/** The work of the baseline arms: what any consumer of a response matrix pays before computing. */
final class InputHandling {

    private InputHandling() {
    }

    /**
     * Copies out every examinee's responses once.
     *
     * @param data the matrix
     * @param row scratch of {@code data.items()} bytes
     * @return the sum of the first responses, for the blackhole
     */
    static long readEveryRow(ResponseMatrix data, byte[] row) {
        long sum = 0;
        for (int n = 0; n < data.examinees(); n++) {
            data.copyRow(n, row, 0);
            sum += row[0];
        }
        return sum;
    }
}

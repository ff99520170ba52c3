package io.github.cact.ninebox.matching;

import java.util.Arrays;

/**
 * The Hungarian algorithm with potentials for a rectangular minimum-cost assignment of every row to a
 * distinct column, rows ≤ columns, in O(rows² · columns): Kuhn (1955) and Munkres (1957), in the form that
 * grows one shortest augmenting path per row with dual potentials u, v. Forbidden pairs have cost +∞; the caller guarantees a finite complete
 * assignment exists.
 */
final class Hungarian {

    private Hungarian() {
    }

    /**
     * Solves the assignment.
     *
     * @param rows the number of rows
     * @param columns the number of columns, ≥ rows
     * @param cost the cost of row r and column c at {@code cost[r * columns + c]}; not modified
     * @return the column of each row
     */
    static int[] solve(int rows, int columns, double[] cost) {
        // 1-based: row 0 and column 0 are the virtual start of each augmenting path
        double[] u = new double[rows + 1];
        double[] v = new double[columns + 1];
        int[] rowOfColumn = new int[columns + 1];
        int[] way = new int[columns + 1];
        double[] minv = new double[columns + 1];
        boolean[] used = new boolean[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfColumn[0] = row;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                int base = (i0 - 1) * columns - 1;
                double ui = u[i0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= columns; j++) {
                    if (!used[j]) {
                        double cur = cost[base + j] - ui - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                if (j1 == 0) {
                    throw new IllegalStateException("row " + row + " has no finite-cost column left");
                }
                for (int j = 0; j <= columns; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOfRow = new int[rows];
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] != 0) {
                columnOfRow[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return columnOfRow;
    }
}

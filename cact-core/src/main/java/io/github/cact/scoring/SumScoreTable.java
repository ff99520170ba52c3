package io.github.cact.scoring;

import io.github.cact.internal.tables.BatchKernel;
import io.github.cact.internal.tables.LordWingersky;

/**
 * EAP and posterior SD of θ given each summed score of a set of items (Thissen et al. 1995): with
 * P(S = s | θ_q) from the Lord–Wingersky recursion, EAP(s) = Σ_q θ_q P(s | θ_q) π_q / Σ_q P(s | θ_q) π_q.
 * Immutable.
 */
final class SumScoreTable {

    final double[] theta;
    final double[] se;
    final byte[] status;

    private SumScoreTable(double[] theta, double[] se, byte[] status) {
        this.theta = theta;
        this.se = se;
        this.status = status;
    }

    /** The table of all the items, from their {@link LordWingersky#categoryRows category rows} on the nodes. */
    static SumScoreTable of(double[][] rows, double[] nodes, double[] logPrior) {
        return of(rows, LordWingersky.allItems(rows.length), rows.length, nodes, logPrior, new LordWingersky.Scratch());
    }

    /**
     * The table of the items {@code items[0..count)}, from their {@link LordWingersky#categoryRows category
     * rows} on the nodes, with the recursion in the scratch arrays.
     */
    static SumScoreTable of(double[][] rows, int[] items, int count, double[] nodes, double[] logPrior,
            LordWingersky.Scratch scratch) {
        int q = nodes.length;
        double[] logScale = new double[q];
        double[] f = LordWingersky.scaledDistribution(rows, items, count, q, scratch, logScale);
        int scores = LordWingersky.maxScore(rows, items, count, q) + 1;
        double[] theta = new double[scores];
        double[] se = new double[scores];
        byte[] status = new byte[scores];
        double[] values = new double[q];
        double[] moments = new double[4];
        for (int s = 0; s < scores; s++) {
            boolean any = false;
            for (int j = 0; j < q; j++) {
                double p = f[s * q + j];
                any |= p > 0;
                values[j] = p > 0 ? Math.log(p) + logScale[j] : Double.NEGATIVE_INFINITY;
            }
            if (any) {
                BatchKernel.moments(values, 0, nodes, logPrior, moments);
                // a posterior on one node has SD 0: no standard error is determined
                boolean resolved = moments[1] > 0;
                theta[s] = moments[0];
                se[s] = resolved ? moments[1] : Double.POSITIVE_INFINITY;
                status[s] = (byte) (resolved ? ScoreStatus.OK : ScoreStatus.UNRESOLVED).ordinal();
            } else {
                // the grid cannot represent this score (its probability underflows at every node)
                boolean low = 2 * s < scores - 1;
                theta[s] = low ? nodes[0] : nodes[q - 1];
                se[s] = Double.POSITIVE_INFINITY;
                status[s] = (byte) (low ? ScoreStatus.EXTREME_LOW : ScoreStatus.EXTREME_HIGH).ordinal();
            }
        }
        return new SumScoreTable(theta, se, status);
    }
}

package io.github.cact.scoring;

import io.github.cact.internal.tables.LordWingersky;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scratch arrays of one thread of a {@link Scorer}: a chunk of patterns in bank order, one
 * pattern's chunk codes and log-likelihoods on the grid, the item-level buffers of the modal solvers and a small cache of
 * summed-score tables per missingness mask. Not thread-safe: one per worker.
 */
final class Workspace {

    /** Summed-score tables kept per workspace for patterns with missing responses. */
    static final int SUM_CACHE_SIZE = 64;

    final byte[] patterns;
    final byte[] row;
    final int[] codes;
    final double[] logLikelihoods;
    final double[] moments = new double[4];
    final double[] p;
    final double[] dp;
    final double[] d2p;

    // the latest evaluation of the modal criterion
    double score;
    double observed;
    double fisher;
    double warm;
    double criterion;
    double slope;

    // the latest estimate
    double theta;
    double se;
    ScoreStatus status;

    // summed-score tables by missingness mask, and the recursion's arrays for a new mask
    final long[] mask;
    final int[] administered;
    final LordWingersky.Scratch sumScratch = new LordWingersky.Scratch();
    final long[] lastMask;
    SumScoreTable lastTable;
    final Map<MaskKey, SumScoreTable> sumTables = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<MaskKey, SumScoreTable> eldest) {
            return size() > SUM_CACHE_SIZE;
        }
    };

    Workspace(int chunk, int items, int matrixItems, int nodes, int maxCategories, int codes) {
        this.patterns = new byte[chunk * items];
        this.row = new byte[matrixItems];
        this.codes = new int[codes];
        this.logLikelihoods = new double[nodes];
        this.p = new double[maxCategories];
        this.dp = new double[maxCategories];
        this.d2p = new double[maxCategories];
        this.mask = new long[(items + 63) >>> 6];
        this.lastMask = new long[mask.length];
        this.administered = new int[items];
    }

    /** The administered items of a pattern, as a hash key. */
    static final class MaskKey {
        private final long[] words;
        private final int hash;

        MaskKey(long[] words) {
            this.words = words;
            this.hash = Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MaskKey other && Arrays.equals(words, other.words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

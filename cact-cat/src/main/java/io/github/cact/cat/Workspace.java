package io.github.cact.cat;

import java.util.Arrays;

/**
 * Per-thread scratch arrays of one engine, so that choosing an item allocates almost nothing: bit sets of
 * the items taken (given, or enemies of given items) and set aside, the candidates, their scores, one
 * value per item of a scale, positions of candidates in some order, and the log-probabilities of one item.
 * Mutable; used by one thread at a time, for one call at a time.
 */
final class Workspace {

    final long[] taken;
    final long[] out;
    final int[] candidates;
    final double[] score;
    final double[] perItem;
    final int[] order;
    final double[] logP;

    Workspace(int items, int categories) {
        taken = new long[(items + 63) >>> 6];
        out = new long[taken.length];
        candidates = new int[items];
        score = new double[items];
        perItem = new double[items];
        order = new int[items];
        logP = new double[categories];
    }

    /** Clears the bit sets. */
    void clear() {
        Arrays.fill(taken, 0L);
        Arrays.fill(out, 0L);
    }

    static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }
}

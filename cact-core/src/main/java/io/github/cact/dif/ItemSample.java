package io.github.cact.dif;

/**
 * The examinees of both groups who answered one studied item: per examinee the matching score, the
 * response and the group. Immutable after construction.
 */
final class ItemSample {

    final int[] score;
    final int[] response;
    final boolean[] focal;
    final int size;
    final int referenceCount;
    final int focalCount;
    /** The largest matching score, at least 0. */
    final int maxScore;
    /** The largest response, at least 0. */
    final int maxResponse;

    ItemSample(int[] score, int[] response, boolean[] focal) {
        this.score = score;
        this.response = response;
        this.focal = focal;
        this.size = score.length;
        int f = 0;
        int s = 0;
        int y = 0;
        for (int e = 0; e < size; e++) {
            if (focal[e]) {
                f++;
            }
            s = Math.max(s, score[e]);
            y = Math.max(y, response[e]);
        }
        this.focalCount = f;
        this.referenceCount = size - f;
        this.maxScore = s;
        this.maxResponse = y;
    }
}

package io.github.cact.cat;

/**
 * What a session knows about one scale: how many items it has had, the log posterior on the grid
 * (shifted so that its maximum is 0), θ̂ and SE, the SPRT log-likelihood ratio at each cut, and whether
 * the pattern is mixed. Immutable: the arrays are never written after construction; the look-ahead gains
 * are a memo of the fields, computed on first use.
 */
final class ScaleState {

    final int count;
    final double[] logPosterior;
    final double theta;
    final double se;
    final double[] logLikelihoodRatio;
    final boolean aboveLowest;
    final boolean belowHighest;
    /**
     * The look-ahead gain of each of the scale's items under this posterior, computed on first use (a
     * function of the fields above only, so a race computes the same array twice at worst); null until then.
     */
    private volatile double[] lookAhead;

    ScaleState(int count, double[] logPosterior, double theta, double se, double[] logLikelihoodRatio,
            boolean aboveLowest, boolean belowHighest) {
        this.count = count;
        this.logPosterior = logPosterior;
        this.theta = theta;
        this.se = se;
        this.logLikelihoodRatio = logLikelihoodRatio;
        this.aboveLowest = aboveLowest;
        this.belowHighest = belowHighest;
    }

    /** Some answer above the lowest category and some below the highest: the likelihood has a maximum. */
    boolean mixed() {
        return aboveLowest && belowHighest;
    }

    /** The memoised look-ahead gains, or null. */
    double[] lookAhead() {
        return lookAhead;
    }

    /** Memoises the look-ahead gains; the array is never written afterwards. */
    void lookAhead(double[] gains) {
        lookAhead = gains;
    }

    /** The normalised posterior weights on the grid. */
    double[] posteriorWeights() {
        double[] w = new double[logPosterior.length];
        double sum = 0;
        for (int q = 0; q < w.length; q++) {
            w[q] = Math.exp(logPosterior[q]);
            sum += w[q];
        }
        for (int q = 0; q < w.length; q++) {
            w[q] /= sum;
        }
        return w;
    }
}

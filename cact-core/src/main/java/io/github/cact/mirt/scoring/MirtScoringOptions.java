package io.github.cact.mirt.scoring;

/**
 * Settings of a {@link MirtScorer}. None changes a result's bits except {@link #qmcPoints()}.
 *
 * @param qmcPoints the quasi-Monte Carlo points of the EAP and of the marginal posteriors (default 1,024)
 * @param parallelism the most workers of a batch, the calling thread included (default: the available
 *     processors)
 * @param chunkSize examinees per unit of parallel work (default 256)
 */
public record MirtScoringOptions(int qmcPoints, int parallelism, int chunkSize) {

    /** The default number of quasi-Monte Carlo points. */
    public static final int DEFAULT_QMC_POINTS = 1024;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException for fewer than 16 or more than 1,048,576 points, or a parallelism or
     *     chunk size below 1, naming the setting and its value
     */
    public MirtScoringOptions {
        if (qmcPoints < 16 || qmcPoints > 1 << 20) {
            throw new IllegalArgumentException("qmcPoints must be in 16..1048576, got " + qmcPoints);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, got " + chunkSize);
        }
    }

    /**
     * Returns the defaults.
     *
     * @return 1,024 points, every available processor, chunks of 256
     */
    public static MirtScoringOptions defaults() {
        return new MirtScoringOptions(DEFAULT_QMC_POINTS, Runtime.getRuntime().availableProcessors(), 256);
    }

    /**
     * Returns these options with another number of points.
     *
     * @param points the quasi-Monte Carlo points
     * @return the new options
     */
    public MirtScoringOptions withQmcPoints(int points) {
        return new MirtScoringOptions(points, parallelism, chunkSize);
    }

    /**
     * Returns these options with another parallelism.
     *
     * @param workers the most workers
     * @return the new options
     */
    public MirtScoringOptions withParallelism(int workers) {
        return new MirtScoringOptions(qmcPoints, workers, chunkSize);
    }
}

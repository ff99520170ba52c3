package io.github.cact.ninebox;

/**
 * Cut points that turn a 0–100 axis score into an axis level: {@code LOW} below {@code middleFrom},
 * {@code MIDDLE} from {@code middleFrom} (inclusive) up to {@code highFrom}, {@code HIGH} from
 * {@code highFrom} (inclusive).
 *
 * <p>Agencies use different cut points, e.g. 61/81, 70/90 or 60/80 on a 0–100 scale
 * (docs/regulations.md#axis-bands). The default {@link #standard()} is 61/81: it reproduces the integer ranges
 * 0–60, 61–80, 81–100 common in Indonesian scoring, and it agrees with the default predicate scores of
 * {@link NineBoxConfig} (BAIK = 80 falls in MIDDLE and SANGAT_BAIK = 100 in HIGH, as the default
 * predicate-to-level mapping says; with 60/80, BAIK would land in HIGH). Immutable and thread-safe.
 */
public final class AxisBands {

    private static final AxisBands STANDARD = new AxisBands(61, 81);

    private final double middleFrom;
    private final double highFrom;

    private AxisBands(double middleFrom, double highFrom) {
        this.middleFrom = middleFrom;
        this.highFrom = highFrom;
    }

    /**
     * Returns the default bands, 61/81.
     *
     * @return the bands LOW &lt; 61 ≤ MIDDLE &lt; 81 ≤ HIGH
     */
    public static AxisBands standard() {
        return STANDARD;
    }

    /**
     * Creates bands.
     *
     * @param middleFrom the lowest score that is MIDDLE
     * @param highFrom the lowest score that is HIGH
     * @return the bands
     * @throws IllegalArgumentException unless {@code 0 < middleFrom < highFrom <= 100}; the message gives
     *     both values
     */
    public static AxisBands of(double middleFrom, double highFrom) {
        if (!(middleFrom > 0 && middleFrom < highFrom && highFrom <= 100)) {
            throw new IllegalArgumentException("bands need 0 < middleFrom < highFrom <= 100, but middleFrom = "
                    + middleFrom + " and highFrom = " + highFrom);
        }
        return new AxisBands(middleFrom, highFrom);
    }

    /**
     * Returns the lowest MIDDLE score.
     *
     * @return middleFrom
     */
    public double middleFrom() {
        return middleFrom;
    }

    /**
     * Returns the lowest HIGH score.
     *
     * @return highFrom
     */
    public double highFrom() {
        return highFrom;
    }

    /**
     * Returns the level of a score. The caller checks that the score is in 0–100.
     *
     * @param score the axis score
     * @return the level
     */
    public AxisLevel level(double score) {
        if (score >= highFrom) {
            return AxisLevel.HIGH;
        }
        return score >= middleFrom ? AxisLevel.MIDDLE : AxisLevel.LOW;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AxisBands other && Double.compare(middleFrom, other.middleFrom) == 0
                && Double.compare(highFrom, other.highFrom) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(middleFrom) + Double.hashCode(highFrom);
    }

    @Override
    public String toString() {
        return "AxisBands[middleFrom=" + middleFrom + ", highFrom=" + highFrom + "]";
    }
}

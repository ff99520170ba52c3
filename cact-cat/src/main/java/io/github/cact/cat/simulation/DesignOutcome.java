package io.github.cact.cat.simulation;

import java.util.List;

/**
 * What one test design (the adaptive test or the fixed form) gave every simulated examinee on every scale:
 * true θ, estimate and standard error, items answered, why the scale stopped, and the level of the estimate
 * and of the true θ; and how many examinees saw each item of the bank. Examinees and scales are indexed
 * as in {@link SimulationResult}. Immutable and thread-safe; the statistics are in {@link #summary()}.
 */
public final class DesignOutcome {

    private final List<String> scales;
    private final List<String> itemIds;
    private final List<String> itemScales;
    private final double[] trueTheta;
    private final double[] theta;
    private final double[] se;
    private final int[] items;
    private final String[] stopReasons;
    private final int[] level;
    private final int[] trueLevel;
    private final boolean[] meets;
    private final int[] required;
    private final int[] administered;
    private final DesignSummary summary;

    /**
     * Takes the arrays as they are (the simulator gives up its own); every per-scale array is indexed
     * {@code n * scales + s}.
     */
    DesignOutcome(List<String> scales, List<String> itemIds, List<String> itemScales, double[] trueTheta,
            double[] theta, double[] se, int[] items, String[] stopReasons, int[] level, int[] trueLevel,
            boolean[] meets, int[] required, int[] administered) {
        this.scales = List.copyOf(scales);
        this.itemIds = List.copyOf(itemIds);
        this.itemScales = List.copyOf(itemScales);
        this.trueTheta = trueTheta;
        this.theta = theta;
        this.se = se;
        this.items = items;
        this.stopReasons = stopReasons;
        this.level = level;
        this.trueLevel = trueLevel;
        this.meets = meets;
        this.required = required == null ? null : required.clone();
        this.administered = administered;
        this.summary = DesignSummary.of(this);
    }

    /** @return the number of examinees */
    public int examinees() {
        return trueTheta.length / scales.size();
    }

    /** @return the scale codes, in bank order */
    public List<String> scales() {
        return scales;
    }

    /**
     * Returns the true θ.
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return θ
     */
    public double trueTheta(int examinee, int scale) {
        return trueTheta[at(examinee, scale)];
    }

    /**
     * Returns the final estimate (EAP).
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return θ̂, finite
     */
    public double theta(int examinee, int scale) {
        return theta[at(examinee, scale)];
    }

    /**
     * Returns the standard error of the final estimate (the posterior SD).
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return the SE, finite and &gt; 0
     */
    public double se(int examinee, int scale) {
        return se[at(examinee, scale)];
    }

    /**
     * Returns the number of items answered on a scale.
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return the items, ≥ 0
     */
    public int items(int examinee, int scale) {
        return items[at(examinee, scale)];
    }

    /**
     * Returns why the scale stopped.
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return the stopping rule's name, e.g. {@code STANDARD_ERROR}, {@code CLASSIFIED}, {@code MAX_ITEMS};
     *     {@code FIXED_FORM} for the fixed form
     */
    public String stopReason(int examinee, int scale) {
        return stopReasons[at(examinee, scale)];
    }

    /**
     * Returns the level of the estimate.
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return 1..5
     */
    public int level(int examinee, int scale) {
        return level[at(examinee, scale)];
    }

    /**
     * Returns the level of the true θ.
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return 1..5
     */
    public int trueLevel(int examinee, int scale) {
        return trueLevel[at(examinee, scale)];
    }

    /**
     * Returns the decision against the position's standard: the adaptive test's own decision where its
     * classification rule made one, otherwise whether the level reaches the required level.
     *
     * @param examinee the examinee index
     * @param scale the scale index
     * @return whether the standard is met; false without a standard
     */
    public boolean meetsStandard(int examinee, int scale) {
        return meets[at(examinee, scale)];
    }

    /**
     * Returns the level the position requires on a scale, when a standard was given.
     *
     * @param scale the scale index
     * @return 1..5, or 0 without a standard
     */
    public int requiredLevel(int scale) {
        return required == null ? 0 : required[scale];
    }

    /** @return whether the decisions against a position's standard were simulated */
    public boolean hasStandard() {
        return required != null;
    }

    /** @return the ids of the bank's items, in bank order */
    public List<String> itemIds() {
        return itemIds;
    }

    /**
     * Returns the scale of a bank item.
     *
     * @param item the item's bank index
     * @return its scale code
     */
    public String itemScale(int item) {
        return itemScales.get(item);
    }

    /**
     * Returns how many examinees were given an item.
     *
     * @param item the item's bank index
     * @return the count, 0..examinees
     */
    public int administered(int item) {
        return administered[item];
    }

    /**
     * Returns the exposure rate of an item: the share of examinees given it.
     *
     * @param item the item's bank index
     * @return in [0, 1]
     */
    public double exposureRate(int item) {
        return administered[item] / (double) examinees();
    }

    /** @return the statistics of this design */
    public DesignSummary summary() {
        return summary;
    }

    private int at(int examinee, int scale) {
        if (scale < 0 || scale >= scales.size() || examinee < 0 || examinee >= examinees()) {
            throw new IndexOutOfBoundsException("examinee " + examinee + ", scale " + scale + " of "
                    + examinees() + " x " + scales.size());
        }
        return examinee * scales.size() + scale;
    }
}

package io.github.cact.dif;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The DIF results of one item: the group sizes, each test's result or the reason it gave none, and the
 * Benjamini–Hochberg adjusted p-values. A test that was not asked for has neither a result nor a reason.
 * Immutable and thread-safe; every number is finite.
 */
public final class ItemDif {

    private final String itemId;
    private final String scale;
    private final int nReference;
    private final int nFocal;
    private final MantelHaenszelDif mantelHaenszel;
    private final LogisticDif logistic;
    private final IrtLrDif irt;
    private final Map<DifMethod, String> reasons;
    private final Map<DifMethod, Double> adjusted;
    private final DifMethod adjustedMethod;
    private final double alpha;

    ItemDif(String itemId, String scale, int nReference, int nFocal, MantelHaenszelDif mantelHaenszel,
            LogisticDif logistic, IrtLrDif irt, Map<DifMethod, String> reasons, Map<DifMethod, Double> adjusted,
            DifMethod adjustedMethod, double alpha) {
        this.itemId = itemId;
        this.scale = scale;
        this.nReference = nReference;
        this.nFocal = nFocal;
        this.mantelHaenszel = mantelHaenszel;
        this.logistic = logistic;
        this.irt = irt;
        this.reasons = reasons.isEmpty() ? Map.of() : new EnumMap<>(reasons);
        this.adjusted = adjusted.isEmpty() ? Map.of() : new EnumMap<>(adjusted);
        this.adjustedMethod = adjustedMethod;
        this.alpha = alpha;
    }

    /**
     * Returns the item id.
     *
     * @return the id
     */
    public String itemId() {
        return itemId;
    }

    /**
     * Returns the item's scale, within which it was matched and calibrated.
     *
     * @return the scale, or "" when the bank has no scales
     */
    public String scale() {
        return scale;
    }

    /**
     * Returns the number of reference-group examinees who answered the item.
     *
     * @return the count
     */
    public int nReference() {
        return nReference;
    }

    /**
     * Returns the number of focal-group examinees who answered the item.
     *
     * @return the count
     */
    public int nFocal() {
        return nFocal;
    }

    /**
     * Returns the Mantel–Haenszel (or Mantel) test.
     *
     * @return the result, or empty with a {@link #reason reason} (or if the test was not asked for)
     */
    public Optional<MantelHaenszelDif> mantelHaenszel() {
        return Optional.ofNullable(mantelHaenszel);
    }

    /**
     * Returns the logistic-regression test.
     *
     * @return the result, or empty with a {@link #reason reason} (or if the test was not asked for)
     */
    public Optional<LogisticDif> logistic() {
        return Optional.ofNullable(logistic);
    }

    /**
     * Returns the IRT likelihood-ratio test.
     *
     * @return the result, or empty with a {@link #reason reason} (or if the test was not asked for)
     */
    public Optional<IrtLrDif> irt() {
        return Optional.ofNullable(irt);
    }

    /**
     * Returns why a test gave no result, e.g. a group below the minimum size.
     *
     * @param method the test
     * @return the reason, or empty if the test gave a result or was not asked for
     */
    public Optional<String> reason(DifMethod method) {
        return Optional.ofNullable(reasons.get(Objects.requireNonNull(method, "method")));
    }

    /**
     * Returns a test's p-value adjusted by Benjamini–Hochberg over the items with a result of that test.
     *
     * @param method the test
     * @return the adjusted p-value, or empty if the test gave no result
     */
    public OptionalDouble adjustedP(DifMethod method) {
        Double p = adjusted.get(Objects.requireNonNull(method, "method"));
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    /**
     * Returns the adjusted p-value of the options' {@link DifOptions#adjustedMethod() adjusted method}, the
     * {@code p_adjusted} of a report.
     *
     * @return the adjusted p-value, or empty if that test gave no result
     */
    public OptionalDouble pAdjusted() {
        return adjustedP(adjustedMethod);
    }

    /**
     * Tells whether a test flags the item: its adjusted p-value is below the options' α.
     *
     * @param method the test
     * @return true if flagged
     */
    public boolean flagged(DifMethod method) {
        OptionalDouble p = adjustedP(method);
        return p.isPresent() && p.getAsDouble() < alpha;
    }

    @Override
    public String toString() {
        return "ItemDif[" + itemId + (scale.isEmpty() ? "" : " (" + scale + ")") + ", n " + nReference + "/" + nFocal
                + (mantelHaenszel == null ? "" : ", MH chi2 " + mantelHaenszel.chiSquare() + " class "
                        + mantelHaenszel.etsClass())
                + (logistic == null ? "" : ", LR chi2 " + logistic.chiSquare() + " class "
                        + logistic.jodoinGierlClass())
                + (irt == null ? "" : ", IRT G2 " + irt.chiSquare() + " df " + irt.df()) + "]";
    }
}

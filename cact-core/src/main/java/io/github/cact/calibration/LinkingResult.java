package io.github.cact.calibration;

import io.github.cact.irt.ItemBank;
import java.util.List;

/**
 * Linking constants and the form's items on the base scale. Immutable and thread-safe.
 */
public final class LinkingResult {

    private final LinkingMethod method;
    private final double slope;
    private final double intercept;
    private final double criterion;
    private final List<String> commonItems;
    private final ItemBank transformed;

    LinkingResult(LinkingMethod method, double slope, double intercept, double criterion, List<String> commonItems,
            ItemBank transformed) {
        this.method = method;
        this.slope = slope;
        this.intercept = intercept;
        this.criterion = criterion;
        this.commonItems = List.copyOf(commonItems);
        this.transformed = transformed;
    }

    /** @return the method used */
    public LinkingMethod method() {
        return method;
    }

    /**
     * Returns A of θ_base = A·θ_form + B.
     *
     * @return A &gt; 0
     */
    public double a() {
        return slope;
    }

    /**
     * Returns B of θ_base = A·θ_form + B.
     *
     * @return B
     */
    public double b() {
        return intercept;
    }

    /**
     * Returns the minimised criterion (Haebara, Stocking–Lord) at A, B; 0 for the moment methods.
     *
     * @return the criterion value
     */
    public double criterion() {
        return criterion;
    }

    /** @return the ids of the common items used, in form order */
    public List<String> commonItems() {
        return commonItems;
    }

    /**
     * Returns every item of the form on the base scale: a* = a/A, b* = A·b + B (slope-intercept:
     * d* = d − a·B/A), asymptotes unchanged; Rasch and PCM items become 1PL and GPCM items with slope 1/A
     * unless A = 1.
     *
     * @return the transformed form
     */
    public ItemBank transformed() {
        return transformed;
    }

    @Override
    public String toString() {
        return "LinkingResult[" + method + ", A=" + slope + ", B=" + intercept + ", " + commonItems.size()
                + " common items]";
    }
}
